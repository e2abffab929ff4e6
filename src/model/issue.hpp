// The document model: an issue, its contents and its documents. Produced by src/segment,
// filled in by src/extract, read by src/xref and src/export.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/records.hpp"
#include "model/text.hpp"

namespace gazette {

/// The masthead of an issue: 2024年 第38期 (总第866期), 2024-11-15.
struct IssueHeader {
  int year = 0;
  int number = 0;        ///< 第N期 (a combined issue's first: 第1-2期 → 1)
  int total_number = 0;  ///< 总第N期
  std::optional<Date> date;  ///< publication date, none if the masthead prints none
  int line = 0;
  int last_number = 0;      ///< a combined issue's (合刊) last number: 第1-2期 → 2; 0 for a single one
  bool supplement = false;  ///< 增刊第N期: a supplement, numbered apart from the regular issues
};

/// One entry of the printed table of contents, Chinese with its aligned English entry.
struct ContentsEntry {
  std::string section;     ///< 【部门文件】 without brackets
  std::string title;       ///< full title as printed (issuers included), normalized
  std::string docno;       ///< normalized 文号, empty if none printed
  int page = 0;            ///< printed page, 0 if none
  int line = 0;
  std::string title_en;    ///< the aligned English entry's title, empty if none found
  std::string docno_en;    ///< the English entry's 文号 as printed (Jingzhengfa[2023]No. 20)
  int line_en = 0;
  int document = -1;       ///< index of the matching document in Issue::documents, -1 if none
};

/// One attachment (附件) a document lists.
struct Attachment {
  int num = 0;
  std::string title;
  int line = 0;
};

/// A regulation, plan, catalog or list a document issues, kept inside it.
struct Instrument {
  std::string title;  ///< as printed, normalized, without 《》
  size_t first = 0;   ///< index of its title line in Document::body
  size_t last = 0;    ///< one past its last line in Document::body
  int line = 0;
};

/// One official document of an issue, with everything extracted from it.
struct Document {
  std::string id;             ///< normalized 文号, or "<issue>#<n>" when none is printed
  std::string docno;          ///< normalized 文号 (京政发〔2023〕20号), empty if none
  std::string docno_printed;  ///< the 文号 line as printed
  std::string docno_latin;    ///< romanized 文号: Jingzhengfa〔2023〕20hao
  /// A joint document's other 文号 (联合行文: each issuer numbers it), printed beside or under the
  /// first (`docno`); empty for any other document.
  std::vector<std::string> joint_docnos;
  std::string title;          ///< title after the issuers: 关于印发《…》的通知
  std::string title_en;       ///< from the English contents
  std::vector<std::string> issuers;
  std::string recipients;     ///< 主送, without the final colon
  std::string type;           ///< 通知, 通告, 公告, 意见, 决定 …
  std::optional<Date> date;   ///< signing date; none if none found
  int date_line = 0;
  std::vector<std::string> signatories;
  std::vector<Attachment> attachments;
  std::string section;        ///< contents section heading, if matched
  int page = 0;               ///< printed start page from the contents
  int line = 0;               ///< printed line where the document's header starts
  int docno_line = 0;
  std::vector<TextLine> body;          ///< lines after the 文号 line to the document's end
  std::vector<Instrument> instruments;
  // Filled by the extractors (src/extract):
  std::vector<ArticleNode> articles;
  std::vector<Table> tables;
  std::vector<Deadline> deadlines;
  std::vector<Reference> references;
};

/// One issue of the gazette, read from one file.
struct Issue {
  std::string source;  ///< the file name as given
  std::string name;    ///< short name for ids and file names: 2024-38 (year-number), else file stem
  IssueHeader header;
  std::vector<ContentsEntry> contents;
  std::vector<Document> documents;
  std::vector<Finding> findings;  ///< problems met while segmenting (unmatched contents …)
  std::vector<std::string> failures;  ///< "file:line: …" for each document an extractor failed on (exit 3)
};

}  // namespace gazette
