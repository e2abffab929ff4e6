// Recognising the line that opens a node of an article tree: 第N编/章/节/条, 一、, (一), 1., (1), ①,
// each a pattern of grammars/articles.grammar matched against all of the line (its head, where
// the engine need not read the rest).
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "extract/articles_internal.hpp"
#include "grammar/grammar.hpp"
#include "util/numerals.hpp"
#include "util/text.hpp"

namespace gazette::articles {
namespace {

/// Item patterns by rank: 一、 (0), (一) (1), 1. (2), (1) (3), ① (4).
constexpr const char* kItemPatterns[] = {"article_cn_section", "article_item_cn", "article_item_digit",
                                         "article_item_paren_digit", "article_item_circled"};

int CircledValue(std::string_view s) {
  return s.empty() ? 0 : int(FirstCodePoint(s) - U'①') + 1;  // its first code point, read in place
}

/// The text between the label and REST in TEXT (the label as printed, normalized).
std::string LabelOf(const std::string& text, const std::string& rest) {
  return Trim(std::string_view(text).substr(0, text.size() - rest.size()));
}

/// True if the label of a 第N条 line is set off from its text (a space, bold, or nothing after
/// it), the way articles are printed and cross-references are not.
bool LabelSetOff(const TextLine& line) {
  const std::string_view inl = TrimmedView(line.inline_text);
  static constexpr std::string_view kTiao = "条";
  size_t pos = inl.find(kTiao);
  if (pos == std::string_view::npos) return false;
  const std::string_view after = inl.substr(pos + kTiao.size());
  if (after.empty() || after[0] == ' ' || after[0] == '\t') return true;
  return line.printed.find("条**") != std::string::npos;
}

/// The marker patterns asked of one line, each matched against all of it: asked of its head
/// (MarkerHead) where that is shorter, which gives the same answer and groups, REST starting at
/// the same byte (each pattern's rest, .*$, takes any tail; one not UTF-8 goes the old way, as
/// the engine refuses it). A marker line runs on far past its label: the engine then summarizes
/// and decodes a few dozen bytes, not the line.
class MarkerMatcher {
 public:
  explicit MarkerMatcher(const std::string& text) : text_(text), cut_(MarkerHead(text)) {
    if (cut_ < text.size()) Head().assign(text, 0, cut_);
  }
  /// RxFull(line, PATTERN, M); M may be over the head (a buffer of the job's, until the next line).
  bool Full(const char* pattern, Match& m) {
    if (cut_ == text_.size()) return RxFull(text_, pattern, m);
    if (!RxFull(Head(), pattern, m)) return false;
    if (tail_utf8_ < 0) tail_utf8_ = IsValidUtf8(std::string_view(text_).substr(cut_));
    return tail_utf8_ > 0 || RxFull(text_, pattern, m);
  }
  /// The line from group "rest" of M (a match Full made) on.
  std::string Rest(const Match& m) const { return text_.substr(static_cast<size_t>(m.position("rest"))); }

 private:
  static std::string& Head() {
    thread_local std::string head;
    return head;
  }
  const std::string& text_;
  size_t cut_;
  int tail_utf8_ = -1;  ///< whether the line past the head is UTF-8 (-1: not yet asked)
};

}  // namespace

std::optional<Marker> ParseMarker(const TextLine& line, int last_article) {
  const std::string& t = line.text;
  Match m;
  struct Heading { const char* pattern; NodeKind kind; int level; };
  static const Heading kHeads[] = {{"article_part", NodeKind::kPart, kPart},
                                   {"article_chapter", NodeKind::kChapter, kChapter},
                                   {"article_section", NodeKind::kSection, kSection},
                                   {"article_article", NodeKind::kArticle, kArticle}};
  // Only the patterns the line's first character may open (most lines: one, or none).
  const unsigned may = MarkerCandidates(t);
  if (may == 0) return std::nullopt;
  MarkerMatcher line_marker(t);
  for (const auto& h : kHeads) {
    if (!(may & kHeadingCandidates)) break;
    if (!line_marker.Full(h.pattern, m)) continue;
    auto num = ParseChineseNumeral(GroupView(m, "num"));
    if (!num) return std::nullopt;
    Marker mk{h.kind, h.level, *num, 0, "", line_marker.Rest(m)};
    if (h.level == kArticle) {
      if (auto sub = ParseChineseNumeral(GroupView(m, "sub"))) mk.sub = *sub;
      bool crossref = RxFind(mk.rest, "article_crossref_rest") && !LabelSetOff(line);
      if (crossref && mk.num != last_article + 1) return std::nullopt;
    }
    mk.label = LabelOf(t, mk.rest);
    return mk;
  }
  for (int rank = 0; rank < 5; ++rank) {
    if (!(may >> rank & 1) || !line_marker.Full(kItemPatterns[rank], m)) continue;
    const std::string_view n = GroupView(m, "num");
    std::optional<int> num = rank == 4 ? std::optional<int>(CircledValue(n)) : ParseChineseNumeral(n);
    if (!num) return std::nullopt;
    Marker mk{NodeKind::kItem, kItem + rank, *num, 0, "", line_marker.Rest(m)};
    mk.label = LabelOf(t, mk.rest);
    return mk;
  }
  return std::nullopt;
}


size_t MarkerHead(const std::string& text) {
  // strcspn reads 16 bytes at a time; a NUL stops it early and the scan goes on past it. 0xE3
  // leads 。 (E3 80 82) and 、 (E3 80 81, which labels hold) alike.
  for (size_t i = 0; i < text.size(); ++i) {
    i += std::strcspn(text.c_str() + i, ",;:\xE3");
    if (i >= text.size()) break;
    if (text[i] == ',' || text[i] == ';' || text[i] == ':') return i;
    if (text.compare(i, 3, "。") == 0) return i;
  }
  return text.size();
}

unsigned MarkerCandidates(std::string_view text) {
  if (text.empty()) return 0;
  const auto lead = static_cast<unsigned char>(text[0]);
  if (lead < 0x80) {
    if (lead == '(') return 1u << 1 | 1u << 3;  // (一), (1)
    if (lead >= '0' && lead <= '9') return 1u << 2 | 1u << 3;  // 1., 1)
    return 0;
  }
  const char32_t first = FirstCodePoint(text);
  if (first == U'第') return kHeadingCandidates;
  // A CJK ideograph of U+3400 to U+9FFF (general category Lo: no \d, no ①) may be a numeral.
  if (first >= 0x3400 && first <= 0x9FFF) return 1u << 0;
  return 1u << 0 | 1u << 2 | 1u << 3 | 1u << 4;  // 〇, a digit of another script, ①, bad UTF-8
}

}  // namespace gazette::articles
