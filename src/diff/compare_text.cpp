#include "diff/compare_text.hpp"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <unordered_map>

#include "normalize/normalizer.hpp"
#include "util/text.hpp"

namespace gazette::diff {
namespace {

// Above this product of lengths the middle of two texts is not searched for a common
// subsequence (the table would pass 16 MB); it is shown as one replacement.
constexpr size_t kMaxDiffCells = 4'000'000;

bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0xA0; }

char32_t FoldBracket(char32_t c) {
  switch (c) {
    case U'〔': case U'［': case U'【': case U'（': case U'[': return U'(';
    case U'〕': case U'］': case U'】': case U'）': case U']': return U')';
    case U'〈': return U'《';
    case U'〉': return U'》';
    default: return c;
  }
}

std::vector<int> ToIds(const std::vector<std::string>& graphemes, Symbols& symbols) {
  std::vector<int> ids;
  ids.reserve(graphemes.size());
  for (const auto& g : graphemes) ids.push_back(symbols.Id(g));
  return ids;
}

/// One step of an edit script over the significant graphemes of both sides.
struct Step {
  DiffSpan::Op op;
  size_t index;  ///< in the old list for kEqual/kDelete, in the new list for kInsert
  size_t other;  ///< in the new list for kEqual
};

/// The edit script turning A into B: common prefix and suffix, then an LCS table on the middle.
std::vector<Step> EditScript(const std::vector<int>& a, const std::vector<int>& b) {
  size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
  size_t suf = 0;
  while (suf < a.size() - pre && suf < b.size() - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf])
    ++suf;
  size_t n = a.size() - pre - suf, m = b.size() - pre - suf;
  std::vector<Step> steps;
  for (size_t i = 0; i < pre; ++i) steps.push_back({DiffSpan::Op::kEqual, i, i});
  if (n * m > kMaxDiffCells) {
    for (size_t i = 0; i < n; ++i) steps.push_back({DiffSpan::Op::kDelete, pre + i, 0});
    for (size_t j = 0; j < m; ++j) steps.push_back({DiffSpan::Op::kInsert, pre + j, 0});
  } else {
    // len[i][j] = LCS of a[pre+i..] and b[pre+j..]
    std::vector<uint32_t> len((n + 1) * (m + 1), 0);
    auto at = [&](size_t i, size_t j) -> uint32_t& { return len[i * (m + 1) + j]; };
    for (size_t i = n; i-- > 0;)
      for (size_t j = m; j-- > 0;)
        at(i, j) = a[pre + i] == b[pre + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[pre + i] == b[pre + j]) {
        steps.push_back({DiffSpan::Op::kEqual, pre + i, pre + j});
        ++i, ++j;
      } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {  // deletions first
        steps.push_back({DiffSpan::Op::kDelete, pre + i, 0});
        ++i;
      } else {
        steps.push_back({DiffSpan::Op::kInsert, pre + j, 0});
        ++j;
      }
    }
  }
  for (size_t k = 0; k < suf; ++k)
    steps.push_back({DiffSpan::Op::kEqual, a.size() - suf + k, b.size() - suf + k});
  return steps;
}

/// Slides every run of only insertions (or only deletions) right past the equal graphemes that
/// repeat its first one, so that an edit ends where a word does: "Financ[e 国际商会 … Trad]e"
/// becomes "Finance[ 国际商会 … Trade]".
void SlideEdits(std::vector<Step>& steps, const std::vector<int>& a, const std::vector<int>& b) {
  for (size_t k = 0; k < steps.size();) {
    DiffSpan::Op op = steps[k].op;
    size_t r = k;
    while (r < steps.size() && steps[r].op == op) ++r;
    bool before = k > 0 && steps[k - 1].op != DiffSpan::Op::kEqual;  // next to the other kind of edit
    if (op == DiffSpan::Op::kEqual || before || r >= steps.size() || steps[r].op != DiffSpan::Op::kEqual) {
      k = r;
      continue;
    }
    bool insert = op == DiffSpan::Op::kInsert;
    const std::vector<int>& side = insert ? b : a;
    size_t edited = steps[k].index, equal = insert ? steps[r].other : steps[r].index;
    if (side[edited] != side[equal]) {
      k = r;
      continue;
    }
    // The equal step now pairs at EDITED on this side; the edits move one place right.
    Step moved = steps[r];
    (insert ? moved.other : moved.index) = edited;
    for (size_t t = k; t < r; ++t) ++steps[t].index;
    steps.erase(steps.begin() + std::ptrdiff_t(r));
    steps.insert(steps.begin() + std::ptrdiff_t(k), moved);
    ++k;
  }
}

