// Recognising the line that opens a node of an article tree: 第N编/章/节/条, 一、, (一), 1., (1), ①,
// each a pattern of grammars/articles.grammar matched against all of the line (its head, where
// the engine need not read the rest).
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "extract/articles_internal.hpp"
#include "grammar/grammar.hpp"
#include "util/numerals.hpp"
#include "util/text.hpp"

namespace gazette::articles {
namespace {

int CircledValue(std::string_view s) {
  return s.empty() ? 0 : int(FirstCodePoint(s) - U'①') + 1;  // its first code point, read in place
}

/// The text between the label and REST in TEXT (the label as printed, normalized).
std::string LabelOf(const std::string& text, const std::string& rest) {
  return Trim(std::string_view(text).substr(0, text.size() - rest.size()));
}

/// Drops from REST, the text after a 第N条/章/节 label, the 、 : or . a web page prints after the
/// label (第一条、为了…): the label's, not the text's. Not a decimal point (第五条.5).
void DropLabelSeparator(std::string& rest) {
  for (std::string_view separator : {"、", ":", "."}) {
    if (!StartsWith(rest, separator)) continue;
    if (separator == "." && rest.size() > 1 && rest[1] >= '0' && rest[1] <= '9') return;
    rest = Trim(std::string_view(rest).substr(separator.size()));
    return;
  }
}

/// True if the label of a 第N条 line is set off from its text (a space, bold, or nothing after
/// it), the way articles are printed and cross-references are not.
bool LabelSetOff(const TextLine& line) {
  const std::string_view inl = TrimmedView(line.inline_text);
  static constexpr std::string_view kTiao = "条";
  size_t pos = inl.find(kTiao);
  if (pos == std::string_view::npos) return false;
  std::string_view after = inl.substr(pos + kTiao.size());
  // An inserted article's label runs on to its number: 第二条之一, 第2条之1.
  if (after.starts_with("之")) {
    after.remove_prefix(std::string_view("之").size());
    static constexpr std::u32string_view kNumerals = U"0123456789〇零一二两三四五六七八九十百";
    while (!after.empty() && kNumerals.find(FirstCodePoint(after)) != std::u32string_view::npos)
      after.remove_prefix(FirstCodePoint(after) < 0x80 ? 1 : 3);  // each numeral: ASCII or three bytes
  }
  if (after.empty() || after[0] == ' ' || after[0] == '\t') return true;
  return line.printed.find("条**") != std::string::npos;
}

/// kMarkerPatterns[I] as the program's RxName for it: each ask finds its compiled pattern without
/// measuring and looking up the name (the articles ask one to four of every candidate line).
template <size_t... I>
const RxName& MarkerName(size_t marker, std::index_sequence<I...>) {
  static const RxName names[] = {RxName(kMarkerPatterns[I])...};
  return names[marker];
}
const RxName& MarkerName(size_t marker) { return MarkerName(marker, std::make_index_sequence<kMarkerCount>()); }

/// The marker patterns asked of one line, each matched against all of it: asked of its head
/// (MarkerHead) where that is shorter and the pattern is HeadMatchable, which gives the same
/// answer and groups, REST starting at the same byte (a tail not UTF-8 goes the old way, as the
/// engine refuses it). A marker line runs on far past its label: the engine then summarizes and
/// decodes a few dozen bytes, not the line.
class MarkerMatcher {
 public:
  explicit MarkerMatcher(const std::string& text) : text_(text), cut_(MarkerHead(text)) {
    if (cut_ < text.size()) Head().assign(text, 0, cut_);
  }
  /// RxFull(line, PATTERN, M); M may be over the head (a buffer of the job's, until the next line).
  bool Full(size_t marker, Match& m) {
    const RxName& pattern = MarkerName(marker);
    if (cut_ == text_.size() || !HeadMatchable(marker)) return RxFull(text_, pattern, m);
    if (!RxFull(Head(), pattern, m)) return false;
    if (tail_utf8_ < 0) tail_utf8_ = IsValidUtf8(std::string_view(text_).substr(cut_));
    return tail_utf8_ > 0 || RxFull(text_, pattern, m);
  }
  /// The line from group "rest" of M (a match Full made) on.
  std::string Rest(const Match& m) const { return text_.substr(static_cast<size_t>(m.position("rest"))); }
  /// A match for Full, of the job's: its groups' room is kept from line to line, not made anew
  /// for each line a pattern may open.
  static Match& Scratch() {
    thread_local Match m;
    return m;
  }

