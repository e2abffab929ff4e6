// The closed sets of the model (article node kinds, date kinds, relations, units, precisions,
// statuses, table column types) as enums, each with its one spelling table. Every writer and
// reader (JSON, CSV/TSV, XML, xlsx, the SQLite index) spells a value with ToString and reads it
// back with Parse<E>, so a spelling lives in exactly one place.
//
//   ToString(DateKind::kTimeLimit)      → "time-limit"
//   Parse<Relation>("repeals")          → Relation::kRepeals;  Parse<Relation>("x") → nullopt
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

/// A node of an article tree: 编 章 节 条 款 项.
enum class NodeKind { kPart, kSubpart, kChapter, kSection, kArticle, kParagraph, kItem };

/// What a dated record (a Deadline) states.
enum class DateKind {
  kSigned,          ///< the signing date printed under the signatories
  kPublished,       ///< the issue's publication date
  kAdopted,         ///< 通过: a regulation's adoption
  kAmended,         ///< 修正/修订: an amendment of it
  kPromulgated,     ///< 公布: its promulgation
  kEffective,       ///< 施行/实施: coming into force
  kRepealEffective, ///< the date another text stops (自…起, 原《…》废止)
  kValidity,        ///< 有效期N年: a period of validity
  kTrial,           ///< 试行N年: a trial period
  kExpires,         ///< the computed or stated end of validity
  kTimeLimit,       ///< N个工作日内: a time limit with its trigger
  kApproved,        ///< 批准 after the adoption: a city's or an autonomous area's regulation approved by the province
};

/// The relation a citation gives the cited document. kExtends: its period of validity is
/// extended (有效期延长至…), the reference's date then being the new end. kSuspends: its start or
/// force put off (暂缓实施, 暂停执行, 施行日期推迟至…), the reference's date then being the day it
/// resumes when printed (推迟至2017年1月1日), none until further notice. kResumes: a suspension of it
/// ended (《A》自2008年10月1日起恢复执行), the reference's date then being the day it resumes.
enum class Relation {
  kRepeals, kAmends, kRevises, kSupplements, kReplaces, kExtends, kSuspends, kResumes, kImplements, kCites
};

/// The unit of an amount of time; kNone when a record has no amount.
enum class TimeUnit { kNone, kDay, kWorkday, kMonth, kYear };

/// How much of a date the text gives: a day, or only a month (2023年7月).
enum class Precision : unsigned char { kDay, kMonth };

/// A document's legal standing on a date (named so beside util/result.hpp's Status).
enum class LegalStatus {
  kInForce,
  kNotYetInForce,
  kExpired,
  kRepealed,
  kReplaced,
  kAmended,
  kSupplemented,
  kSuspended,  ///< put off or stopped for a time by another document (暂缓实施, 暂停执行)
  kUnknown,  ///< cited only with no relation known, not in the inputs, or nothing dates it
};

/// The type of a catalog table's column (catalogs/ schemas).
enum class ColumnType { kSeq, kText, kBilingual, kList, kDocno, kCode };

/// One value of an enum and its spelling.
template <typename E>
struct Spelling {
  E value;
  std::string_view text;
};

/// The spelling table of E: specialised below for every enum of the model.
template <typename E>
struct Spellings;

template <>
struct Spellings<NodeKind> {
  static constexpr Spelling<NodeKind> table[] = {
      {NodeKind::kPart, "part"},           {NodeKind::kSubpart, "subpart"},     {NodeKind::kChapter, "chapter"}, {NodeKind::kSection, "section"},
      {NodeKind::kArticle, "article"},     {NodeKind::kParagraph, "paragraph"}, {NodeKind::kItem, "item"}};
};

