// 文号 (document numbers): finding them in text and normalizing them to ids (DESIGN.md,
// Identity): 〔〕 brackets, ASCII digits, no spaces.
#pragma once
#include <string>
#include <vector>

#include "model/issue.hpp"
#include "segment/romanize.hpp"  // RomanizeCompact, which RomanizeDocno applies to the agency

namespace gazette {

/// A 文号 found in a text.
struct DocnoMatch {
  std::string normalized;  ///< 京人社事业发〔2024〕10号, 〔87〕市劳险字第224号, 国家…令2017年第9号
  std::string agency;      ///< 京人社事业发
  int year = 0;            ///< 2024 (two-digit years as printed: 87)
  int seq = 0;             ///< 10
  size_t begin = 0;        ///< byte offsets of the match in the searched text
  size_t end = 0;
  /// False when the year or the serial does not fit an int (京政发〔2023〕99999999999号): the
  /// 文号 is kept as printed, its year/seq are 0, and `check` reports it.
  bool number_ok = true;
  /// True for an order or announcement (…令第N号, …公告2018年第2号): the agency is its issuer's
  /// name, printed in full or short (北京市人民政府令, 市政府令).
  bool by_issuer = false;
  /// True when printed as a bare number after the 文号 before it, whose agency and year it shares
  /// (京政发〔2005〕30号、31号: 京政发〔2005〕31号).
  bool elided = false;
};

/// Every 文号 in TEXT (already normalized: brackets unified), left to right, not overlapping.
/// Each starts at an agency-name boundary (grammars/docno.grammar), never inside a date or a
/// word: …5月6日市人民政府京政发〔1990〕12号 → 京政发〔1990〕12号; an order is read whole with its
/// issuer (国家市场监督管理总局令第47号), 第N号令 normalized to 令第N号; a bare number after one
/// (…30号、31号) is one too, its agency and year the same (`elided`). Each job remembers the
/// texts it asked of lately (up to 2 KB each) with what was found in them.
std::vector<DocnoMatch> FindDocnos(const std::string& text);

namespace docno_internal {

/// FindDocnos without its memo: TEXT searched now (the memo is tested against it).
std::vector<DocnoMatch> SearchDocnos(const std::string& text);

}  // namespace docno_internal

/// The normalized form of a single printed 文号 ("京政发〔2023〕20 号" → "京政发〔2023〕20号");
/// returns "" when TEXT holds no 文号.
std::string NormalizeDocno(const std::string& text);

/// True when TEXT holds nothing but the 文号 FOUND (FindDocnos(TEXT), two or more) and the marks
/// that separate them (、,，;； 和 及 and spaces): a cell listing a document's numbers
/// (京财预〔2014〕88号、京发改〔2014〕21号; 45号、46号).
bool OnlyDocnos(const std::string& text, const std::vector<DocnoMatch>& found);

/// Every 文号 of TEXT, normalized and joined by 、, when TEXT lists nothing else (OnlyDocnos);
/// else NormalizeDocno(TEXT).
std::string NormalizeDocnoList(const std::string& text);

/// The key an order or announcement is known by, whatever form of its issuer's name is printed
/// (docno_issuer_qualifier dropped): 北京市人民政府令第12号 and 市政府令第12号 → 市政府令第12号,
/// 中华人民共和国公安部令第123号 → 公安部令第123号. "" for any other 文号.
std::string OrderKey(const std::string& normalized);

/// The order NORMALIZED names numbered without its year (北京市人民政府令1997年第12号 →
/// 北京市人民政府令第12号), its year in *YEAR: a series numbered without years is cited so too
/// ((2003年北京市人民政府令第136号)). "" when NORMALIZED is no year-numbered order (…令YYYY年第N号).
std::string YearlessOrder(const std::string& normalized, int* year);

/// YEAR as a 文号 prints it, in four digits: one printed in two (〔87〕, as the 1980s did) is of the
/// 1900s from 50 on, else of the 2000s; any other as it is.
int FullYear(int year);

/// The 文号 of a joint document (联合行文) TEXT prints: two to four numbers of one year by different
/// agencies, one after the other (京财教育〔2019〕1500号　京教财〔2019〕60号, or its two 文号 lines
/// joined), normalized in order; empty when TEXT holds anything else.
std::vector<std::string> JointDocnos(const std::string& text);

/// True when normalized LINE is a joint document's 文号 line (JointDocnos: two to four numbers).
bool IsJointDocnoLine(const std::string& line);

/// The joint document's numbers PRINTED holds (JointDocnos) other than its id DOCNO; empty unless
/// DOCNO is one of them.
std::vector<std::string> OtherJointDocnos(const std::string& docno, const std::string& printed);

/// The other key a 文号 is known by: an order's OrderKey, or its standard form with the year in
/// four digits and a code's brackets left out: 京政发〔87〕120号 and 〔87〕京政发第120号 →
/// 京政发〔1987〕120号 (the 1980s printed all three; a two-digit year before 50 is of the 2000s),
/// 京价(收)字〔1996〕30号 → 京价收字〔1996〕30号. "" when that is the 文号 itself or it has no year.
std::string AliasKey(const std::string& normalized);

/// The 文号 NORMALIZED as LINE prints it, spacing kept (京人社事业发〔2023〕24 号; brackets and
/// full-width digits unified); FALLBACK when LINE does not print it.
std::string PrintedDocno(const TextLine& line, const std::string& normalized, const std::string& fallback);

/// PrintedDocno of the text PRINTED whose 文号 FOUND has found already (FindDocnos(PRINTED)), for a
/// caller that asks one line for several 文号.
std::string PrintedDocnoAmong(const std::string& printed, const std::vector<DocnoMatch>& found,
                              const std::string& normalized, const std::string& fallback);

/// True when WANTED (as a user types it: a 文号 in any printed form, another form of its number,
/// AliasKey: 国务院令第158号, 〔87〕京政发第120号, or a document id) names DOC; an empty WANTED names
/// every document.
bool NamesDocument(const std::string& wanted, const Document& doc);

/// True when the whole of LINE is one 文号 (the line under a document's title).
bool IsDocnoLine(const std::string& line);

/// Romanization of a 文号 with ICU's Han-Latin transliterator, as the English contents print it:
/// 京人社事业发〔2024〕10号 → Jingrensheshiyefa〔2024〕No. 10.
std::string RomanizeDocno(const std::string& docno);

}  // namespace gazette
