// The headers of records an issue prints beside its documents, unnumbered and often unsigned:
// meeting minutes (北京市人民政府常务会议纪要 / 第38次, 关于研究…问题的会议纪要), appointment lists
// (北京市人民政府任免名单 / (2015年3月10日)), a month's 大事记, readings of a document (《…》解读,
// …政策问答), and a 公告 by its kind alone under its issuers
// (北京市人民政府 / 公 告). grammars/segment.grammar record_title, kind_line.
#include "grammar/grammar.hpp"
#include "normalize/normalizer.hpp"
#include "segment/anchors.hpp"
#include "segment/header.hpp"
#include "segment/line_facts.hpp"
#include "util/text.hpp"

namespace gazette {

namespace {

// The longest kind line (bytes): 公告 or 通告 spaced out by a few spaces.
constexpr size_t kMaxKindLine = 16;

// The longest byline under a reading's title asked (bytes): 解读单位: and an agency's name.
constexpr size_t kMaxByline = 160;

// True when line K of LINES is a reading of a title in 《》 (《A》解读, 《A》政策解读, 关于《A》的解读)
// whose A stands above it, from BEGIN, as a line of its own or quoted in an issuing title
// (关于印发《A》的通知).
bool ReadsTitleAbove(const std::vector<TextLine>& lines, size_t begin, size_t k) {
  std::string_view t = lines[k].text;
  if (StartsWith(t, "关于")) t.remove_prefix(std::string_view("关于").size());
  const size_t close = t.find("》");
  if (!StartsWith(t, "《") || close == std::string::npos) return false;
  const std::string title = StripSpaces(t.substr(std::string_view("《").size(), close - std::string_view("《").size()));
  if (title.empty()) return false;
  for (size_t i = begin; i < k; ++i) {
    const std::string line = StripSpaces(lines[i].text);
    if (line == title || (line.find("关于") != std::string::npos && line.find("《" + title + "》") != std::string::npos)) return true;
  }
  return false;
}

}  // namespace

bool ListsAttachment(const std::vector<TextLine>& lines, size_t from, size_t to, const std::string& title) {
  Match m;  // for every line: read only where a match set it
  for (size_t i = from; i < to; ++i)
    if ((RxFull(lines[i].text, "attachment_list"_rx, m) || RxFull(lines[i].text, "attachment_item"_rx, m)) &&
        StripSpaces(GroupView(m, "title")) == title)
      return true;
  return false;
}

bool OpensDocument(LineFacts& facts, size_t begin, size_t at) {
  const std::vector<TextLine>& lines = facts.lines();
  if (at > begin && RxFull(lines[at - 1].text, "publication_note"_rx)) --at;
  return at == begin || facts.IsDate(at - 1) || IsSignedDateLine(lines[at - 1].text) ||
         RxFull(lines[at - 1].text, "contents_section"_rx);
}

std::vector<Anchor> RecordHeaderAnchors(LineFacts& facts, size_t begin, size_t end) {
  const std::vector<TextLine>& lines = facts.lines();
  std::vector<Anchor> out;
  for (size_t k = begin; k + 1 < end; ++k) {
    if (!facts.IsHeaderLike(k)) continue;
    const std::string& t = lines[k].text;
    // A 公告 or 通告 by its kind alone under its issuers, unnumbered (北京市人民政府 / 公 告), its
    // text following. The literals each form needs asked first: most header lines hold neither.
    if (k > begin && t.size() <= kMaxKindLine && RxFull(t, "kind_line"_rx) && facts.IsAgency(k - 1) &&
        OpensDocument(facts, begin, k - 1) &&
        !facts.IsHeaderLike(k + 1) && !facts.IsDate(k + 1)) {
      Anchor a;
      a.start = k - 1;
      a.header_end = a.body_begin = k + 1;
      out.push_back(a);
      continue;
    }
    if ((t.find("纪要") == std::string::npos && t.find("任免") == std::string::npos && t.find("解读") == std::string::npos &&
         t.find("问答") == std::string::npos && t.find("答记者问") == std::string::npos && t.find("大事记") == std::string::npos) ||
        !RxFull(t, "record_title"_rx))
      continue;
    // Its session (第38次, (第38次)) is part of its header; its date in parentheses is read as
    // the document's (ReadDocumentParts).
    size_t header_end = k + 1;
    if (header_end < end && RxFull(lines[header_end].text, "record_session_line"_rx)) ++header_end;
    size_t text = header_end;
    // A reading's byline, then its date (《…》解读 / (北京市住房和城乡建设委员会) / (2019年2月1日)).
    const bool reading = t.find("解读") != std::string::npos || t.find("问答") != std::string::npos;
    if (reading && text < end && lines[text].text.size() <= kMaxByline && RxFull(lines[text].text, "record_byline"_rx)) ++text;
    if (text < end && RxFull(lines[text].text, "header_date_line"_rx)) ++text;
    // Minutes under their session and an appointment list whose text appoints (任命…, 免去…) open a
    // record wherever they stand, as unsigned records follow each other; other records open after
    // the date signing the document before, or first.
    const bool sessioned = header_end > k + 1;
    // Not an attachment's, under its label (附件 / …任免名单): the notice's.
    const bool appoints = t.find("任免") != std::string::npos && text < end &&
                          !(k > begin && RxFull(lines[k - 1].text, "attachment_label"_rx)) &&
                          (StartsWith(lines[text].text, "任命") || StartsWith(lines[text].text, "免去") ||
                           StartsWith(lines[text].text, "决定任命"));
    // A reading of a document by its title (《A》解读) opens one after a sentence's end too: printed
    // right after the articles of the instrument it reads, which no date signs; A printed above it
    // as a title (a subheading 关于…的解读 inside a notice opens nothing).
    const bool after_text = reading && k > begin && EndsWith(lines[k - 1].text, "。") && ReadsTitleAbove(lines, begin, k);
    if (!sessioned && !appoints && !after_text && !OpensDocument(facts, begin, k)) continue;
    if (reading && ListsAttachment(lines, begin, k, StripSpaces(t))) continue;  // 附件:…2.《A》解读: the notice's
    // Its text follows (a numbered section's heading too: 一、出台背景; a question: 问:什么是…?).
    if (text >= end || (facts.IsHeaderLike(text) && !OpensUnit(lines[text].text) && !StartsWith(lines[text].text, "问:")))
      continue;
    Anchor a;
    a.start = k;
    a.header_end = a.body_begin = header_end;
    // The session as contents print it: 北京市人民政府常务会议纪要(第38次).
    if (header_end > k + 1) {
      std::string session = StripSpaces(lines[k + 1].text);
      if (session.front() != '(') session = "(" + session + ")";
      a.title = StripSpaces(lines[k].text) + session;
    }
    out.push_back(a);
  }
  return out;
}

}  // namespace gazette
