// Internals of the references extractor shared by its files (not a public interface).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/grammar.hpp"
#include "model/date.hpp"
#include "model/kinds.hpp"
#include "segment/docno.hpp"

namespace gazette::refs {

/// One citation found in a text: a 《title》 with what its parentheses say, or a bare 文号.
struct Citation {
  size_t begin = 0;            ///< byte offset of 《 (or of the bare 文号)
  size_t end = 0;              ///< one past 》 and its parentheses (or the 文号)
  std::string title;           ///< normalized inner title, empty for a bare 文号
  std::string docno;           ///< normalized 文号 printed with it, empty if none
  std::string docno_printed;   ///< that 文号 as printed
  std::string alias;           ///< short title introduced in its parentheses (以下简称)
  std::vector<DocnoMatch> extra;  ///< further numbers in its parentheses (根据…公告2018年第2号修改)
  bool bare = false;           ///< a 文号 printed without 《title》
  bool vehicle = false;        ///< the vehicle of a change, not its object (《…决定》修正的《Y》,
                               ///< …第12号令修改的《Y》)
};

/// Byte offset of the first character E3 80 X (X from LO to HI) at or after byte FROM of TEXT, or
/// npos: 《 (8A), 》 (8B) and their kin, as text.find of the three bytes would find them.
size_t NextMarkE380(std::string_view text, size_t from, char lo, char hi);

/// Every citation in TEXT, left to right: titled ones first claim their parentheses, then the
/// remaining 文号 are bare citations, except one printed as the dating of the title after it
/// (…总局令第4号公布的《A》), which becomes that title's 文号. Vehicles are marked. DOCNOS are
/// FindDocnos(TEXT), which the caller keeps for the 文号 as printed.
std::vector<Citation> FindCitations(const std::string& text, const std::vector<DocnoMatch>& docnos);

/// The 文号 among DOCNOS (FindDocnos of a whole text) that lie in its bytes [BEGIN, END), their
/// offsets made relative to BEGIN: what FindDocnos of that piece finds, when the piece is the
/// inside of a parenthesis. No form of grammars/docno.grammar matches a parenthesis (a form
/// reads Han characters, digits, white space, 〔〕 and 、), so no match of the whole text crosses
/// one, and the search of the inside starts where the search of the whole text finds itself.
std::vector<DocnoMatch> DocnosWithin(const std::vector<DocnoMatch>& docnos, size_t begin, size_t end);

/// Byte offset where the 《 opened at the end of TEXT is still unclosed, or npos.
size_t UnclosedTitle(const std::string& text);

/// [begin, end) of the sentence (split at 。;！？ outside brackets and quotes) around POS.
std::pair<size_t, size_t> SentenceAround(const std::string& text, size_t pos);

/// [begin, end) of the clause (also split at , ，:) around POS, within its sentence.
std::pair<size_t, size_t> ClauseAround(const std::string& text, size_t pos);

/// The sentences and clauses of one text, its ends outside brackets and quotes found in one pass
/// when first asked: the spans around each citation of a line, as SentenceAround and
/// ClauseAround find them, without a scan of the line from its start for each.
class TextSpans {
 public:
  /// TEXT must outlive this.
  explicit TextSpans(const std::string& text) : text_(text) {}
  /// SentenceAround(text, pos).
  std::pair<size_t, size_t> SentenceAround(size_t pos) const { return Around(pos, true); }
  /// ClauseAround(text, pos).
  std::pair<size_t, size_t> ClauseAround(size_t pos) const { return Around(pos, false); }

