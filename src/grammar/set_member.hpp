// Whether a character is in a set of a pattern, for the matcher over decoded text (search.cpp).
// Boost.Regex 1.74 tests a character against a set that holds a range of code points past 255
// ({HAN} of grammars/_common.grammar: [\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}…]) by copying it into a
// string of the traits' type first, for ICU's traits a std::vector: an allocation for each
// character tested, some 900 an issue. This specialization of Boost's re_is_set_member for that
// matcher (code points by pointer, ICU's traits) is Boost's own code but for that copy: without
// collation (our patterns never ask it) a character is compared with each range's ends in place;
// a set of no character class does not ask the traits for its classes, and a single of one
// character is one comparison.
// Include it only where the matcher is instantiated (after Boost's headers), and nowhere else
// instantiate a matcher over const UChar32*: every use must see the specialization.
// Boost 1.74 only: another version takes its own code.
#pragma once
#include <boost/regex/icu.hpp>
#include <boost/version.hpp>

#if BOOST_VERSION == 107400
namespace boost::BOOST_REGEX_DETAIL_NS {

namespace set_member_internal {

/// string_compare({C}, P), Boost's comparison of a range's end P with a string of the one
/// character C, without making the string.
inline int CompareOne(UChar32 c, const UChar32* p) { return c == p[0] ? -static_cast<int>(p[1]) : c - p[0]; }

/// Past the string at P, a range's end or an equivalence class, as Boost steps over it (its first
/// character skipped whatever it is, then up to and past the 0 that ends it).
inline const UChar32* PastString(const UChar32* p) {
  do {
    ++p;
  } while (*p);
  return ++p;
}

}  // namespace set_member_internal

/// Membership as Boost's re_is_set_member answers it: the position past the character (or
/// collating element) at NEXT when it is in SET_ (or not in it, for a negated set), else NEXT.
template <>
inline const UChar32* BOOST_REGEX_CALL re_is_set_member<const UChar32*, UChar32, icu_regex_traits, icu_regex_traits::char_class_type>(
    const UChar32* next, const UChar32* last, const re_set_long<icu_regex_traits::char_class_type>* set_,
    const regex_data<UChar32, icu_regex_traits>& e, bool icase) {
  const UChar32* p = reinterpret_cast<const UChar32*>(set_ + 1);
  const UChar32* ptr;
  unsigned int i;
  if (next == last) return next;
  const ::boost::regex_traits_wrapper<icu_regex_traits>& traits_inst = *(e.m_ptraits);
  const UChar32 col = traits_inst.translate(*next, icase);
  // A single character, or a multi-character collating element.
  for (i = 0; i < set_->csingles; ++i) {
    if (p[0] != 0 && p[1] == 0) {  // one character (most singles): Boost's steps below in one test
      if (p[0] == col) return set_->isnot ? next : next + 1;
      p += 2;
      continue;
    }
    ptr = next;
    if (*p == 0) {  // the null string
      if (traits_inst.translate(*ptr, icase)) {
        ++p;
        continue;
      }
      return set_->isnot ? next : (ptr == next) ? ++next : ptr;
    }
    while (*p && (ptr != last)) {
      if (traits_inst.translate(*ptr, icase) != *p) break;
      ++p;
      ++ptr;
    }
    if (*p == 0) return set_->isnot ? next : (ptr == next) ? ++next : ptr;
    p = re_skip_past_null(p);
  }
  if (set_->cranges || set_->cequivalents) {
    icu_regex_traits::string_type s1;  // made only to collate
    if (set_->cranges) {
      const bool collate = (e.m_flags & regex_constants::collate) != 0;
      if (collate) {
        UChar32 a[2] = {col, 0};
        s1 = traits_inst.transform(a, a + 1);
      }
      // A range is its two ends, each a string ended by 0: only a single character can match.
      for (i = 0; i < set_->cranges; ++i) {
        const bool from_first = (collate ? string_compare(s1, p) : set_member_internal::CompareOne(col, p)) >= 0;
        p = set_member_internal::PastString(p);
        if (from_first && (collate ? string_compare(s1, p) : set_member_internal::CompareOne(col, p)) <= 0)
          return set_->isnot ? next : ++next;
        p = set_member_internal::PastString(p);
      }
    }
    // An equivalence class: only a single character can match.
    if (set_->cequivalents) {
      UChar32 a[2] = {col, 0};
      s1 = traits_inst.transform_primary(a, a + 1);
      for (i = 0; i < set_->cequivalents; ++i) {
        if (string_compare(s1, p) == 0) return set_->isnot ? next : ++next;
        p = set_member_internal::PastString(p);
      }
    }
  }
  // A set of no class ({HAN}, {CNUM}) is not asked: ICU's traits answer false for no class, but
  // only after looking the character's category up.
  if (set_->cclasses != 0 && traits_inst.isctype(col, set_->cclasses)) return set_->isnot ? next : ++next;
  if ((set_->cnclasses != 0) && !traits_inst.isctype(col, set_->cnclasses)) return set_->isnot ? next : ++next;
  return set_->isnot ? ++next : next;
}

}  // namespace boost::BOOST_REGEX_DETAIL_NS
#endif
