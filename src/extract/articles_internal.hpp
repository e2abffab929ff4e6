// Internals of the article extractor shared by its .cpp files (not a public interface).
#pragma once
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/issue.hpp"

namespace gazette::articles {

/// A run of body lines with one numbering of its own: the notice itself, an instrument it
/// issues, or an attachment (附件 N) inside either.
struct Scope {
  std::string instrument;               ///< title; empty for the notice itself
  std::string prefix;                   ///< id prefix: "", "ins_2__", "att_1__", "ins_1__att_1__"
  std::vector<const TextLine*> lines;   ///< the lines, title and attachment labels excluded
};

/// Level of each kind in the hierarchy; items add their marker rank.
enum Level { kPart = 0, kSubpart = 1, kChapter = 2, kSection = 3, kArticle = 4, kParagraph = 5, kItem = 6 };

/// A line recognised as the start of a node: its kind, level (items add their marker rank),
/// numbers, label as printed and the text after it.
struct Marker {
  NodeKind kind = NodeKind::kItem;
  int level = 0;
  int num = 0;
  int sub = 0;
  std::string label;
  std::string rest;
};

/// The structural marker at the start of LINE, if any. LAST_ARTICLE is the number of the
/// scope's previous article (a cross-reference such as 第五条规定的… is not an article); PREVIOUS,
/// the text of the line before (null if none): a line ending 依照本条例 or 《…法》 wraps the
/// reference a 第N条 out of sequence goes on with (依照本条例 / 第五条处罚。).
std::optional<Marker> ParseMarker(const TextLine& line, int last_article, const std::string* previous = nullptr);

/// A node while the tree is built: own text pieces plus children (indices into the same vector).
struct TempNode {
  NodeKind kind = NodeKind::kArticle;
  int level = 0;       ///< Level, plus the marker rank for items
  int num = 0;
  int sub = 0;         ///< M of 第N条之M, 0 otherwise
  std::string label;   ///< as printed (normalized)
  std::string heading;
  bool tentative_heading = false;  ///< heading guessed from a short line; text if nothing follows
  std::string joined_heading;  ///< short first printed line the normalizer joined to the text
  int line = 0;
  std::vector<std::string> parts;  ///< own text, one entry per logical paragraph
  std::vector<int> children;
  int paragraphs = 0;  ///< how many of CHILDREN are paragraphs (款, numbered by position)
};

/// A scope's tree: all nodes and the roots in order.
struct Tree {
  std::vector<TempNode> nodes;
  std::vector<int> roots;
};

/// The scopes of DOC in document order: the notice, each instrument, each attachment.
std::vector<Scope> BuildScopes(const Document& doc);

/// The structure of one scope. SIGNATORIES are the document's signatory lines (they end text).
Tree BuildTree(const Scope& scope, const std::vector<std::string>& signatories);

/// The marker patterns, the headings first (第N编, 分编, 章, 节, 条), then the items by rank (一、, (一),
/// 1., (1), ①): bit I of MarkerCandidates' answer stands for kMarkerPatterns[I].
inline constexpr const char* kMarkerPatterns[] = {
    "article_part",       "article_subpart", "article_chapter",    "article_section",         "article_article",
    "article_cn_section",
    "article_item_cn",    "article_item_digit", "article_item_paren_digit", "article_item_circled"};
inline constexpr size_t kMarkerCount = std::size(kMarkerPatterns);
/// Where the items begin in kMarkerPatterns: item I is of rank I - kFirstItem.
inline constexpr size_t kFirstItem = 5;

/// The marker patterns that may match all of TEXT, by its first character, as the active
/// grammar's patterns say they open (RxMayStartWith, remembered per character): a line of text
/// (most open with a CJK ideograph) is asked one pattern or none, where the engine was asked all
/// ten. All of them where TEXT does not open with a UTF-8 character.
unsigned MarkerCandidates(std::string_view text);

/// Where TEXT's marker head ends: at its first , ; : or 。, else at its end. A marker pattern
/// that HeadMatchable names matches TEXT's head as it matches TEXT (where TEXT is UTF-8), with
/// the same groups and REST starting at the same byte.
size_t MarkerHead(const std::string& text);

/// True if marker pattern I (of kMarkerPatterns) may be asked of a line's head (MarkerHead) in
/// place of the line: its source passes HeadMatchableSource. Read once per grammar generation.
bool HeadMatchable(size_t marker);

/// True if a pattern SOURCE is label(?<rest>.*)$ with a label that LabelAvoidsHeadStops: the
/// label's match then ends before the head's stop, and rest takes any tail, so the head answers
/// for the line.
bool HeadMatchableSource(std::string_view source);

/// True if no part of the pattern LABEL (nor of a lookahead in it) can match a character the
/// head stops at (, ; : 。) or the end of a line: it holds none of them (but in (?: and in a quantifier's
/// bounds), no ., $, negated class or escape other than \d, \s and escaped punctuation, and no
/// class range spanning one.
/// Conservative: what it cannot read says no.
bool LabelAvoidsHeadStops(std::string_view label);

/// False when TEXT cannot hold a match of article_attachment_label (^附件, ^附录, ^附表) or
/// article_attachment_list (^附件…, SEARCHED for rather than matched whole): it does not open with
/// one of them and, searched, holds no 附件 or no line separator (after which ^ matches too). Most
/// lines fail it, and skip asking the engine.
bool MayOpenWithAttachment(const std::string& text, bool searched);

/// True when TEXT ends a sentence or a lead-in (。；：…), so a following line starts anew.
bool EndsClosed(const std::string& text);

}  // namespace gazette::articles
