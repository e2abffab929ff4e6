#include "io/reader.hpp"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <set>
#include <utility>

#include "io/charset.hpp"
#include "io/repair.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

// "SOURCE:LINE" for byte OFFSET of BYTES (1-based line); just SOURCE when OFFSET is npos or
// beyond BYTES (no position is known).
std::string WhereIs(const std::string& source, const std::string& bytes, size_t offset) {
  if (offset >= bytes.size()) return source;
  return source + ":" + std::to_string(1 + std::count(bytes.begin(), bytes.begin() + static_cast<long>(offset), '\n'));
}

// Replaces each CR that is not followed by LF with LF: CR-only line ends (old Mac tools, some
// PDF converters) read like LF and CRLF ones.
void NormalizeLoneCarriageReturns(std::string& text) {
  for (size_t i = text.find('\r'); i != std::string::npos; i = text.find('\r', i + 1))
    if (i + 1 == text.size() || text[i + 1] != '\n') text[i] = '\n';
}

// The 1-based line of the first line of UTF8 longer than LIMIT bytes, or 0. A text no longer than
// LIMIT (an issue is some 100 KiB) holds no such line: its lines are not sought one by one.
int FirstLongLine(const std::string& utf8, size_t limit) {
  if (utf8.size() <= limit) return 0;
  size_t start = 0;
  for (int line = 1; start < utf8.size(); ++line) {
    size_t end = utf8.find('\n', start);
    if (end == std::string::npos) end = utf8.size();
    if (end - start > limit) return line;
    start = end + 1;
  }
  return 0;
}

// Reads from IN until end of input or LIMIT bytes, whichever comes first, straight into the
// string: EXPECTED bytes (a file's size, when known) and one more in the first read, so that a
// file read whole is neither copied from a buffer nor moved as the string grows; then (a file
// that grew, or stdin) 64 KiB at a time.
std::string ReadAtMost(std::istream& in, size_t limit, size_t expected = 0) {
  constexpr size_t kStep = size_t{1} << 16;
  std::string bytes;
  size_t step = std::max(expected + 1, kStep);
  while (bytes.size() < limit) {
    const size_t at = bytes.size();
    const size_t want = std::min(step, limit - at);
    bytes.resize(at + want);
    in.read(bytes.data() + at, static_cast<std::streamsize>(want));
    bytes.resize(at + static_cast<size_t>(in.gcount()));
    if (!in) break;
    step = kStep;
  }
  return bytes;
}

// The charset BYTES are read in, the length of its byte-order mark, and whether the bytes are
// known to be well-formed UTF-8 already (then not scanned twice).
struct Charset {
  std::string name;
  size_t bom = 0;
  bool checked = false;
};

// A byte-order mark decides; else valid UTF-8 is UTF-8 (unless it is UTF-16 of ASCII); else
// UTF-16 recognised without a mark; else "" (DecodeText weighs UTF-8 with a few bad bytes
// against the CJK charset the detector names).
Charset ChooseCharset(const std::string& bytes) {
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) return {"UTF-8", 3, false};
  if (bytes.size() >= 2 && bytes.compare(0, 2, "\xFF\xFE") == 0) return {"UTF-16LE", 2, false};
  if (bytes.size() >= 2 && bytes.compare(0, 2, "\xFE\xFF") == 0) return {"UTF-16BE", 2, false};
  if (FirstInvalidUtf8(bytes) == std::string::npos) {
    std::string utf16 = Utf16OfAscii(bytes);
    return utf16.empty() ? Charset{"UTF-8", 0, true} : Charset{utf16, 0, false};
  }
  return {GuessUtf16(bytes), 0, false};
}

// An input's text, the charset it was read in, and the bytes replaced with U+FFFD on the way.
struct Decoded {
  std::string text;
  std::string encoding;
  Replacements replaced;
};

// BODY as UTF-8, its ill-formed bytes replaced (and counted).
Decoded AsUtf8(const std::string& body) {
  Decoded out{{}, "UTF-8", {}};
  out.text = ReplaceInvalidUtf8(body, &out.replaced);
  return out;
}

// True when DECODED replaced a few bytes, few enough to be damage in text.
bool Mendable(const Decoded& decoded) {
  return FewEnoughToMend(decoded.replaced.count, NonAsciiCharacters(decoded.text));
}

