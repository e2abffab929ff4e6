// UTF-8 checked 32 bytes at a time where the CPU has AVX2: the long part of a text that
// FirstInvalidUtf8 (util/text) then finishes one character at a time.
#pragma once
#include <cstddef>

namespace gazette {

/// How far from the start of the N bytes at S the text is known to be well-formed UTF-8, checked
/// by 32-byte blocks (AVX2, the lookup method of Keiser and Lemire, "Validating UTF-8 in less than
/// one instruction per byte", 2021): the first byte of the last character that begins before the
/// first block holding an error, or before the end of the last whole block. Every byte before it is
/// part of a well-formed character, and a character starts there, so a character-at-a-time check
/// from there finds what it would have found from the start. 0 without AVX2 or for a short text.
size_t Utf8CheckedPrefix(const unsigned char* s, size_t n);

}  // namespace gazette
