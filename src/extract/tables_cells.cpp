// Cells of catalog tables: splitting a printed row into cells and cleaning each by its type.
//
// Spacing policy (the text is OCR'd from PDFs, where a cell's own line wraps and letter-spacing
// both print as spaces):
//  - text and bilingual cells: every space between two CJK characters (or CJK and a digit) is
//    removed (美国 注 册 会 计 师 → 美国注册会计师; 文化旅游 及娱乐服务 → 文化旅游及娱乐服务);
//    spaces between Latin words stay; a capital split off an upper-case word before CJK is
//    rejoined (DELT A 英语 → DELTA 英语).
//  - list cells (国家(地区)): a space between two words is a separator and is kept
//    (英国 美国 stays two countries); runs of single letter-spaced characters are joined.
//  - bilingual cells (证书颁发机构): also split into the Chinese names and the English names, each
//    list joined with "; ".
#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string_view>

#include "util/numerals.hpp"
#include "extract/tables_internal.hpp"
#include "grammar/grammar.hpp"
#include "normalize/normalizer.hpp"
#include "segment/docno.hpp"
#include "util/text.hpp"

namespace gazette::tables {
namespace {

/// Counts the tabs in the run of white space at the start (or, with FROM_END, the end) of S.
size_t EdgeTabs(const std::string& s, bool from_end) {
  size_t tabs = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    char c = s[from_end ? s.size() - 1 - k : k];
    if (c == '\t') ++tabs;
    else if (c != ' ' && c != '\r') break;
  }
  return tabs;
}

/// S split at runs of white space: spaces, tabs and ideographic spaces (U+3000), each word a view
/// into S (a copy of each word cost SplitBilingual an allocation a word), appended to OUT.
void WordsInto(std::string_view s, std::vector<std::string_view>& out) {
  static constexpr std::string_view kIdeographicSpace = "\u3000";
  size_t word = 0;  // where the current word began
  for (size_t i = 0; i <= s.size();) {
    const char c = i == s.size() ? ' ' : s[i];  // the end closes the last word
    size_t gap = c == ' ' || c == '\t' ? 1 : 0;
    if (c == kIdeographicSpace[0] && s.compare(i, kIdeographicSpace.size(), kIdeographicSpace) == 0)
      gap = kIdeographicSpace.size();
    if (!gap) {
      ++i;
      continue;
    }
    if (i > word) out.push_back(s.substr(word, i - word));
    i += gap;
    word = i;
  }
}

/// The words of S (WordsInto).
std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  WordsInto(s, out);
  return out;
}

/// True when S holds a Han character: its code points read in place (as ToU32 reads them, a
/// malformed sequence as U+FFFD, which is not Han), without a copy of the word. An ASCII byte is
/// a code point of its own and no Han: the English words are passed over a byte at a time.
bool HasHan(std::string_view s) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    if (bytes[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, i, n, c);
    if (c >= 0 && IsHan(static_cast<char32_t>(c))) return true;
  }
  return false;
}

/// An upper-case acronym printed before a Chinese name (IMA 管理会计师协会, 美国 IEEE 计算机协会).
bool IsAcronym(std::string_view w) {
  if (w.size() > 8) return false;
  bool letter = false;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') letter = true;
    else if (!(c >= '0' && c <= '9') && c != '&' && c != '-') return false;
  }
  return letter;
}

/// True when T holds a capital, a space and a capital (A B): what every match of
/// table_split_caps holds, and few cells do, so most skip the regex.
bool MaySplitCaps(const std::string& t) {
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  for (size_t i = t.find(' '); i != std::string::npos && i + 1 < t.size(); i = t.find(' ', i + 1))
    if (i > 0 && upper(t[i - 1]) && upper(t[i + 1])) return true;
  return false;
}

// Trimmed where it lies and in place: Trim copied the text before and after RemoveCjkSpacing.
std::string CleanText(const std::string& raw) {
  std::string t = RemoveCjkSpacing(TrimmedView(raw));
  TrimOwned(t);
  if (!MaySplitCaps(t)) return t;
  std::string joined = RxReplace(std::move(t), "table_split_caps", "$1$2");
  TrimOwned(joined);
  return joined;
}

std::string CleanList(const std::string& raw) {
  std::vector<std::string> items;
  bool last_single = false;
  for (const std::string_view w : Words(raw)) {
    bool single = CodePointCount(w) == 1 && HasHan(w);
    if (single && last_single && !items.empty()) items.back() += w;
    else items.emplace_back(w);
    last_single = single;
  }
  for (auto& item : items) item = CleanText(item);
  return Join(items, " ");
}

}  // namespace