// BODY converted from CHARSET, strictly; else with its bad sequences replaced when they are few
// enough to be damage; else the error that says why it is not text. UTF8_ERRORS: how many
// sequences were not UTF-8 (the line named is that of the reading that went further).
Result<Decoded> Converted(const std::string& body, const std::string& charset, const std::string& source,
                          size_t utf8_errors) {
  auto strict = ConvertToUtf8(body, charset.c_str(), source);
  if (strict.ok()) {
    if (!LooksMisdecoded(strict.value())) return Decoded{std::move(strict.value()), charset, {}};
    return Error{WhereIs(source, body, FirstInvalidUtf8(body)) + ": cannot decode: invalid UTF-8, and not UTF-16 or " +
                 charset + " text either"};
  }
  ConversionDamage damage;
  auto mended = ConvertToUtf8(body, charset.c_str(), source, &damage);
  const size_t count = damage.replaced;
  // A lost or added byte of a multi-byte charset shifts the characters after it: valid but wrong
  // ones, not mended (UTF-16's units never shift so).
  const bool shifted = damage.shifting > 0 && charset.rfind("UTF-16", 0) != 0;
  if (mended.ok() && !shifted && FewEnoughToMend(count, NonAsciiCharacters(mended.value())) &&
      !LooksMisdecoded(mended.value(), true)) {
    Decoded out{std::move(mended.value()), charset, {}};
    out.replaced = ReplacementsIn(out.text, count);
    return out;
  }
  if (body.find('\0') != std::string::npos) return Error{source + ": binary file, not text"};
  if (charset.rfind("UTF-16", 0) == 0 && body.size() % 2 != 0)
    return Error{source + ": not " + charset + " text (a byte-order mark, then an odd number of bytes)"};
  // The line named is where the reading that went further first failed: a GB18030 file's bad
  // byte, not its first Chinese line (which is no UTF-8). The converter went further when it
  // failed a tenth as often as UTF-8 or less, or as often with no wrong reading's artefacts.
  const bool converted_further = mended.ok() && count > 0 && count < utf8_errors &&
                                 (count * 10 <= utf8_errors || !LooksMisdecoded(mended.value(), true));
  const std::vector<size_t> first = converted_further ? ReplacementsIn(mended.value(), 1).offsets : std::vector<size_t>{};
  const std::string where = first.empty() ? WhereIs(source, body, FirstInvalidUtf8(body))
                                          : WhereIs(source, mended.value(), first.front());
  return Error{where + ": invalid UTF-8, and not " + charset + " text either" +
               (shifted && !first.empty() ? " (a byte lost or added there shifts the characters after it)" : "")};
}

// BODY (the bytes after any byte-order mark) decoded as CHARSET says: UTF-8 checked already,
// UTF-8 after its mark (a few bad bytes replaced), UTF-16; or, when CHARSET.NAME is empty, UTF-8
// with a few bad bytes replaced, else the CJK charset ICU's detector names.
Result<Decoded> DecodeText(std::string body, const Charset& charset, const std::string& source) {
  if (charset.checked) return Decoded{std::move(body), charset.name, {}};
  if (!charset.name.empty() && charset.name != "UTF-8") return Converted(body, charset.name, source, body.size());
  const size_t bad = FirstInvalidUtf8(body);
  if (bad == std::string::npos) return Decoded{std::move(body), "UTF-8", {}};
  Decoded as_utf8 = AsUtf8(body);
  if (Mendable(as_utf8)) return as_utf8;
  if (charset.name == "UTF-8") return Error{WhereIs(source, body, bad) + ": invalid UTF-8"};  // after its mark
  return Converted(body, DetectCjkCharset(body), source, as_utf8.replaced.count);
}

// The repair note of REPLACED in TEXT (none when nothing was replaced): NOUN, plural when more
// than one, WHAT, and where: "2 byte sequences not valid GB18030 replaced with U+FFFD, on lines
// 44, 68".
void NoteRepairs(const std::string& text, const Replacements& replaced, const std::string& noun,
                 const std::string& what, std::vector<TextRepair>* repairs) {
  if (replaced.count == 0) return;
  const std::vector<int> lines = LinesAt(text, replaced.offsets);
  TextRepair repair;
  repair.line = lines.empty() ? 0 : lines.front();
  repair.message = std::to_string(replaced.count) + " " + noun + (replaced.count == 1 ? "" : "s") + what +
                   " replaced with U+FFFD, on line" + (lines.size() == 1 ? " " : "s ");
  for (size_t i = 0; i < lines.size(); ++i) repair.message += (i ? ", " : "") + std::to_string(lines[i]);
  if (replaced.more_lines) repair.message += ", …";
  repairs->push_back(std::move(repair));
}

}  // namespace