 private:
  struct End {
    size_t after = 0;       ///< the byte after the mark that ends a clause
    size_t at = 0;          ///< the mark's first byte
    bool sentence = false;  ///< the mark ends a sentence too
  };
  std::pair<size_t, size_t> Around(size_t pos, bool sentence) const;
  const std::string& text_;
  mutable std::vector<End> ends_;  ///< in order; found on the first question
  mutable bool scanned_ = false;
};

/// TEXT[begin, end) with every citation span in it replaced by 《》 (a vehicle by 〈〉).
std::string Masked(const std::string& text, size_t begin, size_t end, const std::vector<Citation>& cites);

/// What stands around a citation, masked: its clause and its sentence before and after it.
struct Surroundings {
  std::string prefix;  ///< the clause before the citation
  std::string suffix;  ///< the clause after it
  std::string before;  ///< the sentence before it
  std::string after;   ///< the sentence after it
  bool vehicle = false;  ///< the citation is the vehicle of a change (refs_vehicle)
  bool amending = false;  ///< the citing document's title says it amends (refs_amending_title)
};

/// The relation the clause structure around a citation gives it. A repeal verb decides only for
/// the titles that are its object: the coordinated titles before a verb that ends its clause
/// (《A》，…发布的《B》和《C》同时废止), or after a verb (废止《A》、《B》).
Relation ClassifyRelation(const Surroundings& s);

/// The sentence of TEXT after SENTENCE when it extends SENTENCE's only citation, AT, through a
/// pronoun: 《A》(…)有效期至2023年12月31日。经评估,现将其有效期延长至…. AFTER is the masked rest
/// of SENTENCE after the citation, which must speak of its 有效期 or its end, unless NAMED (the
/// citing document's title extends AT's title: 关于延长《A》试行期的通知). None otherwise.
std::optional<std::pair<size_t, size_t>> AnaphoricExtension(const std::string& text, const TextSpans& spans,
                                                            std::pair<size_t, size_t> sentence,
                                                            const std::vector<Citation>& cites, const Citation& at,
                                                            const std::string& after, bool named);

/// The titles DOC's title repeals (关于废止《A》和《B》的决定), or, for an order (type 令), the title
/// line of the 决定 it promulgates, as TitleKey: the objects a pronoun may recall (AnaphoricDecision).
std::vector<std::string> TitlesRepealedBy(const Document& doc);

/// The titles DOC's title extends (关于延长《A》试行期的通知, 关于《A》有效期延期的通知), as TitleKey.
std::vector<std::string> TitlesExtendedBy(const Document& doc);

/// One of the next few sentences of TEXT deciding the relation DECISION (a pattern with a group
/// noun: refs_repeal_anaphora, refs_resume_anaphora) of citation AT through a pronoun
/// (《A办法》(…)施行以来,…。鉴于…,市人民政府决定,该办法自本决定公布之日起废止; …。经研究,该办法自…起恢复
/// 施行), when AT's title ends with the pronoun's noun (该办法: a title ending 办法); none otherwise.
/// Asked only of a title the citing document's own title names for that relation (关于废止《A办法》的
/// 决定, 关于恢复执行《A》的通知): the decision names its object there.
std::optional<std::pair<size_t, size_t>> AnaphoricDecision(const std::string& text, const TextSpans& spans,
                                                           std::pair<size_t, size_t> sentence, const Citation& at,
                                                           const RxName& decision);

/// The titles DOC's title resumes (关于恢复执行《A》的通知), as TitleKey.
std::vector<std::string> TitlesResumedBy(const Document& doc);

/// Adds to OUT (DOC's references so far) a repeal of each document a line of DOC recalls by a count
/// (上述两个文件同时废止, refs_repeal_recalled): the so many documents last named together on one
/// line before it, dated by the 自Y年M月D日 before the verb, if any.
void RepealRecalled(const Document& doc, std::vector<Reference>& out);

/// The date the relation of a citation takes effect, when its SENTENCE (its CLAUSE first) of TEXT
/// says: 自…起废止, or 同时废止 after a sentence stating the start (本办法自2023年12月22日起实施。
/// 《…》同时废止。).
std::optional<Date> RelationDate(const std::string& text, const TextSpans& spans, std::pair<size_t, size_t> sentence,
                                 std::pair<size_t, size_t> clause);

/// The day a repeal in SENTENCE takes effect when put off a while after the citing document is
/// out (自本通知印发之日起30日后废止): that long after SIGNED_ON, its signing; none otherwise.
std::optional<Date> RepealAfterIssue(const std::string& sentence, const std::optional<Date>& signed_on);

/// True when TEXT, the words before a repeal verb, proposes or requests the repeal (有关部门建议废止,
/// 拟提请市政府废止, 我局建议废止以下文件) without a deciding verb granting it in the clause (同意…提请废止).
bool ProposedOnly(std::string_view text);

/// The day a suspension in TEXT ends (the document in force again), when printed: 推迟至2017年1月1日
/// and 暂缓至…实施 that day, 暂停执行至2017年6月30日 the day after; for a set term (暂停期限为六个月)
/// that long after its stated start (自…起), else after SIGNED_ON, the suspending document's date;
/// none otherwise.
std::optional<Date> SuspensionEndIn(const std::string& text, const std::optional<Date>& signed_on);

/// The day match M of a date pattern names (its groups year, month and day; 年底 without the two:
/// December 31; 2月底 without the day: the month's last), validated (no 2月30日).
std::optional<Date> DateIn(const Match& m);

/// The day a resumption in TEXT takes effect (自/于/从DATE起…恢复执行); none when not printed.
std::optional<Date> ResumptionDateIn(const std::string& text);

/// The day the first 自Y年M月D日 in TEXT names; none if there is none.
std::optional<Date> FromDate(const std::string& text);

/// The day the last match of refs_from_date in TEXT names: the day 同日 refers to.
std::optional<Date> LastFromDate(const std::string& text);

/// The day a list's CAPTION gives its relation: 自Y年M月D日起 then the verb (下列文件自2022年1月1日起
/// 废止:); none for a date of something else (自2021年1月1日起施行的民法典).
std::optional<Date> ListFromDate(const std::string& caption);

/// The new end an extension in TEXT gives: the first 延长至Y年M月D日 (延长至2025年底), else the
/// first 有效期至Y年M月D日 not of the old end (原有效期至…); none if neither is there.
std::optional<Date> ExtensionEndIn(const std::string& text);

/// What an extension's end may come from besides its sentence.
struct ExtensionContext {
  std::optional<Date> listed;  ///< the new end the intro of the list it is an item of gives
  std::pair<size_t, size_t> respective{0, 0};  ///< the citation's place among its sentence's (index, count)
};

/// Where AT stands among the citations of SENTENCE of TEXT before the 分别 after it: (index,
/// count); (0, 0) when no 分别 follows it in the sentence.
std::pair<size_t, size_t> Respective(const std::string& text, const std::vector<Citation>& cites,
                                     std::pair<size_t, size_t> sentence, const Citation& at);

/// The new end an extension gives (有效期延长至…, else 有效期至…): printed in its CLAUSE of TEXT,
/// else in its SENTENCE, else in the list's intro (CONTEXT.listed). With 分别 and several dates
/// (《A》和《B》的有效期分别延长至X和Y), the date at the citation's place when there are as many
/// dates as citations; else none.
std::optional<Date> ExtensionEnd(const std::string& text, std::pair<size_t, size_t> sentence,
                                 std::pair<size_t, size_t> clause, const ExtensionContext& context);

}  // namespace gazette::refs
