#include "grammar/literals.hpp"

#include <algorithm>
#include <optional>

#include "grammar/literal_info.hpp"
#include "grammar/literal_result.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

using namespace literal_info;  // NOLINT: the analysis is written in its terms

class Analyzer {
 public:
  explicit Analyzer(std::u32string p) : p_(std::move(p)) {}

  Info Run() {
    Info info = Alternation();
    if (i_ != p_.size()) throw Unsupported();
    return info;
  }

 private:
  bool AtEnd() const { return i_ >= p_.size(); }
  char32_t Peek(size_t ahead = 0) const { return i_ + ahead < p_.size() ? p_[i_ + ahead] : 0; }
  char32_t Next() {
    if (AtEnd()) throw Unsupported();
    return p_[i_++];
  }

  Info Alternation() {
    std::vector<Info> branches{Sequence()};
    while (Peek() == U'|') {
      ++i_;
      branches.push_back(Sequence());
    }
    if (branches.size() == 1) return branches[0];
    Info out{Strings{}, Strings{}, Strings{}, Strings{}, {}, Strings{}};
    for (const auto& b : branches) {
      out.tail = Union(out.tail, b.tail);
      out.head = HeadUnion(out.head, b.head);
      out.anchored = Union(out.anchored, b.anchored);
      if (out.exact && b.exact) out.exact->insert(b.exact->begin(), b.exact->end());
      else out.exact.reset();
      if (out.required && b.required) out.required->insert(b.required->begin(), b.required->end());
      else out.required.reset();
    }
    if (out.exact && out.exact->size() > kMaxAlternatives) out.exact.reset();
    if (out.required && !Usable(*out.required)) out.required.reset();
    if (out.required) out.all = {*out.required};
    out.line_start = std::all_of(branches.begin(), branches.end(), [](const Info& b) { return b.line_start; });
    out.asserts = std::any_of(branches.begin(), branches.end(), [](const Info& b) { return b.asserts; });
    for (const auto& b : branches)  // one branch that matches at the text's end is enough
      if (b.sufficient) out.sufficient = Union(out.sufficient ? out.sufficient : Strings{}, b.sufficient);
    if (out.sufficient && out.sufficient->empty()) out.sufficient.reset();
    return out;
  }

  Info Sequence() {
    Strings run{U""};
    bool whole_exact = true;
    std::vector<Info> items;
    std::optional<Strings> best;
    std::vector<Strings> all;
    auto offer = [&](const std::optional<Strings>& s) {
      if (!s || !Usable(*s)) return;
      if (MoreSelective(*s, best)) best = s;
      if (std::find(all.begin(), all.end(), *s) == all.end()) all.push_back(*s);
    };
    while (!AtEnd() && Peek() != U'|' && Peek() != U')') {
      Info item = Quantified();
      items.push_back(item);
      offer(item.required);
      for (const auto& a : item.all) offer(a);
      if (item.exact && run.size() * item.exact->size() <= kMaxAlternatives) {
        Strings product;
        for (const auto& a : run)
          for (const auto& b : *item.exact) product.insert(a + b);
        run = std::move(product);
      } else {
        offer(run);  // the run of exact parts ends here
        whole_exact = false;
        run = item.exact ? *item.exact : Strings{U""};
      }
    }
    offer(run);
    Info out;
    if (whole_exact) out.exact = run;
    out.required = best;
    out.all = std::move(all);
    out.tail = whole_exact ? Bounded(run) : TailOf(items, items.size());
    out.head = HeadOf(items);
    out.line_start = std::any_of(items.begin(), items.end(), [](const Info& item) { return item.line_start; });
    out.asserts = std::any_of(items.begin(), items.end(), [](const Info& item) { return item.asserts; });
    out.sufficient = SufficientEndings(items, run, whole_exact);
    if (!items.empty() && items.back().anchored) {
      // The sequence ends where its last item does; that one's empty ending means the text
      // before it decides how the match ends.
      Strings ends = *items.back().anchored;
      if (ends.erase(U"")) out.anchored = Union(Strings(ends), TailOf(items, items.size() - 1));
      else out.anchored = Bounded(std::move(ends));
    }
    return out;
  }

  // What a text may end with to hold a match of the sequence ITEMS, whose exact strings are RUN
  // where WHOLE_EXACT: the strings themselves where the sequence is strings then $ (line_closed_end's
  // 。$), with no other zero-width test, and none empty (every text would match); a single item's.
  static std::optional<Strings> SufficientEndings(const std::vector<Info>& items, const Strings& run, bool whole_exact) {
    if (items.size() == 1) return items[0].sufficient;
    if (!whole_exact || items.empty() || !items.back().end_of_text || run.count(U"")) return std::nullopt;
    for (size_t i = 0; i + 1 < items.size(); ++i)
      if (items[i].asserts) return std::nullopt;
    return run;
  }