Result<DecodedInput> DecodeBytes(std::string bytes, const std::string& source) {
  if (bytes.empty()) return Error{source + ": empty input"};
  const Charset charset = ChooseCharset(bytes);
  bytes.erase(0, charset.bom);
  auto decoded = DecodeText(std::move(bytes), charset, source);
  if (!decoded.ok()) return decoded.error();
  DecodedInput out;
  out.source = source;
  out.encoding = decoded->encoding;
  out.text = std::move(decoded->text);
  out.checked_utf8 = true;  // checked or mended above, or made by ICU from the converter's UTF-16
  NormalizeLoneCarriageReturns(out.text);
  NoteRepairs(out.text, decoded->replaced, "byte sequence", " not valid " + out.encoding, &out.repairs);
  // Control characters: a NUL is binary data; a few others in Chinese text are OCR's, mended.
  const size_t control = FindBinaryByte(out.text);
  if (control != std::string::npos) {
    Replacements controls;
    std::string mended = out.text.find('\0') == std::string::npos ? ReplaceControlCharacters(out.text, &controls)
                                                                   : std::string();
    if (!FewEnoughToMend(decoded->replaced.count + controls.count, NonAsciiCharacters(mended)))
      return Error{WhereIs(source, out.text, control) + ": binary data (control characters), not text"};
    out.text = std::move(mended);
    NoteRepairs(out.text, controls, "control character", "", &out.repairs);
  }
  if (out.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) return Error{source + ": empty input"};
  if (int line = FirstLongLine(out.text, kMaxLineBytes))
    return Error{source + ":" + std::to_string(line) + ": a line longer than " + std::to_string(kMaxLineBytes >> 10) +
                 " KiB, the most one printed line may have; refused"};
  return out;
}

Result<DecodedInput> ReadInput(const std::string& path) {
  std::string bytes;
  const std::string too_large =
      ": larger than " + std::to_string(kMaxInputBytes >> 20) + " MiB, the most one issue may have; refused";
  if (path == "-") {
    bytes = ReadAtMost(std::cin, kMaxInputBytes + 1);
    if (bytes.size() > kMaxInputBytes) return Error{path + too_large};
  } else {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return Error{path + ": is a directory"};
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{path + ": cannot open"};
    const uintmax_t size = std::filesystem::file_size(path, ec);  // a hint: the file may change
    const size_t expected = ec ? 0 : static_cast<size_t>(std::min<uintmax_t>(size, kMaxInputBytes));
    bytes = ReadAtMost(in, kMaxInputBytes + 1, expected);
    if (in.bad()) return Error{path + ": read error"};
    if (bytes.size() > kMaxInputBytes) return Error{path + too_large};
  }
  return DecodeBytes(std::move(bytes), path);
}

std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths, std::vector<Error>* errors) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  std::set<std::string> listed;  // each file's canonical path: a file given twice is read once
  auto add = [&](const std::string& path) {
    std::error_code ec;
    const std::string canonical = fs::weakly_canonical(path, ec).string();
    if (ec || listed.insert(canonical).second) out.push_back(path);
  };
  for (const auto& p : paths) {
    if (p == "-") {
      out.push_back(p);
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (const auto& e : fs::directory_iterator(p, ec))
        if (e.is_regular_file() && e.path().extension() == ".txt") found.push_back(e.path().string());
      if (ec) errors->push_back(Error{p + ": cannot list directory (" + ec.message() + ")"});
      else if (found.empty()) errors->push_back(Error{p + ": directory holds no *.txt file to read"});
      std::sort(found.begin(), found.end());
      for (const auto& f : found) add(f);
    } else if (fs::exists(p, ec)) {
      add(p);
    } else {
      errors->push_back(Error{p + ": no such file or directory"});
    }
  }
  return out;
}

}  // namespace gazette