void Append(std::vector<DiffSpan>& spans, DiffSpan::Op op, const std::string& text) {
  if (text.empty()) return;
  if (!spans.empty() && spans.back().op == op) spans.back().text += text;
  else spans.push_back({op, text});
}

/// A side's graphemes, and the positions of those that count (not white space).
struct Side {
  std::vector<std::string> graphemes;
  std::vector<size_t> significant;  ///< indices into graphemes
  std::vector<std::string> keys;    ///< CompareForm of each significant grapheme
  size_t emitted = 0;               ///< graphemes already written to the side's spans
};

Side MakeSide(std::string_view text) {
  Side s;
  s.graphemes = Graphemes(text);
  for (size_t i = 0; i < s.graphemes.size(); ++i) {
    std::string key = CompareForm(s.graphemes[i]);
    if (key.empty()) continue;
    s.significant.push_back(i);
    s.keys.push_back(std::move(key));
  }
  return s;
}

/// Writes SIDE's graphemes up to and including significant grapheme K: the grapheme as OP, to
/// SPANS (and to UNIFIED when given); white space before it as OP inside a run of OP, else kEqual.
void Emit(Side& side, size_t k, DiffSpan::Op op, std::vector<DiffSpan>& spans,
          std::vector<DiffSpan>* unified) {
  size_t upto = side.significant[k];
  DiffSpan::Op space = !spans.empty() && spans.back().op == op ? op : DiffSpan::Op::kEqual;
  for (; side.emitted < upto; ++side.emitted) {  // a deletion's white space stays out of UNIFIED
    Append(spans, space, side.graphemes[side.emitted]);
    if (unified && op != DiffSpan::Op::kDelete) Append(*unified, space, side.graphemes[side.emitted]);
  }
  Append(spans, op, side.graphemes[upto]);
  if (unified) Append(*unified, op, side.graphemes[upto]);
  side.emitted = upto + 1;
}

void EmitRest(Side& side, std::vector<DiffSpan>& spans, std::vector<DiffSpan>* unified) {
  for (; side.emitted < side.graphemes.size(); ++side.emitted) {
    Append(spans, DiffSpan::Op::kEqual, side.graphemes[side.emitted]);
    if (unified) Append(*unified, DiffSpan::Op::kEqual, side.graphemes[side.emitted]);
  }
}

}  // namespace

std::string CompareForm(std::string_view text) {
  std::u32string out;
  for (char32_t c : ToU32(NormalizeText(text)))
    if (!IsSpace(c)) out.push_back(FoldBracket(c));
  return ToUtf8(out);
}

std::string MatchForm(std::string_view text) {
  std::string form = CompareForm(text);
  std::string folded;
  icu::UnicodeString::fromUTF8(form).foldCase().toUTF8String(folded);
  return folded;
}

std::vector<std::string> Graphemes(std::string_view text) {
  std::vector<std::string> out;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), int32_t(text.size())));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) {  // no break data: code points
    for (char32_t c : ToU32(text)) out.push_back(ToUtf8(std::u32string(1, c)));
    return out;
  }
  it->setText(u);
  for (int32_t begin = it->first(), end = it->next(); end != icu::BreakIterator::DONE;
       begin = end, end = it->next()) {
    std::string g;
    u.tempSubStringBetween(begin, end).toUTF8String(g);
    out.push_back(std::move(g));
  }
  return out;
}