  Info Quantified() {
    Info atom = Atom();
    size_t min = 1, max = 1;
    if (!Quantifier(min, max)) return atom;
    if (Peek() == U'?' || Peek() == U'+') ++i_;  // lazy or possessive: same strings
    if (min == 0) {
      Info out;
      if (atom.exact && max == 1) {
        out.exact = atom.exact;
        out.exact->insert(U"");
      }
      out.tail = Union(atom.tail, Strings{U""});
      out.head = HeadUnion(atom.head, Strings{U""});
      out.asserts = atom.asserts;
      return out;
    }
    if (min == 1 && max == 1) return atom;
    Info out{std::nullopt, atom.required, atom.tail, atom.anchored, atom.all, atom.head, atom.line_start};
    out.asserts = atom.asserts;
    return out;
  }

  bool Quantifier(size_t& min, size_t& max) {
    char32_t c = Peek();
    if (c == U'*') return ++i_, min = 0, max = SIZE_MAX, true;
    if (c == U'+') return ++i_, min = 1, max = SIZE_MAX, true;
    if (c == U'?') return ++i_, min = 0, max = 1, true;
    if (c != U'{') return false;
    size_t j = i_ + 1;
    auto number = [&](size_t& out) {
      size_t start = j;
      out = 0;
      while (j < p_.size() && p_[j] >= U'0' && p_[j] <= U'9') out = out * 10 + (p_[j++] - U'0');
      return j > start;
    };
    if (!number(min)) return false;  // a literal '{'
    max = min;
    if (j < p_.size() && p_[j] == U',') {
      ++j;
      if (!number(max)) max = SIZE_MAX;
    }
    if (j >= p_.size() || p_[j] != U'}') return false;
    i_ = j + 1;
    return true;
  }

  Info Atom() {
    char32_t c = Next();
    switch (c) {
      case U'(': return Group();
      case U'[': return Class();
      case U'\\': return Escape();
      case U'.': return Unknown();
      case U'^': return LineStart();
      case U'$': return EndOfText();
      case U'*':
      case U'+':
      case U'?':
      case U'{': throw Unsupported();
      default: return Literal(std::u32string(1, c));
    }
  }

  Info Group() {
    bool zero_width = false, lookahead = false;
    if (Peek() == U'?') {
      ++i_;
      char32_t k = Next();
      if (k == U'#') {
        while (Next() != U')') {
        }
        return Empty();
      }
      if (k == U'=' || k == U'!') {
        zero_width = true;
        lookahead = k == U'=';
      } else if (k == U'<' && (Peek() == U'=' || Peek() == U'!')) {
        ++i_;
        zero_width = true;
      } else if (k == U'<' || k == U'\'' || (k == U'P' && Peek() == U'<')) {
        if (k == U'P') ++i_;
        char32_t close = k == U'\'' ? U'\'' : U'>';
        while (Next() != close) {
        }
      } else if (k != U':' && k != U'>' && k != U'|') {
        throw Unsupported();  // flags, conditionals, recursion
      }
    }
    Info inner = Alternation();
    if (Next() != U')') throw Unsupported();
    // What a positive lookahead requires is in the text after the match's start, so in the
    // text searched: it may serve as the prefilter (号 in 〔2023〕(?=\d+号)), though it adds
    // nothing to the match.
    if (lookahead) {
      Info out{Strings{U""}, inner.required, Strings{U""}, std::nullopt, inner.all, Strings{U""}};
      out.asserts = true;
      return out;
    }
    return zero_width ? Empty() : inner;
  }

  // [...]: a small enumerable class gives its characters; anything else is unknown.
  Info Class() {
    bool negated = Peek() == U'^';
    if (negated) ++i_;
    Strings chars;
    bool enumerable = !negated;
    bool first = true;
    for (;;) {
      char32_t c = Next();
      if (c == U']' && !first) break;
      first = false;
      if (c == U'[' && (Peek() == U':' || Peek() == U'=' || Peek() == U'.')) {
        char32_t kind = Next();
        while (!(Next() == kind && Peek() == U']')) {
        }
        ++i_;
        enumerable = false;
        continue;
      }
      std::optional<char32_t> lo = c;
      if (c == U'\\') lo = ClassEscape();
      if (Peek() == U'-' && Peek(1) != U']' && Peek(1) != 0) {
        ++i_;
        char32_t h = Next();
        std::optional<char32_t> hi = h;
        if (h == U'\\') hi = ClassEscape();
        if (!lo || !hi || *hi < *lo || *hi - *lo >= kMaxAlternatives) {
          enumerable = false;
          continue;
        }
        for (char32_t x = *lo; x <= *hi; ++x) chars.insert(std::u32string(1, x));
        continue;
      }
      if (!lo) enumerable = false;
      else chars.insert(std::u32string(1, *lo));
    }
    if (!enumerable || chars.size() > kMaxAlternatives) return Unknown();
    return Info{chars, chars, chars, std::nullopt, {}, chars};
  }

