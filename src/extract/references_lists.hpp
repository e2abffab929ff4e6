// Internals of the references extractor: lists of documents, printed as tables or as lines under
// a caption.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/references.hpp"
#include "extract/references_internal.hpp"

namespace gazette::refs {

/// The list being read: its name and 文号 columns and what it does to the listed documents.
struct ListTable {
  int name_col = -1;
  int docno_col = -1;
  int end_col = -1;  ///< an extension list's column of new ends (延长后有效期至), -1 if none
  int outcome_col = -1;  ///< a review's column of what is done to each row (处理意见: 废止, 修改:…), -1 if none
  int part_col = -1;     ///< a column of what of each row is repealed (废止内容: 全文, 第三条), -1 if none
  int day_col = -1;      ///< a column of the day each row's relation takes effect (废止时间, 失效日期), -1 if none
  int note_col = -1;     ///< its 备注 column, which may extend a row, date it, or name the part it repeals; -1 if none
  /// A review's columns each of one outcome, marked in the row it applies to (废止 | 修改 | 继续有效, √).
  std::vector<std::pair<int, Relation>> mark_cols;
  Relation relation = Relation::kCites;
  std::optional<Date> date;  ///< the day its caption gives the relation (CaptionDate), if it prints one
  /// The reference of the row read last (its index in the output), while the next line may be a
  /// piece of its name wrapped under it; SIZE_MAX when none.
  size_t last_row = SIZE_MAX;
};

/// The day CAPTION gives its RELATION to the documents listed under it: an extension's new end
/// (下列文件有效期延长至2025年12月31日:), a repeal's or amendment's start (下列文件自2022年1月1日起废止:);
/// none for a list of documents kept in force.
std::optional<Date> CaptionDate(Relation relation, const std::string& caption);

/// The relation a caption gives the documents listed under it (废止失效 → repeals, 继续有效 →
/// cites, 修改 → amends, 有效期延长 → extends), or nullopt if it names none.
std::optional<Relation> ListRelation(const std::string& text);

/// True when TEXT is a list's caption on a line of its own without a colon (国务院决定废止的行政法规,
/// 宣布失效的规范性文件目录): refs_list_caption_line.
bool IsListCaptionLine(const std::string& text);

/// The relation of the list being read (…废止的文件如下:), asked of its intro line only once the
/// next line without an intro's shape, or a citation, needs it: a run of short lines (headings,
/// signatures, dates) asked ListRelation's three patterns of each line as it was read.
class ListIntro {
 public:
  /// TEXT may introduce a list: it replaces the list before, its relation not yet asked. TEXT is
  /// read where it lies when it is a body line's (LASTS: it outlives the list), else copied (a
  /// copy of each short line cost a string assignment per line).
  void Introduce(const std::string& text, bool lasts) {
    if (lasts) {
      text_ = &text;
    } else {
      own_.assign(text);  // room kept from line to line
      text_ = &own_;
    }
    pending_ = true;
    relation_.reset();
    date_.reset();
    captioned_ = !text.empty() && text.back() == ':' ? 1 : -1;  // a caption line without one: asked when needed
    item_style_.clear();
  }
  /// No list is being read any more.
  void End() {
    pending_ = false;
    relation_.reset();
    date_.reset();
    item_style_.clear();
  }
  /// True when the intro ends with a colon (…废止下列文件:) or is a caption of its own (…废止的行政
  /// 法规): the caption of a list of items, not a heading that happens to name a relation
  /// (一、做好规章的修改和废止工作).
  bool captioned() {
    if (captioned_ < 0) captioned_ = text_ && IsListCaptionLine(*text_) ? 1 : 0;
    return captioned_ == 1;
  }
  /// Whether an item with marker style STYLE (MarkerStyle: 1. → N., 二、 → N、) belongs to the
  /// list: the first item read sets the style, and an item of another (二、 after 1. 2.) ends it.
  bool TakesItem(const std::string& style) {
    if (item_style_.empty()) item_style_ = style;
    return item_style_ == style;
  }
  /// The relation of the list being read, if any (ListRelation of its intro, asked once).
  const std::optional<Relation>& relation() {
    if (pending_) {
      relation_ = ListRelation(*text_);
      date_ = relation_ ? CaptionDate(*relation_, *text_) : std::nullopt;
    }
    pending_ = false;
    return relation_;
  }
  /// The day the intro gives its relation (CaptionDate), if it prints one (its relation asked:
  /// relation()).
  const std::optional<Date>& date() const { return date_; }

