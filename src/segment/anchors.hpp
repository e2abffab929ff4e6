// Where documents start (internal to src/segment): each anchor is found by the document's own
// header (documents.cpp for 文号 lines, headers.cpp for the other forms) or by a contents entry.
#pragma once
#include <string>
#include <vector>

#include "model/issue.hpp"
#include "segment/line_facts.hpp"

namespace gazette {

/// Where a document is anchored: its header ends at HEADER_END (exclusive) and its body starts
/// at BODY_BEGIN.
struct Anchor {
  static constexpr size_t kReadBack = static_cast<size_t>(-1);
  size_t start = kReadBack;   ///< first line of the header as found; kReadBack: read back from header_end
  size_t first = 0;           ///< first line of the header, resolved (start, or read back)
  size_t header_end = 0;
  size_t body_begin = 0;
  std::string docno;          ///< normalized 文号 or qualified number; "" for none
  std::string docno_printed;
  int docno_line = 0;
  std::vector<std::string> joint_docnos;  ///< a joint document's other 文号 (Document::joint_docnos)
  std::string number;         ///< a number its issuer qualifies (2023年第5号, 〔十五届〕第10号)
  std::string title;          ///< a regulation's own title (spaces stripped); "" otherwise
  std::string series;         ///< the series its number line names (北京市人民政府令); "" otherwise
  bool title_below = false;   ///< the title is printed under the 文号 (GB/T 9704 版头 layout),
                              ///< on lines [header_end + 1, body_begin)
};

/// True when TEXT is an issuer line (grammars/segment.grammar agency_line). A job remembers the
/// answer for the short lines it was asked of lately: a document's issuers are asked of above its
/// title and again over its signature.
bool IsAgencyLine(const std::string& text);

/// True when LINE has the shape of a line of a document's header block (issuers or title): short,
/// no tab, not the end of a sentence. A header-like line (LineFacts::IsHeaderLike) has this shape
/// and is neither a date nor a 文号.
bool HasHeaderShape(const TextLine& line);

/// Headers numbered otherwise than by a 文号 in FACTS' lines [begin, end): a title over a year
/// or session number (关于…的公告 / 2023年第5号, …常务委员会公告 / 〔十五届〕第10号), and a 公告
/// or 通告 over 第N号. The number still lacks its issuer (Anchor::number).
std::vector<Anchor> NumberedHeaderAnchors(LineFacts& facts, size_t begin, size_t end);

/// Orders and announcements in FACTS' lines [begin, end) whose number line names the series and
/// stands with no title above it (北京市人民政府令第320号): the line is the whole header.
std::vector<Anchor> SeriesHeaderAnchors(LineFacts& facts, size_t begin, size_t end);

/// Headers with no number in FACTS' lines [begin, end): an issuer block and a 关于…的通知 title
/// (or the issuers before 关于 on the title line) followed by the recipients (主送); or under an
/// issuer block, a title followed by the text.
std::vector<Anchor> UnnumberedHeaderAnchors(LineFacts& facts, size_t begin, size_t end);

/// True when line AT of FACTS' lines, in a body starting at BEGIN, may open a document addressed
/// to no one: the body's first line, or under the date signing the document before (and its note,
/// (此件公开发布)), or under a section's heading (【部门文件】). A heading inside a document's text
/// stands under prose.
bool OpensDocument(LineFacts& facts, size_t begin, size_t at);

/// True when one of LINES [FROM, TO) lists TITLE (spaces dropped) as an attachment: 附件:TITLE,
/// 附件:1.TITLE, or an item 2.TITLE of such a list.
bool ListsAttachment(const std::vector<TextLine>& lines, size_t from, size_t to, const std::string& title);

/// Records printed beside the documents in FACTS' lines [begin, end), first in the body or under
/// the date signing the document before, their text following: meeting minutes (…常务会议纪要 /
/// 第38次, 关于研究…问题的会议纪要), appointment lists (…任免名单, 任免国家工作人员), and a 公告
/// or 通告 by its kind alone under its issuers, unnumbered (北京市人民政府 / 公 告).
std::vector<Anchor> RecordHeaderAnchors(LineFacts& facts, size_t begin, size_t end);

/// Documents headed by a 文号 line in FACTS' lines [begin, end) (and 第N号 lines under an order's
/// name, 北京市人民政府令): the 文号 under its title; a joint document's other numbers beside or under
/// it (Anchor::joint_docnos); under the issuers' 版头 (北京市人民政府办公厅文件) with no title above
/// it, the title under the 文号 (GB/T 9704).
std::vector<Anchor> DocnoAnchors(LineFacts& facts, size_t begin, size_t end);

/// Regulations printed under their own title in FACTS' lines [begin, end): a title over one to
/// three lines, then dating lines (…通过, …修正, …公布), or 目录, or the first 章/条 directly.
std::vector<Anchor> RegulationAnchors(LineFacts& facts, size_t begin, size_t end);

/// Drops from ANCHORS (sorted, starts read back) each regulation that the document before it issues: named in
/// that document's header, first sentences or attachment list, or under an 附件 label; and a
/// regulation whose title repeats the title of the one before (its own contents page).
void DropIssuedInstruments(const std::vector<TextLine>& lines, std::vector<Anchor>& anchors);

/// Drops from ANCHORS (sorted, starts resolved) the titles a document lists under a line ending in
/// a colon (市政府决定废止下列文件: / 关于…的通知 / (京政发〔2010〕3号)), and the titles listed
/// right after them: a header never follows a colon, which introduces what comes next. Under a
/// list's caption (list_caption: …废止的规范性文件目录), the titles over their 文号 with no text of
/// their own, up to the first that has some.
void DropListedTitles(const std::vector<TextLine>& lines, size_t begin, std::vector<Anchor>& anchors);

/// Drops from ANCHORS (sorted, starts resolved) each header of placeholders (××区人民政府关于××××的
/// 请示, ×政文〔20××〕×号, XX): a form's model a document prints as its attachment (公文样式), no document.
void DropTemplates(const std::vector<TextLine>& lines, std::vector<Anchor>& anchors);

}  // namespace gazette