 private:
  static std::string& Head() {
    thread_local std::string head;
    return head;
  }
  const std::string& text_;
  size_t cut_;
  int tail_utf8_ = -1;  ///< whether the line past the head is UTF-8 (-1: not yet asked)
};

// True unless TEXT, a line opening with 第N部分, is a sentence about the part rather than its
// heading: what follows names a piece of it (第二部分第(三)项, 第二部分的, 第二部分内容…) or the line
// ends a sentence (第二部分内容作相应调整。). 编 is printed only as a heading.
bool PartHeading(const std::string& text, const std::string& rest) {
  const std::string_view label = std::string_view(text).substr(0, text.size() - rest.size());
  if (label.find("部分") == std::string_view::npos) return true;
  static constexpr std::string_view kPieces[] = {"第", "的", "中的", "中第", "中有关", "内容", "所列", "所称",
                                                 "规定", "和第", "及第", "、第"};
  const std::string_view head = TrimmedView(rest);
  for (std::string_view piece : kPieces)
    if (head.starts_with(piece)) return false;
  return !EndsClosed(std::string(head));
}

}  // namespace

std::optional<Marker> ParseMarker(const TextLine& line, int last_article, const std::string* previous) {
  const std::string& t = line.text;
  Match& m = MarkerMatcher::Scratch();
  static constexpr std::pair<NodeKind, int> kHeads[] = {
      {NodeKind::kPart, kPart},       {NodeKind::kSubpart, kSubpart}, {NodeKind::kChapter, kChapter},
      {NodeKind::kSection, kSection}, {NodeKind::kArticle, kArticle}};
  // Only the patterns the line's first character may open (most lines: one, or none).
  const unsigned may = MarkerCandidates(t);
  if (may == 0) return std::nullopt;
  MarkerMatcher line_marker(t);
  for (size_t i = 0; i < kFirstItem; ++i) {
    if (!(may >> i & 1) || !line_marker.Full(i, m)) continue;
    auto num = ParseChineseNumeral(GroupView(m, "num"));
    if (!num) return std::nullopt;
    const auto [kind, level] = kHeads[i];
    Marker mk{kind, level, *num, 0, "", line_marker.Rest(m)};
    if (kind == NodeKind::kPart && !PartHeading(t, mk.rest)) return std::nullopt;
    // 第四条规定的…, 第二章的规定 run on: a cross-reference a wrapped line begins with, never a
    // heading (a label set off by a space, 第五条 规定的…, stays one: the test below).
    const bool set_off = LabelSetOff(line);
    // 第四条、2020年…, 第五条、第三条所称…: the next article's label set off by a web page's 、.
    const bool next_after_mark = level == kArticle && StartsWith(mk.rest, "、") && mk.num == last_article + 1;
    if (!set_off && !next_after_mark && RxFind(mk.rest, "article_crossref_strong"_rx)) return std::nullopt;
    if (level == kArticle) {
      if (auto sub = ParseChineseNumeral(GroupView(m, "sub"))) mk.sub = *sub;
      bool crossref = !set_off && !next_after_mark && RxFind(mk.rest, "article_crossref_rest"_rx);
      // The next article, or one inserted after the last (第二条之一 after 第二条).
      const bool next = mk.num == last_article + 1 || (mk.sub > 0 && mk.num == last_article);
      if (crossref && !next) return std::nullopt;
      // Run on from a reference the line before wrapped: never a label set off by a space, nor
      // one under a heading (第二章 法律适用 / 第五条…).
      if (!next && !set_off && previous && RxFind(*previous, "article_crossref_lead"_rx) &&
          !RxFull(*previous, "article_chapter"_rx) && !RxFull(*previous, "article_section"_rx))
        return std::nullopt;
    }
    mk.label = LabelOf(t, mk.rest);
    DropLabelSeparator(mk.rest);  // 第一条、为了…, 第一条:为了…
    return mk;
  }
  for (size_t i = kFirstItem; i < kMarkerCount; ++i) {
    if (!(may >> i & 1) || !line_marker.Full(i, m)) continue;
    const int rank = static_cast<int>(i - kFirstItem);
    const std::string_view n = GroupView(m, "num");
    std::optional<int> num = rank == 4 ? std::optional<int>(CircledValue(n)) : ParseChineseNumeral(n);
    if (!num) return std::nullopt;
    Marker mk{NodeKind::kItem, kItem + rank, *num, 0, "", line_marker.Rest(m)};
    mk.label = LabelOf(t, mk.rest);
    return mk;
  }
  return std::nullopt;
}

}  // namespace gazette::articles