 private:
  const std::string* text_ = nullptr;  // the intro line: its relation and whether it is a caption asked of it once
  std::string own_;  // its copy, when it is lines joined
  bool pending_ = false;
  int8_t captioned_ = 0;  ///< 1 yes, 0 no, -1 not yet asked (IsListCaptionLine)
  std::string item_style_;  // the marker style of the list's items, once one is read
  std::optional<Relation> relation_;
  std::optional<Date> date_;
};

/// The style of a list item's MARKER (refs_item_marker's match): its numerals as N, spaces
/// dropped (1. → N., (二) → (N), 三、 → N、).
std::string MarkerStyle(std::string_view marker);

/// TEXT without the one mark that ends an item of a list (;。,、), if it ends with one.
std::string_view WithoutItemEnd(std::string_view text);

/// True when TEXT is one citation (CITES) and nothing else but its bare title, and the mark that
/// ends an item (《A》(京政发〔2005〕30号);): a line of a list.
bool IsCitationLine(const std::string& text, const std::vector<Citation>& cites);

/// True when the titled citation C is quoted inside a title printed without marks around it
/// (北京市实施《中华人民共和国水法》办法: a character of the outer title on either side).
bool InsideUnquotedTitle(std::string_view text, const Citation& c);

/// Whether TEXT, a line of a list that cites nothing, is part of an entry printed over lines (a
/// title over its 文号, a date in parentheses under a title): the list goes on. A title is kept in
/// *LISTED_TITLE for the 文号 under it.
bool ListEntryPart(const std::string& text, std::string* listed_title);

/// Whether the citation line TEXT may be an item of LIST: true when it opens with no item marker,
/// or with one of the list's style (the first item read sets it: 1. 2. under 二、对下列规章予以废止:);
/// an item of another style (三、本决定自公布之日起施行。…) is the list's parent's next, not its own.
bool ItemFits(ListIntro& list, const std::string& text);

/// TEXT, which cites nothing, as an item of LIST that prints its document's title bare, with
/// neither 《》 nor 文号 (2.北京市人民政府关于做好节能工作的通知;): a reference of the list's
/// relation, its document known by title alone (its line not set). Only under a caption ending
/// with a colon, in the style of the list's first item. None when TEXT is no such item (then it
/// may introduce a list of its own: 一、废止的规范性文件).
std::optional<Reference> BareItem(ListIntro& list, const std::string& text);

/// The line's cells between tabs (tables::SplitCells: blank cells at its edges kept), each
/// normalized.
std::vector<std::string> ListCells(const TextLine& line);

/// True when CELLS are the header of a list of documents: a name column and a 文号 column
/// (refs_header_name, refs_header_docno; an extension list's new ends, refs_header_extended_to),
/// their indexes set in TABLE.
bool ReadListHeader(const std::vector<std::string>& cells, ListTable& table);

/// TABLE's relation, for a list whose header is body line AT of DOC: from the nearest caption
/// above it, else from the document's title; with the new end an extends caption prints, or the
/// day a repeal caption gives.
void TakeCaption(const Document& doc, size_t at, ListTable& table);

/// True when a caption is printed right above body line AT of DOC, after the list before (附件2 /
/// 继续有效的规范性文件目录 over a header like 附件1's); false for a header repeated at a page
/// break, with only page furniture or 续表 above it.
bool CaptionBetween(const Document& doc, size_t at);

/// The reference a row of LIST names: its relation and the date its caption gives, the row's own
/// new end for an extension (END_CELL, under 延长后有效期至), titled NAME; no 文号 yet (AddListed).
Reference ListedReference(const ListTable& list, const std::string& name, const std::string& end_cell);

/// Appends R once for each 文号 of its row's cell NUMBER (DOCNOS = FindDocnos(NUMBER)) when the
/// cell lists nothing else (OnlyDocnos), the later ones without the title; else once, for the
/// first 文号, or for none.
void AddListed(Reference r, const std::string& number, const std::vector<DocnoMatch>& docnos,
               std::vector<Reference>& out);

/// The tables of a document as `gazette tables` reads them (doc.tables, or extracted once when
/// they were not), for the lists of documents they hold.
class RepairedTables {
 public:
  /// DOC must outlive this.
  explicit RepairedTables(const Document& doc) : doc_(doc) {}
  /// The tables: DOC's own when extracted, else extracted on the first call.
  const std::vector<Table>& Get();

 private:
  const Document& doc_;
  std::optional<std::vector<Table>> own_;
};

/// Adds a citation (cites) of each 文号 the repaired rows of TABLES hold that no line of DOC
/// printed whole (a cell wrapped after 财综 or 〔2019〕: a table line holds a cell that is only the
/// end of a 文号, 〔2007〕48号 or 1931号), at its row's first line, to OUT (in line order).
void AddWrappedDocnos(const Document& doc, RepairedTables& tables, std::vector<Reference>& out);

/// Reads the list of documents whose header is body line AT of DOC from the rows `gazette tables`
/// repairs (a title wrapped before its 文号, a 文号 run onto its title): a reference per row,
/// typed by the caption above it (another caption between rows types the rows under it), each
/// number of a 文号 cell a reference. Returns the body index of the list's last line; npos when
/// line AT is no list header or no repaired table has its header there (ReadListRow reads the
/// lines then).
size_t ReadRepairedList(const Document& doc, size_t at, RepairedTables& tables, std::vector<Reference>& out);

/// Reads body line AT of DOC, a tab-separated line: a header of a list of documents (starts
/// TABLE), or a row of the list TABLE (appends its citation to OUT). False when the line is
/// neither, so the caller reads it as text.
bool ReadListRow(const Document& doc, size_t at, ListTable& table, std::vector<Reference>& out);

}  // namespace gazette::refs
