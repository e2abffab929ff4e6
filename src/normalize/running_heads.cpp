// Running heads and page furniture: the title-shaped heads a layout repeats at the top of its pages
// (RunningHeads), and IsFurniture, the lines of a page's furniture (furniture, furniture_other_gazette).
#include "normalize/running_heads.hpp"
#include "normalize/normalizer.hpp"

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>

#include "grammar/grammar.hpp"
#include "util/text.hpp"

namespace gazette::normalize_internal {

namespace {

// The longest line of a web page's metadata asked (bytes): a label and a title of 80 characters.
constexpr size_t kMaxWebMetaLine = 300;

// Where a web page's first label ends at the latest (bytes: 6 characters, 发布机关, 您现在的位置), and
// the longest line of its tools without a label (【打印本页】【关闭窗口】【返回顶部】).
constexpr size_t kMaxWebLabel = 18;
constexpr size_t kMaxWebToolLine = 90;

// The most bytes a running head holds: running_head_title's 50 characters.
constexpr size_t kMaxHeadBytes = 150;

// True for a title-shaped line (running_head_title). Most lines (a paragraph, a table's row) are
// turned away by their length or a tab before the pattern is asked.
bool TitleShaped(const std::string& text) {
  return text.size() <= kMaxHeadBytes && text.find('\t') == std::string::npos &&
         RxFind(text, "running_head_title_end"_rx) && RxFull(text, "running_head_title"_rx);
}

// True if NEXT goes on with the units of a text under way (第三条, 二、, (二), 2.), not its first
// (第一条, 一、): a running head stands between two units, a title above a document's first.
bool ContinuesUnits(const TextLine& next) {
  return !next.heading && !next.bold && RxFind(next.text, "running_head_next_unit"_rx) &&
         !RxFind(next.text, "running_head_opening"_rx);
}

}  // namespace

bool OpensDocument(const TextLine& next) {
  if (next.heading || next.bold) return true;
  if (next.has_tab) return RxFind(next.text, "running_head_table_header"_rx);
  // A contents entry goes on with its 文号 or page: …(京政发〔2024〕7号)……(5).
  if (RxFind(next.text, "contents_page"_rx) || RxFind(next.text, "contents_page_bare"_rx)) return true;
  return RxFind(next.text, "line_start_docno"_rx) || RxFind(next.text, "line_start_dating"_rx) ||
         RxFind(next.text, "running_head_opening"_rx) || RxFull(next.text, "recipients_line"_rx) ||
         RxFull(next.text, "agency_line"_rx) || TitleShaped(next.text);
}

bool RunningHeads::CutsSentence(const std::string& text) const {
  return text.size() <= kMaxHeadBytes && seen_.count(std::hash<std::string_view>{}(text)) > 0 && TitleShaped(text);
}

void RunningHeads::Kept(const std::string& text, size_t index, bool after_furniture) {
  // Every short line is remembered by its hash, and only one after a page's furniture is asked
  // the pattern: a line the same as a title-shaped one is title-shaped too.
  if (text.size() > kMaxHeadBytes) return;
  const bool repeated = !seen_.insert(std::hash<std::string_view>{}(text)).second;
  if (!after_furniture || !TitleShaped(text)) return;
  candidates_.push_back({index, text, repeated});
  ++after_furniture_[text];
}

void RunningHeads::FurnitureAfter(size_t index) {
  if (candidates_.empty() || candidates_.back().index != index) return;
  --after_furniture_[candidates_.back().text];
  candidates_.pop_back();
}

void RunningHeads::DropRecurring(std::vector<TextLine>& lines) const {
  std::vector<size_t> drop;
  for (const auto& c : candidates_) {
    if (!c.repeated && after_furniture_.at(c.text) < 2) continue;
    if (c.index + 1 >= lines.size() || !ContinuesUnits(lines[c.index + 1])) continue;
    const TextLine& line = lines[c.index];
    if (line.joins.empty() && line.text == c.text && !line.heading && !line.bold) drop.push_back(c.index);
  }
  if (drop.empty()) return;
  size_t next = 0, out = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (next < drop.size() && drop[next] == i) {
      ++next;
      continue;
    }
    if (out != i) lines[out] = std::move(lines[i]);
    ++out;
  }
  lines.resize(out);
}

bool HeldTitle::Release(const TextLine& next, RunningHeads& heads, std::vector<TextLine>& lines) {
  if (!held_) return false;
  const bool title = OpensDocument(next);
  if (title) {
    heads.Kept(held_->text, lines.size(), true);
    lines.push_back(std::move(*held_));
  }
  held_.reset();
  return title;
}

void HeldTitle::Flush(std::vector<TextLine>& lines) {
  if (held_) lines.push_back(std::move(*held_));
  held_.reset();
}

bool IsWebFurniture(const std::string& line) {
  // Asked of every line: the pattern only of one holding a colon (its labels, counters, links and
  // breadcrumb's 当前位置:) or opening as a tool or a breadcrumb does.
  static constexpr std::string_view kOpenings[] = {"【", "打印", "关闭", "收藏", "加入收藏", "我要纠错", "返回顶部", "保存本页",
                                                   "分享", "扫一扫", "首页", "网站首页", "主页", "相关链接", "字号", "字体"};
  static const std::u32string kOpeningCharacters = [] {  // their first characters, asked before them
    std::u32string first;
    for (std::string_view o : kOpenings) first += FirstCodePoint(o);
    return first;
  }();
  // A label before its colon is short (浏览次数:, 当前位置:, 上一篇:); a tool's line is short too.
  const size_t colon = line.find(':');
  const bool labelled = colon != std::string::npos && colon <= kMaxWebLabel;
  if (!labelled && (line.size() > kMaxWebToolLine || kOpeningCharacters.find(FirstCodePoint(line)) == std::u32string::npos ||
                    std::none_of(std::begin(kOpenings), std::end(kOpenings), [&](std::string_view o) { return StartsWith(line, o); })))
    return false;
  return RxFull(line, "furniture_web"_rx);
}

bool IsWebMetaLine(const std::string& line) { return line.size() <= kMaxWebMetaLine && RxFull(line, "furniture_web_meta"_rx); }

}  // namespace gazette::normalize_internal

namespace gazette {

namespace {

// The longest running head of another gazette asked (bytes): its name, its issue and a page number.
constexpr size_t kMaxOtherGazetteHead = 120;

// True when LINE ends as a running head does: its issue or page number (期, 页, ), a digit, -, ·), or the
// gazette's name after its issue (…公报).
bool EndsLikeHead(std::string_view line) {
  const char32_t last = LastCodePoint(line);
  return last == U'期' || last == U'报' || last == U'页' || last == U')' || last == U'-' || last == U'·' || (last >= U'0' && last <= U'9');
}

}  // namespace

bool IsFurniture(const std::string& normalized_line) {
  return RxFull(normalized_line, "furniture"_rx) ||
         (StartsWith(normalized_line, "签发人") && RxFull(normalized_line, "furniture_signer"_rx)) ||
         (normalized_line.size() <= 24 && RxFull(normalized_line, "table_continued"_rx)) ||
         normalize_internal::IsWebFurniture(normalized_line) ||
         // Another gazette's head (广东省人民政府公报 2014年第30期): a short line ending with its issue or a
         // page number and holding 公报 alone is asked.
         (normalized_line.size() <= kMaxOtherGazetteHead && EndsLikeHead(normalized_line) &&
          normalized_line.find("公报") != std::string::npos && RxFull(normalized_line, "furniture_other_gazette"_rx));
}

}  // namespace gazette