std::vector<std::string> SplitCells(const TextLine& line) {
  const size_t lead = EdgeTabs(line.printed, false), trail = EdgeTabs(line.printed, true);
  const std::string_view text = line.inline_text;
  // The tabs found by memchr, once (std::count read the line a byte at a time to size the list).
  thread_local std::vector<size_t> tabs;
  tabs.clear();
  for (size_t tab = text.find('\t'); tab != std::string_view::npos; tab = text.find('\t', tab + 1)) tabs.push_back(tab);
  std::vector<std::string> cells;
  cells.reserve(lead + tabs.size() + 1 + trail);
  cells.resize(lead);
  // Each piece between tabs trimmed where it lies (Split then Trim copied each cell twice).
  size_t start = 0;
  for (const size_t tab : tabs) {
    cells.emplace_back(TrimmedView(text.substr(start, tab - start)));
    start = tab + 1;
  }
  cells.emplace_back(TrimmedView(text.substr(start)));
  cells.resize(cells.size() + trail);
  return cells;
}

namespace {

/// Runs of words, one list of words each, in order: the lists' room kept from cell to cell (a
/// list for the words and one per run cost SplitBilingual an allocation each). Erase moves the
/// runs after I down one place as a vector's erase moves them, and leaves the place past the end
/// holding no word, as the place a vector's erase emptied.
class WordRuns {
 public:
  using Run = std::pair<bool, std::vector<std::string_view>>;  // Han or Latin, its words
  void Clear() { size_ = 0; }
  size_t size() const { return size_; }
  Run& operator[](size_t i) { return runs_[i]; }
  Run& back() { return runs_[size_ - 1]; }
  Run& Push(bool han) {
    if (size_ == runs_.size()) runs_.emplace_back();
    Run& run = runs_[size_++];
    run.first = han;
    run.second.clear();
    return run;
  }
  void Erase(size_t i) {
    std::rotate(runs_.begin() + static_cast<long>(i), runs_.begin() + static_cast<long>(i) + 1,
                runs_.begin() + static_cast<long>(size_));
    runs_[--size_].second.clear();
  }

 private:
  std::vector<Run> runs_;
  size_t size_ = 0;
};

}  // namespace

Bilingual SplitBilingual(const std::string& raw) {
  // Runs of Han words and runs of Latin words, in order, in the thread's lists.
  thread_local std::vector<std::string_view> words;
  thread_local WordRuns runs;
  words.clear();
  runs.Clear();
  WordsInto(raw, words);
  for (const std::string_view w : words) {
    bool han = HasHan(w);
    if (runs.size() == 0 || runs.back().first != han) runs.Push(han);
    runs.back().second.push_back(w);
  }
  // A lone acronym before a Han run belongs to the Chinese name.
  for (size_t i = 0; i + 1 < runs.size(); ++i) {
    if (runs[i].first || runs[i].second.size() != 1 || !runs[i + 1].first || !IsAcronym(runs[i].second[0])) continue;
    auto& han_after = runs[i + 1].second;
    han_after.insert(han_after.begin(), runs[i].second[0]);
    runs.Erase(i);  // the Han run, the acronym first, now at I
    if (i > 0 && runs[i - 1].first) {  // Han, acronym, Han: one name, the Han run before it first
      auto& prev = runs[i - 1].second;
      const auto& merged = runs[i].second;
      prev.insert(prev.end(), merged.begin(), merged.end());
      runs.Erase(i);
      --i;  // the run now at I follows the name: the loop's next look is at it
    }
  }
  // Each run's words joined with spaces and cleaned, the runs of each language joined with "; "
  // (as Join of the cleaned runs): one buffer for the words, no list of strings.
  Bilingual out;
  bool any_zh = false, any_en = false;
  std::string joined;
  for (size_t r = 0; r < runs.size(); ++r) {
    const auto& [han, run_words] = runs[r];
    joined.clear();
    for (size_t k = 0; k < run_words.size(); ++k) {
      if (k) joined += ' ';
      joined += run_words[k];
    }
    std::string& names = han ? out.zh : out.en;
    bool& any = han ? any_zh : any_en;
    if (any) names += "; ";
    names += CleanText(joined);
    any = true;
  }
  return out;
}

std::string CleanCell(const std::string& raw, ColumnType type) {
  if (type == ColumnType::kSeq || type == ColumnType::kCode) return HeaderKey(raw);  // StripSpaces(NormalizeText(raw))
  if (type == ColumnType::kDocno) {
    std::string d = NormalizeDocnoList(raw);  // 京交发〔2012〕7号、13号: every number
    return d.empty() ? CleanText(raw) : d;
  }
  if (type == ColumnType::kList) return CleanList(raw);
  return CleanText(raw);
}

