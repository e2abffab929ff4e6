// Lists of documents: tab-separated tables with a name and a 文号 column (宣布废止失效的文件目录),
// one citation per row, typed by the list's caption or the document's title.
#include "extract/references_lists.hpp"

#include <algorithm>

#include "extract/references_internal.hpp"
#include "extract/tables_internal.hpp"
#include "grammar/grammar.hpp"
#include "normalize/normalizer.hpp"
#include "segment/docno.hpp"
#include "segment/header.hpp"
#include "util/text.hpp"

namespace gazette::refs {

std::string MarkerStyle(std::string_view marker) {
  static constexpr std::u32string_view kNumerals = U"0123456789〇零一二两三四五六七八九十百";
  std::string style;
  for (char32_t c : ToU32(marker)) {
    if (c == U' ' || c == U'\t' || c == U'\u3000') continue;
    if (c >= U'\u2460' && c <= U'\u2473') {  // ① to ⑳: one style, each a number
      style += "①";
      continue;
    }
    if (kNumerals.find(c) != std::u32string_view::npos) {
      if (!EndsWith(style, "N")) style += 'N';
    } else {
      AppendUtf8(style, c);
    }
  }
  return style;
}

std::string_view WithoutItemEnd(std::string_view text) {
  for (std::string_view end : {";", "。", ",", "、"})
    if (EndsWith(text, end)) return text.substr(0, text.size() - end.size());
  return text;
}

bool IsCitationLine(const std::string& text, const std::vector<Citation>& cites) {
  if (cites.size() != 1) return false;
  const std::string_view item = WithoutItemEnd(TrimmedView(text));
  if (cites[0].end > item.size()) return false;
  std::string_view rest = TrimmedView(item.substr(cites[0].end));
  if (!rest.empty() && rest != ")") return false;  // a bare 文号 ends before its )
  return item.find("。") == std::string::npos && item.find(',') == std::string::npos &&
         item.find(':') == std::string::npos;
}

bool InsideUnquotedTitle(std::string_view text, const Citation& c) {
  if (c.bare || c.end >= text.size() || !StartsWith(text.substr(c.begin), "《") || !IsHan(FirstCodePoint(text.substr(c.end))))
    return false;
  // A character of the outer title before it, or the item's marker: 1.《北京市城市规划条例》实施办法(…).
  if (c.begin > 0 && IsHan(LastCodePoint(text.substr(0, c.begin)))) return true;
  const std::string before = Trim(text.substr(0, c.begin));
  Match marker;
  return (before.empty() || (RxSearch(before, "refs_item_marker"_rx, marker) && marker.length(0) == static_cast<long>(before.size()))) &&
         RxFind(std::string(text.substr(c.end)), "refs_title_tail"_rx);
}

bool IsListCaptionLine(const std::string& text) {
  return text.size() <= 200 && RxFull(text, "refs_list_caption_line"_rx);
}

bool ListEntryPart(const std::string& text, std::string* listed_title) {
  if (RxFull(text, "refs_list_entry_date"_rx)) return true;  // (1988年3月15日)
  if (text.size() > 300 || !RxFull(text, "refs_listed_title")) return false;
  *listed_title = Trim(text);
  return true;
}

bool ItemFits(ListIntro& list, const std::string& text) {
  Match marker;
  return !RxSearch(text, "refs_item_marker"_rx, marker) || list.TakesItem(MarkerStyle(marker.str(0)));
}

std::optional<Reference> BareItem(ListIntro& list, const std::string& text) {
  // The cheapest first: a line of a title's length (refs_listed_title takes 80 characters, 3
  // bytes each), in a list (its relation asked once per intro), opening with an item's marker.
  Match marker;
  if (text.size() > 300 || !list.relation() || !list.captioned() || !RxSearch(text, "refs_item_marker"_rx, marker))
    return std::nullopt;
  const std::string_view item = WithoutItemEnd(TrimmedView(text));
  std::string title(TrimmedView(item.substr(std::min(item.size(), static_cast<size_t>(marker.length())))));
  // Its dating ((1962年…国务院发布), (…1997年…修订)) is no caption's relation.
  if (EndsWith(title, ")")) title = RxReplace(std::move(title), "refs_listed_dating"_rx, "");
  if (ListRelation(title) || !list.TakesItem(MarkerStyle(marker.str(0))) || !RxFull(title, "refs_listed_title"))
    return std::nullopt;
  Reference r;
  r.type = *list.relation();
  r.date = list.date();
  r.title = title;
  r.text = Trim(text);
  return r;
}

std::optional<Date> CaptionDate(Relation relation, const std::string& caption) {
  if (relation == Relation::kExtends) return ExtensionEndIn(caption);
  return relation == Relation::kCites ? std::nullopt : ListFromDate(caption);
}

std::optional<Relation> ListRelation(const std::string& text) {
  if (!RxMayMatch(text, "refs_list_gate"_rx)) return std::nullopt;  // none of the three's words
  if (RxFind(text, "refs_extend"_rx)) return Relation::kExtends;  // 继续有效,有效期延长至…: extended
  if (RxFind(text, "refs_list_keep")) return Relation::kCites;
  if (RxFind(text, "refs_list_partial")) return Relation::kAmends;  // 下列文件的部分条款同时停止执行:
  if (RxFind(text, "refs_list_repeal")) {  // 我局建议废止以下规范性文件: a proposal lists, repeals nothing
    Match verb;
    const bool proposed = RxSearch(text, "refs_repeal", verb) && ProposedOnly(std::string_view(text).substr(0, static_cast<size_t>(verb.position(size_t(0)))));
    return proposed ? Relation::kCites : Relation::kRepeals;
  }
  if (RxFind(text, "refs_list_keep_weak")) return Relation::kCites;  // 现行有效的规章目录, 继续执行的…
  if (RxFind(text, "refs_list_amend")) return Relation::kAmends;
  return std::nullopt;
}

std::vector<std::string> ListCells(const TextLine& line) {
  std::vector<std::string> cells = tables::SplitCells(line);
  for (auto& cell : cells) {
    cell = NormalizeText(cell);
    TrimOwned(cell);
  }
  return cells;
}

namespace {

// The day the sentence of DOC deciding the list under the attachment label above body line AT
// (附件1, within six lines) gives it, before that label: 对附件1所列的3项规章予以废止,自2017年1月1日起
// 失效 (refs_list_from); none when no label stands there or no sentence names it with a day.
std::optional<Date> AttachmentSentenceDate(const Document& doc, size_t at) {
  Match m;
  size_t label = at;
  bool labelled = false;
  for (int seen = 0; !labelled && label > 0 && seen < 6; ++seen)
    labelled = RxFull(doc.body[--label].text, "refs_list_attachment_label"_rx, m);
  if (!labelled) return std::nullopt;
  const std::string named = "附件" + Group(m, "num");
  std::string verb;  // the verb the attachment is decided by in parentheses after it: 宣布失效(附件1)
  for (size_t i = 0; i < label; ++i) {
    const std::string& t = doc.body[i].text;
    for (size_t k = t.find(named); k != std::string::npos; k = t.find(named, k + named.size())) {
      const size_t after = k + named.size();
      if (after < t.size() && std::isdigit(static_cast<unsigned char>(t[after]))) continue;  // 附件10, not 附件1
      if (RxFind(t.substr(after, 6), "refs_list_attachment_named"_rx)) {
        // 附件1所列文件自2019年3月1日起宣布失效: up to the clause naming the next attachment.
        const size_t next = std::min(t.find("附件", after), t.find("。", after));
        if (std::optional<Date> date = ListFromDate(t.substr(k, next == std::string::npos ? std::string::npos : next - k)))
          return date;
      } else if (verb.empty() && k > 0 && t[k - 1] == '(') {
        const std::string before = t.substr(0, k - 1);
        if (Match v; RxSearch(before, "refs_list_verb_before"_rx, v)) verb = Group(v, "verb");
      }
    }
  }
  // 宣布失效(附件1)…。宣布失效的文件自2019年3月1日起停止执行: the attachment dated by its verb.
  for (size_t i = 0; !verb.empty() && i < label; ++i)
    for (const auto& d : RxAll(doc.body[i].text, "refs_list_verb_dated"))
      if (Group(d, "verb") == verb) return DateIn(d);
  return std::nullopt;
}

}  // namespace

void TakeCaption(const Document& doc, size_t at, ListTable& table) {
  auto take = [&](const std::string& caption, Relation r, size_t where) {
    table.relation = r;
    table.date = CaptionDate(r, caption);
    if (!table.date && IsSupersession(r)) table.date = AttachmentSentenceDate(doc, where);
  };
  int seen = 0;
  for (size_t i = at; i-- > 0 && seen < 6;) {
    if (doc.body[i].has_tab) continue;
    ++seen;
    if (auto r = ListRelation(doc.body[i].text)) return take(doc.body[i].text, *r, i);
  }
  take(doc.title, ListRelation(doc.title).value_or(Relation::kCites), at);
}

bool CaptionBetween(const Document& doc, size_t at) {
  int seen = 0;
  for (size_t i = at; i-- > 0 && seen < 6 && !doc.body[i].has_tab; ++seen)
    if (ListRelation(doc.body[i].text)) return true;
  return false;
}

bool ReadListHeader(const std::vector<std::string>& cells, ListTable& table) {
  int name = -1, docno = -1, end = -1;
  bool end_says_extended = false;  // the end column found names the extension (延长有效期至)
  for (size_t i = 0; i < cells.size(); ++i) {
    std::string c = StripSpaces(cells[i]);
    if (name < 0 && RxFull(c, "refs_header_name"_rx)) {
      name = static_cast<int>(i);
    } else if (docno < 0 && RxFull(c, "refs_header_docno"_rx)) {
      docno = static_cast<int>(i);
    } else if (!end_says_extended && RxFull(c, "refs_header_extended_to"_rx)) {
      // 有效期至 beside 延长有效期至: the column naming the extension is the new end.
      end_says_extended = c.find("延长") != std::string::npos;
      if (end < 0 || end_says_extended) end = static_cast<int>(i);
    } else if (RxFull(c, "refs_header_outcome"_rx)) {
      table.outcome_col = static_cast<int>(i);
    } else if (RxFull(c, "refs_header_repealed_part"_rx)) {
      table.part_col = static_cast<int>(i);
    } else if (RxFull(c, "refs_header_day"_rx)) {
      table.day_col = static_cast<int>(i);
    } else if (RxFull(c, "refs_header_note"_rx)) {
      table.note_col = static_cast<int>(i);
    } else if (RxFull(c, "refs_header_mark"_rx)) {
      if (std::optional<Relation> r = ListRelation(c)) table.mark_cols.emplace_back(static_cast<int>(i), *r);
    }
  }
  if (name < 0 || docno < 0) return false;
  table.name_col = name;
  table.docno_col = docno;
  table.end_col = end;
  return true;
}

namespace {

// True when CELLS are a piece of the name of the row TABLE read last, wrapped under it (every
// other cell blank): the piece is added to that reference's title and text.
bool ContinuesName(const std::vector<std::string>& cells, ListTable& table, std::vector<Reference>& out) {
  const auto name_col = static_cast<size_t>(table.name_col);
  if (table.last_row >= out.size() || cells.size() <= name_col || cells[name_col].empty()) return false;
  if (RxFull(cells[name_col], "table_section"_rx)) return false;  // 二、经济类(1件) under the name column
  for (size_t i = 0; i < cells.size(); ++i)
    if (i != name_col && !cells[i].empty()) return false;
  Reference& r = out[table.last_row];
  r.title += cells[name_col];
  r.text += cells[name_col];
  return true;
}

// The text of LINE, under a row of TABLE, that may finish that row's 文号: the whole line when
// it has no tab, else its cell under the 文号 column when every other cell is blank.
std::string DocnoPieceBelow(const TextLine& line, const ListTable& table) {
  if (!line.has_tab) return line.text;
  const std::vector<std::string> cells = ListCells(line);
  const auto docno_col = static_cast<size_t>(table.docno_col);
  for (size_t i = 0; i < cells.size(); ++i)
    if (i != docno_col && !cells[i].empty()) return "";
  return docno_col < cells.size() ? cells[docno_col] : "";
}

}  // namespace

bool ReadListRow(const Document& doc, size_t at, ListTable& table, std::vector<Reference>& out) {
  const TextLine& line = doc.body[at];
  // Only a row with the characters its two header words end with can be a header: before any
  // list, a row without them is turned away before each of its cells is normalized (most tabbed
  // rows are other tables' rows; normalizing inline text drops spacing and unifies brackets and
  // dashes, it adds no Han character); in a list, its cells are not asked the header patterns.
  const bool may_be_header = RxMayMatch(line.inline_text, "refs_header_name_gate"_rx) &&
                             RxMayMatch(line.inline_text, "refs_header_docno_gate"_rx);
  if (table.name_col < 0 && !may_be_header) return false;
  std::vector<std::string> cells = ListCells(line);
  ListTable header;
  if (may_be_header && ReadListHeader(cells, header)) {
    bool same = table.name_col == header.name_col && table.docno_col == header.docno_col;
    if (same && CaptionBetween(doc, at)) {
      TakeCaption(doc, at, header);  // another list under a caption of its own
    } else if (same) {
      header.relation = table.relation;
      header.date = table.date;
    } else {
      TakeCaption(doc, at, header);
    }
    table = header;
    return true;
  }
  if (table.name_col < 0) return false;
  if (ContinuesName(cells, table, out)) return true;
  table.last_row = SIZE_MAX;
  size_t need = static_cast<size_t>(std::max(table.name_col, table.docno_col));
  if (cells.size() <= need) return false;
  const std::string& name = cells[static_cast<size_t>(table.name_col)];
  std::string number = cells[static_cast<size_t>(table.docno_col)];
  auto docnos = FindDocnos(number);
  if (docnos.empty() && !number.empty() && at + 1 < doc.body.size()) {
    // A 文号 cut by the wrap, its rest on the next line (京测发 / 〔2002〕2号), as the tables read it.
    std::string whole = number + DocnoPieceBelow(doc.body[at + 1], table);
    if (auto joined = FindDocnos(whole); !joined.empty() && joined.front().begin == 0) {
      number = std::move(whole);
      docnos = std::move(joined);
    }
  }
  if (docnos.empty() && !StripSpaces(number).empty()) return false;  // not a row of this list
  if (name.empty() && docnos.empty()) return true;
  if (docnos.empty() && RxFull(name, "table_section"_rx)) return false;  // a section title, as text
  const bool has_end = table.end_col >= 0 && static_cast<size_t>(table.end_col) < cells.size();
  Reference r = ListedReference(table, name, has_end ? cells[static_cast<size_t>(table.end_col)] : "");
  r.text = Join(cells, " ");
  r.line = line.line;
  table.last_row = out.size();
  AddListed(std::move(r), number, docnos, out);
  return true;
}

Reference ListedReference(const ListTable& list, const std::string& name, const std::string& end_cell) {
  Reference r;
  r.type = list.relation;
  r.date = list.date;
  if (r.type == Relation::kExtends)
    if (auto end = FindDate(end_cell)) r.date = end;  // the row's own new end
  r.title = name;
  return r;
}

void AddListed(Reference r, const std::string& number, const std::vector<DocnoMatch>& docnos,
               std::vector<Reference>& out) {
  if (docnos.empty()) {  // listed by title alone (文号 - or none)
    out.push_back(std::move(r));
    return;
  }
  // A cell of the document's numbers (京财预〔2014〕88号、京发改〔2014〕21号; 45号、46号): each one.
  const size_t count = docnos.size() > 1 && OnlyDocnos(number, docnos) ? docnos.size() : 1;
  for (size_t k = 0; k < count; ++k) {
    Reference one = r;
    if (k > 0) one.title.clear();
    one.to = docnos[k].normalized;
    one.to_printed = docnos.size() == 1 ? number : Trim(number.substr(docnos[k].begin, docnos[k].end - docnos[k].begin));
    out.push_back(std::move(one));
  }
}

}  // namespace gazette::refs
