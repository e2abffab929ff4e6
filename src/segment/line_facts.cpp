#include "segment/line_facts.hpp"

#include "grammar/grammar.hpp"
#include "segment/anchors.hpp"
#include "segment/docno.hpp"
#include "segment/header.hpp"
#include "segment/text_memo.hpp"

namespace gazette {

namespace {

// Lines longer than this (prose) are matched each time, not remembered.
constexpr size_t kMaxRememberedLine = 256;

}  // namespace

bool IsAgencyLine(const std::string& text) {
  // Most lines are ruled out by the prefilter (a sentence's end): no need to remember them.
  if (!RxMayMatch(text, "agency_line"_rx)) return false;
  if (text.size() > kMaxRememberedLine) return RxFull(text, "agency_line"_rx);
  thread_local TextMemo<bool> memo;
  return memo.Get(text, [&] { return RxFull(text, "agency_line"_rx); });
}

LineFacts::LineFacts(const std::vector<TextLine>& lines)
    : lines_(lines), known_(lines.size(), 0), value_(lines.size(), 0) {}

template <typename Compute>
bool LineFacts::Memo(size_t i, Fact fact, Compute compute) {
  const auto bit = static_cast<uint8_t>(1u << fact);
  if (known_[i] & bit) return value_[i] & bit;
  bool value = compute();
  known_[i] |= bit;
  if (value) value_[i] |= bit;
  return value;
}

bool LineFacts::MayBeNumber(size_t i) {
  return Memo(i, kMayBeNumber, [&] { return RxMayMatch(lines_[i].text, "number_gate"_rx); });
}

bool LineFacts::IsDocno(size_t i) {
  return Memo(i, kDocno, [&] { return MayBeNumber(i) && IsDocnoLine(lines_[i].text); });
}

bool LineFacts::IsDate(size_t i) {
  // A signature dated on its line (北京市人民政府 2015年12月31日, 市长 王岐山 2006年2月13日) ends a
  // document: no line of the next one's header.
  return Memo(i, kDate, [&] { return IsDateLine(lines_[i].text) || IsSignedDateLine(lines_[i].text); });
}

bool LineFacts::IsAgency(size_t i) {
  return Memo(i, kAgency, [&] { return IsAgencyLine(lines_[i].text); });
}

bool LineFacts::IsOrderNumber(size_t i) {
  return Memo(i, kOrderNumber, [&] { return MayBeNumber(i) && RxFull(lines_[i].text, "order_number_line"_rx); });
}

bool LineFacts::IsHeaderLike(size_t i) {
  return Memo(i, kHeaderLike, [&] { return HasHeaderShape(lines_[i]) && !IsDate(i) && !IsDocno(i); });
}

}  // namespace gazette