CellCleaner::CellCleaner() {
  memo_.reserve(std::size(Spellings<ColumnType>::table));
  for (size_t i = 0; i < std::size(Spellings<ColumnType>::table); ++i) memo_.emplace_back(&arena_);
}

const std::string& CellCleaner::operator()(const std::string& raw, ColumnType type) {
  return Remembered(memo_.at(static_cast<size_t>(type)), raw, [&] { return CleanCell(raw, type); });
}

const Bilingual& CellCleaner::Split(const std::string& raw) {
  return Remembered(bilingual_, raw, [&] { return SplitBilingual(raw); });
}

std::string JoinWrapped(const std::string& a, const std::string& b) {
  if (Trim(a).empty()) return Trim(b);
  if (Trim(b).empty()) return Trim(a);
  return Trim(a) + " " + Trim(b);
}

namespace {

/// The value of DIGITS (ASCII digits only) up to their fifth: what table_seq_number's \d{1,5}
/// takes of them, its first alternative, at the first position.
int LeadingDigitsValue(std::string_view digits) {
  int value = 0;
  for (char c : digits.substr(0, 5)) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

std::optional<std::string> SeqReadAsDigits(const std::string& seq) {
  // I and | read for 1 only beside a digit (I2, |3): I, II, III alone are Roman numerals.
  static constexpr std::string_view kOne = "l", kOneBesideDigit = "I|", kZero = "Oo";
  if (seq.empty() || seq.size() > 5) return std::nullopt;
  bool digit = false, letter = false, one = false;
  std::string read;
  for (char c : seq) {
    if (c >= '0' && c <= '9') digit = true, read += c;
    else if (kOne.find(c) != std::string_view::npos) letter = one = true, read += '1';
    else if (kOneBesideDigit.find(c) != std::string_view::npos) letter = true, read += '1';
    else if (kZero.find(c) != std::string_view::npos) letter = true, read += '0';
    else return std::nullopt;
  }
  if (!letter || !(digit || one) || read.front() == '0') return std::nullopt;
  return read;
}

int SeqNumber(const std::string& seq) {
  if (!seq.empty() && std::all_of(seq.begin(), seq.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
      DigitsLeadSeqNumber())
    return LeadingDigitsValue(seq);  // most 序号 (NormalizeText leaves digits as they are)
  Match m;
  std::string s = NormalizeText(seq);
  if (!RxSearch(s, "table_seq_number", m)) return 0;
  std::string n = Group(m, "num");
  int value = 0;
  auto [p, ec] = std::from_chars(n.data(), n.data() + n.size(), value);
  if (ec == std::errc() && p == n.data() + n.size()) return value;
  auto cn = ParseChineseNumeral(n);
  return cn ? *cn : 0;
}

bool IsSeqKey(const std::string& key) {
  // Most 序号 are one to five ASCII digits, table_seq's first alternative (\d{1,5}): no engine.
  if (!key.empty() && key.size() <= 5 && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
      DigitsAreSeqKey())
    return true;
  return RxFull(key, "table_seq");
}

bool IsSeqCell(const std::string& cell) { return IsSeqKey(HeaderKey(cell)); }

// True when CELL (its HeaderKey KEY) reads 合计, 总计… (table_total_row of its NormalizeText). The
// key is asked first: the pattern takes white space only between its characters, so the text
// without its spaces matches whenever the text does, and a cell whose key does not match (every
// 序号) needs no NormalizeText. Before the key's search, its first character: one every match may
// start with (合, 总, 小, 共, read from the pattern: KeyMayReadTotal).
bool IsTotalCell(const std::string& cell, const std::string& key) {
  return KeyMayReadTotal(key) && RxFull(key, "table_total_row") &&
         RxFull(NormalizeText(cell), "table_total_row");
}

// True when CELL opens a bracket or quote it does not close: its text goes on elsewhere.
bool Unbalanced(const std::string& cell) {
  static const std::pair<const char*, const char*> kPairs[] = {{"《", "》"}, {"(", ")"}, {"“", "”"}, {"〈", "〉"}};
  for (const auto& [open, close] : kPairs) {
    size_t opens = 0, closes = 0;
    for (size_t p = cell.find(open); p != std::string::npos; p = cell.find(open, p + 1)) ++opens;
    for (size_t p = cell.find(close); p != std::string::npos; p = cell.find(close, p + 1)) ++closes;
    if (opens > closes) return true;
  }
  return false;
}

}  // namespace gazette::tables