  // An escape inside a class: the character it stands for, or nullopt for a class escape.
  std::optional<char32_t> ClassEscape() {
    Info e = Escape();
    if (e.exact && e.exact->size() == 1 && e.exact->begin()->size() == 1) return (*e.exact->begin())[0];
    return std::nullopt;
  }

  Info Escape() {
    char32_t c = Next();
    switch (c) {
      case U'd': {  // any decimal digit: known to start a match, though not as one string
        Info digit;
        digit.head = digit.tail = Strings{std::u32string(1, kAnyDecimalDigit)};
        return digit;
      }
      case U's': {  // any white space: as \d
        Info space;
        space.head = space.tail = Strings{std::u32string(1, kAnyWhitespace)};
        return space;
      }
      case U'D': case U'S': case U'w': case U'W': case U'h': case U'H':
      case U'v': case U'V': case U'N': case U'R': case U'X': case U'C':
        return Unknown();
      case U'p': case U'P':
        if (Peek() == U'{') {
          while (Next() != U'}') {
          }
        } else {
          Next();
        }
        return Unknown();
      case U'z': case U'Z': case U'\'':
        return EndOfText();
      case U'A': case U'`':
        return LineStart();  // the text's start only: where ^ matches too
      case U'b': case U'B': case U'G': case U'<': case U'>':
        return Empty();
      case U'n': return Literal(U"\n");
      case U't': return Literal(U"\t");
      case U'r': return Literal(U"\r");
      case U'f': return Literal(U"\f");
      case U'e': return Literal(U"\x1b");
      case U'a': return Literal(U"\a");
      case U'x': return Literal(std::u32string(1, Hex()));
      case U'Q': {
        std::u32string s;
        while (!AtEnd() && !(Peek() == U'\\' && Peek(1) == U'E')) s.push_back(Next());
        if (!AtEnd()) i_ += 2;
        return s.empty() ? Empty() : Literal(s);
      }
      default:
        if ((c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'))
          throw Unsupported();  // back-references, \k<name>, \c…, octal: beyond this analysis
        return Literal(std::u32string(1, c));
    }
  }

  char32_t Hex() {
    bool braced = Peek() == U'{';
    if (braced) ++i_;
    char32_t v = 0;
    int digits = 0;
    while (!AtEnd() && (braced || digits < 2)) {
      char32_t h = Peek();
      int d = h >= U'0' && h <= U'9' ? int(h - U'0') : h >= U'a' && h <= U'f' ? int(h - U'a' + 10)
            : h >= U'A' && h <= U'F' ? int(h - U'A' + 10) : -1;
      if (d < 0) break;
      v = v * 16 + static_cast<char32_t>(d);
      ++i_;
      ++digits;
    }
    if (braced && Next() != U'}') throw Unsupported();
    if (digits == 0) throw Unsupported();
    return v;
  }

  std::u32string p_;
  size_t i_ = 0;
};

}  // namespace

LiteralAnalysis AnalyzeLiterals(std::string_view pattern) {
  try {
    Info info = Analyzer(ToU32(pattern)).Run();
    LiteralAnalysis out{LiteralSetsOf(info), {}, StartsOf(info), info.line_start, {}, {}};
    EndingsOf(info, out.endings, out.last_characters);
    if (info.sufficient)
      for (const auto& s : *info.sufficient) out.sufficient_endings.push_back(ToUtf8(s));
    return out;
  } catch (const Unsupported&) {
    return {};
  }
}

std::vector<std::string> RequiredEndings(std::string_view pattern) { return AnalyzeLiterals(pattern).endings; }

std::vector<std::vector<std::string>> RequiredLiteralSets(std::string_view pattern) {
  return AnalyzeLiterals(pattern).sets;
}

std::u32string FirstCharacters(std::string_view pattern) { return AnalyzeLiterals(pattern).starts; }

// The required set is the first of the sets: a pattern has further sets only when it has one.
std::vector<std::string> RequiredLiterals(std::string_view pattern) {
  auto sets = AnalyzeLiterals(pattern).sets;
  return sets.empty() ? std::vector<std::string>{} : sets.front();
}

}  // namespace gazette