template <>
struct Spellings<DateKind> {
  static constexpr Spelling<DateKind> table[] = {{DateKind::kSigned, "signed"},
                                                 {DateKind::kPublished, "published"},
                                                 {DateKind::kAdopted, "adopted"},
                                                 {DateKind::kAmended, "amended"},
                                                 {DateKind::kPromulgated, "promulgated"},
                                                 {DateKind::kEffective, "effective"},
                                                 {DateKind::kRepealEffective, "repeal-effective"},
                                                 {DateKind::kValidity, "validity"},
                                                 {DateKind::kTrial, "trial"},
                                                 {DateKind::kExpires, "expires"},
                                                 {DateKind::kTimeLimit, "time-limit"},
                                                 {DateKind::kApproved, "approved"}};
};

template <>
struct Spellings<Relation> {
  static constexpr Spelling<Relation> table[] = {
      {Relation::kRepeals, "repeals"},         {Relation::kAmends, "amends"},     {Relation::kRevises, "revises"},
      {Relation::kSupplements, "supplements"}, {Relation::kReplaces, "replaces"}, {Relation::kExtends, "extends"},
      {Relation::kSuspends, "suspends"},       {Relation::kResumes, "resumes"},   {Relation::kImplements, "implements"},
      {Relation::kCites, "cites"}};
};

template <>
struct Spellings<TimeUnit> {
  static constexpr Spelling<TimeUnit> table[] = {
      {TimeUnit::kNone, ""}, {TimeUnit::kDay, "day"}, {TimeUnit::kWorkday, "workday"}, {TimeUnit::kMonth, "month"}, {TimeUnit::kYear, "year"}};
};

template <>
struct Spellings<Precision> {
  static constexpr Spelling<Precision> table[] = {{Precision::kDay, "day"}, {Precision::kMonth, "month"}};
};

template <>
struct Spellings<LegalStatus> {
  static constexpr Spelling<LegalStatus> table[] = {{LegalStatus::kInForce, "in-force"},
                                               {LegalStatus::kNotYetInForce, "not-yet-in-force"},
                                               {LegalStatus::kExpired, "expired"},
                                               {LegalStatus::kRepealed, "repealed"},
                                               {LegalStatus::kReplaced, "replaced"},
                                               {LegalStatus::kAmended, "amended"},
                                               {LegalStatus::kSupplemented, "supplemented"},
                                               {LegalStatus::kSuspended, "suspended"},
                                               {LegalStatus::kUnknown, "unknown"}};
};

template <>
struct Spellings<ColumnType> {
  static constexpr Spelling<ColumnType> table[] = {
      {ColumnType::kSeq, "seq"},   {ColumnType::kText, "text"},   {ColumnType::kBilingual, "bilingual"},
      {ColumnType::kList, "list"}, {ColumnType::kDocno, "docno"}, {ColumnType::kCode, "code"}};
};

/// An enum of the model: one with a spelling table.
template <typename E>
concept SpelledEnum = requires { Spellings<E>::table; };

/// The spelling of VALUE as every output writes it ("time-limit", "repeals", "in-force").
template <SpelledEnum E>
std::string ToString(E value) {
  for (const auto& s : Spellings<E>::table)
    if (s.value == value) return std::string(s.text);
  return "";  // unreachable: every value is in its table (tested)
}

/// The value TEXT spells, as ToString writes it; nullopt for any other text.
template <SpelledEnum E>
constexpr std::optional<E> Parse(std::string_view text) {
  for (const auto& s : Spellings<E>::table)
    if (s.text == text) return s.value;
  return std::nullopt;
}

/// Every spelling of E in table order (for a command line's list of accepted values).
template <SpelledEnum E>
std::vector<std::string> AllSpellings() {
  std::vector<std::string> out;
  for (const auto& s : Spellings<E>::table) out.emplace_back(s.text);
  return out;
}

/// The passive form of a supersession relation, as the XML's status events write it
/// (repeals → repealed-by).
std::string PassiveOf(Relation relation);

/// True for the relations that change the cited document's standing (repeals, amends, revises,
/// supplements, replaces, extends, suspends, resumes), as opposed to implements and cites.
constexpr bool IsSupersession(Relation relation) {
  return relation != Relation::kImplements && relation != Relation::kCites;
}

}  // namespace gazette