LcsPattern::LcsPattern(const std::vector<int>& a)
    : size_(a.size()), words_((a.size() + 63) / 64), symbols_(a) {
  std::sort(symbols_.begin(), symbols_.end());
  symbols_.erase(std::unique(symbols_.begin(), symbols_.end()), symbols_.end());
  masks_.assign(symbols_.size() * words_, 0);
  for (size_t i = 0; i < a.size(); ++i) {
    size_t s = size_t(std::lower_bound(symbols_.begin(), symbols_.end(), a[i]) - symbols_.begin());
    masks_[s * words_ + i / 64] |= uint64_t(1) << (i % 64);
  }
}

size_t LcsPattern::LcsLength(const std::vector<int>& b) const {
  if (size_ == 0 || b.empty()) return 0;
  constexpr size_t kOnStack = 8;  // texts of up to 512 graphemes: no allocation
  uint64_t on_stack[kOnStack];
  std::vector<uint64_t> on_heap;
  uint64_t* v = on_stack;
  if (words_ > kOnStack) {
    on_heap.resize(words_);
    v = on_heap.data();
  }
  std::fill(v, v + words_, ~uint64_t(0));
  for (int c : b) {
    auto found = std::lower_bound(symbols_.begin(), symbols_.end(), c);
    if (found == symbols_.end() || *found != c) continue;
    const uint64_t* m = masks_.data() + size_t(found - symbols_.begin()) * words_;
    uint64_t carry = 0;
    for (size_t w = 0; w < words_; ++w) {  // V = (V + (V & M)) | (V & ~M), with carry across words
      uint64_t u = v[w] & m[w];
      uint64_t sum = v[w] + u;
      uint64_t c1 = sum < v[w];
      uint64_t sum2 = sum + carry;
      uint64_t c2 = sum2 < sum;
      carry = c1 | c2;
      v[w] = sum2 | (v[w] & ~m[w]);
    }
  }
  size_t zeros = 0;
  for (size_t i = 0; i < size_; ++i) zeros += !((v[i / 64] >> (i % 64)) & 1);
  return zeros;
}

size_t LcsLength(const std::vector<int>& a, const std::vector<int>& b) { return LcsPattern(a).LcsLength(b); }

int Symbols::Id(const std::string& g) { return ids_.emplace(g, int(ids_.size())).first->second; }

std::vector<int> Symbols::MatchIds(std::string_view text) { return ToIds(Graphemes(MatchForm(text)), *this); }

double Ratio(const LcsPattern& a, const std::vector<int>& b) {
  if (a.size() == 0 && b.empty()) return 1.0;
  return 2.0 * double(a.LcsLength(b)) / double(a.size() + b.size());
}

double Ratio(const std::vector<int>& a, const std::vector<int>& b) { return Ratio(LcsPattern(a), b); }

double Similarity(std::string_view a, std::string_view b) {
  Symbols symbols;
  return Ratio(symbols.MatchIds(a), symbols.MatchIds(b));
}

TextDiff DiffText(std::string_view old_text, std::string_view new_text) {
  Side o = MakeSide(old_text), n = MakeSide(new_text);
  Symbols symbols;
  std::vector<int> a = ToIds(o.keys, symbols), b = ToIds(n.keys, symbols);
  std::vector<Step> steps = EditScript(a, b);
  SlideEdits(steps, a, b);
  TextDiff d;
  for (const auto& s : steps) {
    if (s.op == DiffSpan::Op::kEqual) {
      Emit(o, s.index, s.op, d.old_spans, nullptr);
      Emit(n, s.other, s.op, d.new_spans, &d.unified);
    } else if (s.op == DiffSpan::Op::kDelete) {
      Emit(o, s.index, s.op, d.old_spans, &d.unified);
    } else {
      Emit(n, s.index, s.op, d.new_spans, &d.unified);
    }
  }
  EmitRest(o, d.old_spans, nullptr);
  EmitRest(n, d.new_spans, &d.unified);
  return d;
}

}  // namespace gazette::diff
