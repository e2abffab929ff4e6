// OCR damage the normalizer repairs (internal to src/normalize): letters read for digits in a
// 文号's year between 〔〕 and in its number before 号; 笫 read for 第 and 曰 for 日 in numbering
// and dates.
#pragma once
#include <string>
#include <string_view>

namespace gazette::normalize_internal {

/// TEXT with the OCR damage of its 文号 numbers repaired, in place: in 〔2O15〕 and in 〕l2号 (or
/// 〕第l2号), O and o read 0 and l and I read 1, where the run holds a digit as well; the spaces
/// between the number's digits removed (〕1 2号, 〕 1 2 号). Asked of
/// the lines docno_brackets may match (号 and brackets), after it.
void RepairDocnoDigits(std::string& text);

/// True when TEXT ends with a Chinese numeral and 号 (and a closing parenthesis), spaces aside: a
/// number line NumberLineInDigits may rewrite (第一百二十号).
bool EndsWithNumeralAndNumberSign(std::string_view text);

/// TEXT, a number line in Chinese numerals (第一百二十号, 〔十五届〕第二十三号, 中华人民共和国主席令
/// 第三十一号), with its number in digits (第120号), in place (number_line_cn); other texts as they are.
void NumberLineInDigits(std::string& text);

/// True when TEXT opens with 第 (after spaces) and a letter OCR reads for a digit (O, o, l, I), or a
/// space between two digits, stands soon after it: an article's number RepairOcrConfusables may
/// read (第1O条, 第1 1条).
bool MayHoldLabelMisread(std::string_view text);

/// True when TEXT may be a 文号 line whose 号 OCR read as 亏: it ends in 亏.
bool MayEndInMisreadHao(std::string_view text);

/// TEXT, a 文号 alone on its line whose 号 OCR read as 亏 (京政发〔2016〕20亏), with its 号, in place
/// (docno_line_misread_hao); other texts as they are.
void RepairMisreadHao(std::string& text);

/// True when TEXT may be an order's number line printed with its number before 令 (北京市人民政府
/// 第8号令): short, ending in 号令.
bool MayBeOrderLineAfter(std::string_view text);

/// TEXT, an order's number line printed 北京市人民政府第8号令 (or 第八号令), in the form of its series
/// (北京市人民政府令第8号), in place (order_line_after); other texts as they are.
void OrderLineAsSeries(std::string& text);

/// True when TEXT holds an opening bracket a year follows, in digits or Chinese numerals ((87),
/// （一九八七） as normalized: ( or [): the 1980s forms' rewrites (docno_brackets_lead,
/// YearInDigits) are asked of it alone.
bool HoldsBracketedYear(std::string_view text);

/// TEXT with each 文号 year printed in Chinese numerals (京政办发（一九八七）31号) in digits between
/// 〔〕 (京政办发〔1987〕31号), in place (docno_year_cn).
void YearInDigits(std::string& text);

/// The longest line (bytes) whose date RepairDateDigits mends: a signing date's line, with its
/// signatory or issuer at most (北京市人民政府 2O15年3月1日), not prose.
inline constexpr size_t kMaxOcrDateLine = 64;

/// True when TEXT, a line of at most kMaxOcrDateLine bytes, holds 年 and a letter OCR reads for a
/// digit (O, o, l, I): a date RepairDateDigits may mend.
bool HoldsOcrDate(std::string_view text);

/// TEXT with the letters OCR read for digits in its dates (2O15年3月l日: O and o are 0, l and I
/// are 1) made digits, in place, where the date's shape holds them (ocr_date).
void RepairDateDigits(std::string& text);

/// True when TEXT may be a number line OCR damaged (第l2号, 2OO8年第3号, 第1 2号, (第I2号), an issue's
/// 2OO8年第l2期): at most kMaxOcrDateLine bytes, ending in 号 or 期 (or either and ")"), holding a
/// letter OCR reads for a digit or a space.
bool HoldsOcrNumberLine(std::string_view text);

/// TEXT, a number line (ocr_number_line: [year年]第N号, in brackets or not), with the letters OCR read
/// for its digits made digits and the spaces between its digits removed, in place, where the run
/// holds a digit as well; other texts as they are.
void RepairNumberLineDigits(std::string& text);

/// True when TEXT holds 笫 or 曰, or opens with 第 and 絛 or 條 soon after, or with a dash:
/// characters OCR (or traditional print) has for 第, 日, 条 and 一 (RepairOcrConfusables may then
/// change it).
bool HoldsOcrConfusable(std::string_view text);

/// TEXT with 笫 before a number made 第 (笫四条, 笫 205 号: 笫 is no word of official text), 曰
/// after a month's day made 日 (2006年2月13曰), 絛 or 條 after 第N made 条 (第二絛, 第四條), and a
/// dash read for 一 at a label made 一 ((-), 第十-条, -、), in place (ocr_di, ocr_ri, ocr_tiao,
/// ocr_yi, ocr_yi_paren, ocr_yi_numeral).
void RepairOcrConfusables(std::string& text);

}  // namespace gazette::normalize_internal
