// The one place a status is decided (xref/status.hpp): by a document's own dates, a month
// covering its first to its last day, then by the relations in effect on the day asked; the
// record keeps every relation as an event whether or not it is in effect yet.
#include <catch2/catch.hpp>
#include <tuple>
#include <vector>

#include "xref/status.hpp"

using namespace gazette;

namespace {

Day On(const char* iso) { return *ParseIsoDay(iso); }

// A printed document in force from START to END (ISO texts: a day or a month).
CorpusDocument Printed(const char* start, const char* end) {
  CorpusDocument d;
  d.id = d.docno = "京政发〔2023〕7号";
  d.printed = true;
  d.source = "t.txt";
  d.line = 3;
  d.date = ParseIsoDate("2023-05-10");
  d.effective = ParseIsoDate(start);
  d.expires = ParseIsoDate(end);
  d.started = {20, "本办法自2023年7月起施行,有效期2年。"};
  d.ended = d.started;
  return d;
}

DocumentStatus Decide(const CorpusDocument& doc, const std::vector<const CorpusReference*>& incoming, const char* day,
                      const CorpusDocument* citing = nullptr) {
  return DecideStatus(doc, incoming, [citing](const std::string&) { return citing; }, On(day));
}

// A reference made in u.txt by document FROM (a citation until its fields say more).
CorpusReference Citation(const std::string& from) {
  CorpusReference r;
  r.source = "u.txt";
  r.from = from;
  return r;
}

}  // namespace

TEST_CASE("a month-precision period is in force through its last month", "[status]") {
  CorpusDocument doc = Printed("2023-07", "2025-06");  // as 2023-42.txt:318 dates a start by month
  CHECK(Decide(doc, {}, "2023-06-30").status == LegalStatus::kNotYetInForce);
  CHECK(Decide(doc, {}, "2023-07-01").status == LegalStatus::kInForce);
  CHECK(Decide(doc, {}, "2025-06-30").status == LegalStatus::kInForce);
  DocumentStatus s = Decide(doc, {}, "2025-07-01");
  CHECK(s.status == LegalStatus::kExpired);
  CHECK(ToIso(s.since) == "2025-06");
  CHECK(ToIso(s.effective) == "2023-07");
  CHECK(s.dated.line == 20);
}

TEST_CASE("a relation counts from the day it takes effect, and is an event before that", "[status]") {
  CorpusDocument doc = Printed("2023-07-01", "");
  CorpusDocument citing = Printed("2024-03-01", "");
  citing.id = "京政发〔2024〕2号";
  CorpusReference r = Citation(citing.id);
  r.type = Relation::kRepeals;
  r.target_id = doc.id;
  r.line = 41;
  r.text = "《…》同时废止。";
  DocumentStatus before = Decide(doc, {&r}, "2024-02-29", &citing);
  CHECK(before.status == LegalStatus::kInForce);
  REQUIRE(before.events.size() == 1);
  CHECK(ToIso(before.events[0].date) == "2024-03-01");  // the citing document's start
  CHECK(before.events[0].clause.line == 41);
  DocumentStatus after = Decide(doc, {&r}, "2024-03-01", &citing);
  CHECK(after.status == LegalStatus::kRepealed);
  CHECK(after.by == citing.id);
  CHECK(ToIso(after.since) == "2024-03-01");
  r.date = ParseIsoDate("2025-01-01");  // 自2025年1月1日起废止: the clause's own date wins
  CHECK(Decide(doc, {&r}, "2024-12-31", &citing).status == LegalStatus::kInForce);
}

TEST_CASE("a document not printed is unknown, and so is one nothing dates by its dates alone", "[status]") {
  CorpusDocument stub;
  stub.id = "京政发〔2019〕1号";
  CHECK(Decide(stub, {}, "2024-01-01").status == LegalStatus::kUnknown);
  Document none;
  CHECK(StatusByDate(none, On("2024-01-01")).status == LegalStatus::kUnknown);
  CHECK(StatusByDate(none, std::nullopt).status == LegalStatus::kUnknown);
}

// The writers ask for the standing alone (StatusDetail::kStanding): the same status, dates,
// deciding document and events as the full decision, without the evidence and the dating
// clause's text — on every day around the relation's, for the document and the stub.
TEST_CASE("the standing alone is the full status without its evidence", "[status]") {
  CorpusDocument doc = Printed("2023-07-01", "2025-06");
  CorpusDocument citing = Printed("2024-03-01", "");
  citing.id = "京政发〔2024〕2号";
  CorpusDocument stub;
  stub.id = "京政发〔2019〕1号";
  CorpusReference r = Citation(citing.id), cites = Citation(citing.id);
  r.type = Relation::kRepeals;
  r.target_id = doc.id;
  r.line = 41;
  r.text = "《…》同时废止。";
  cites.target_id = stub.id;
  cites.line = 42;
  auto find = [&citing](const std::string&) { return &citing; };
  for (const CorpusDocument* d : {&doc, &stub})
    for (const char* day : {"2023-06-30", "2024-02-29", "2024-03-01", "2025-07-01"}) {
      INFO(d->id << " " << day);
      std::vector<const CorpusReference*> incoming = {&r, &cites};
      DocumentStatus full = DecideStatus(*d, incoming, find, On(day));
      DocumentStatus standing = DecideStatus(*d, incoming, find, On(day), StatusDetail::kStanding);
      CHECK(!full.evidence.empty());
      CHECK(standing.evidence.empty());
      CHECK(standing.status == full.status);
      CHECK(standing.by == full.by);
      CHECK(standing.since == full.since);
      CHECK(standing.effective == full.effective);
      CHECK(standing.expires == full.expires);
      CHECK(standing.dated.line == full.dated.line);
      CHECK(standing.dated.text.empty());
      REQUIRE(standing.events.size() == full.events.size());
      for (size_t i = 0; i < full.events.size(); ++i) {
        CHECK(standing.events[i].by == full.events[i].by);
        CHECK(standing.events[i].clause.text == full.events[i].clause.text);
      }
    }
}

namespace {

// A notice (lines 1–9) issuing two instruments, at lines 10–19 and 20–29, with own records of
// KIND on LINES dated DATES.
Document NoticeOfTwo(const std::vector<std::tuple<DateKind, int, const char*>>& records) {
  Document doc;
  for (int line = 1; line < 30; ++line) {
    TextLine l;
    l.text = "正文";
    l.line = l.last_line = line;
    doc.body.push_back(l);
  }
  doc.instruments = {Instrument{"办法", 9, 19, 10}, Instrument{"细则", 19, 29, 20}};
  for (const auto& [kind, line, date] : records) {
    Deadline d;
    d.kind = kind;
    d.line = line;
    d.date = ParseIsoDate(date);
    d.of_document = true;
    doc.deadlines.push_back(d);
  }
  return doc;
}

}  // namespace

// A notice issuing a 办法 in force from 7月1日 and a 细则 from 8月1日 with 有效期3年: the notice is in
// force once its first part is, and stands while a part does (the 办法 has no end).
TEST_CASE("a notice whose instruments state their own starts is in force from the first, until the last ends",
          "[status]") {
  Document doc = NoticeOfTwo({{DateKind::kSigned, 5, "2012-06-01"},
                              {DateKind::kEffective, 12, "2012-07-01"},
                              {DateKind::kEffective, 22, "2012-08-01"},
                              {DateKind::kExpires, 22, "2015-07-31"}});
  CHECK(StatusByDate(doc, On("2012-06-15")).status == LegalStatus::kNotYetInForce);
  CHECK(StatusByDate(doc, On("2012-07-15")).status == LegalStatus::kInForce);
  CHECK(StatusByDate(doc, On("2016-01-01")).status == LegalStatus::kInForce);
  CHECK(StatusByDate(doc, On("2012-07-15")).dated.line == 12);
  // Both parts end: the document ends with the later.
  doc = NoticeOfTwo({{DateKind::kEffective, 12, "2012-07-01"},
                     {DateKind::kExpires, 12, "2014-06-30"},
                     {DateKind::kEffective, 22, "2012-08-01"},
                     {DateKind::kExpires, 22, "2015-07-31"}});
  CHECK(StatusByDate(doc, On("2015-01-01")).status == LegalStatus::kInForce);
  CHECK(StatusByDate(doc, On("2015-08-01")).status == LegalStatus::kExpired);
  // One instrument's dates alone, or the notice's own end, are the document's as before.
  doc = NoticeOfTwo({{DateKind::kEffective, 22, "2012-08-01"}, {DateKind::kExpires, 22, "2015-07-31"}});
  CHECK(StatusByDate(doc, On("2012-07-15")).status == LegalStatus::kNotYetInForce);
  CHECK(StatusByDate(doc, On("2016-01-01")).status == LegalStatus::kExpired);
  doc = NoticeOfTwo({{DateKind::kExpires, 6, "2013-12-31"},
                     {DateKind::kEffective, 12, "2012-07-01"},
                     {DateKind::kEffective, 22, "2012-08-01"}});
  CHECK(StatusByDate(doc, On("2014-01-01")).status == LegalStatus::kExpired);
}

// A regulation amended twice (the legal probe's set A: 令第100号 by 令第190号 in 2007 and 令第260号
// in 2014): legal staff ask for the text in force, so `amended` names the latest amendment in
// effect; of two repeals the first still decides (the document ended then).
TEST_CASE("amended names the latest amendment in effect; a repeal the first", "[status]") {
  CorpusDocument doc = Printed("2023-07-01", "");
  auto made = [&](const char* id, Relation type, const char* date) {
    CorpusReference r = Citation(id);
    r.type = type;
    r.target_id = doc.id;
    r.date = ParseIsoDate(date);
    return r;
  };
  CorpusReference first = made("令第190号", Relation::kAmends, "2024-01-01");
  CorpusReference second = made("令第260号", Relation::kAmends, "2025-01-01");
  DocumentStatus s = Decide(doc, {&first, &second}, "2025-06-01");
  CHECK(s.status == LegalStatus::kAmended);
  CHECK(s.by == "令第260号");
  CHECK(ToIso(s.since) == "2025-01-01");
  CHECK(Decide(doc, {&second, &first}, "2024-06-01").by == "令第190号");  // the later not yet in effect
  // An undated amendment counts from January 1 of its 文号's year: a 〔2025〕 one is the latest.
  CorpusReference undated = made("京政发〔2025〕3号", Relation::kAmends, "");
  undated.date.reset();
  CHECK(Decide(doc, {&first, &undated}, "2025-06-01").by == "京政发〔2025〕3号");
  CorpusReference repeal_a = made("令第301号", Relation::kRepeals, "2026-01-01");
  CorpusReference repeal_b = made("令第302号", Relation::kRepeals, "2026-03-01");
  CHECK(Decide(doc, {&repeal_b, &repeal_a, &second}, "2026-06-01").by == "令第301号");
}

// A suspension (暂缓实施) holds from the suspending document's start until the day printed
// (推迟至…), or until further notice; a repeal still decides over it.
TEST_CASE("a suspended document is suspended from the suspension's start until it resumes", "[status]") {
  CorpusDocument doc = Printed("2023-07-01", "");
  CorpusDocument suspending = Printed("2023-06-20", "");
  suspending.id = "京政发〔2023〕9号";
  CorpusReference r = Citation(suspending.id);
  r.type = Relation::kSuspends;
  r.target_id = doc.id;
  CHECK(Decide(doc, {&r}, "2023-06-19", &suspending).status == LegalStatus::kNotYetInForce);
  DocumentStatus held = Decide(doc, {&r}, "2023-08-01", &suspending);
  CHECK(held.status == LegalStatus::kSuspended);
  CHECK(held.by == suspending.id);
  CHECK(ToIso(held.since) == "2023-06-20");
  CHECK(Decide(doc, {&r}, "2030-01-01", &suspending).status == LegalStatus::kSuspended);  // until further notice
  r.date = ParseIsoDate("2024-01-01");  // 施行日期推迟至2024年1月1日
  CHECK(Decide(doc, {&r}, "2023-12-31", &suspending).status == LegalStatus::kSuspended);
  DocumentStatus resumed = Decide(doc, {&r}, "2024-01-01", &suspending);
  CHECK(resumed.status == LegalStatus::kInForce);
  CHECK(ToIso(resumed.since) == "2024-01-01");  // in force since it resumed, not since its own start
  r.date.reset();
  CorpusReference repeal = Citation(suspending.id);
  repeal.type = Relation::kRepeals;
  repeal.target_id = doc.id;
  repeal.date = ParseIsoDate("2023-09-01");
  CHECK(Decide(doc, {&r, &repeal}, "2023-10-01", &suspending).status == LegalStatus::kRepealed);
}

// A suspension until further notice ends when a later document resumes the document (恢复执行):
// in force again from that day, not before; a resumption before the suspension ends nothing.
TEST_CASE("a later document's 恢复执行 ends a suspension until further notice", "[status]") {
  CorpusDocument doc = Printed("2023-07-01", "");
  CorpusDocument suspending = Printed("2023-06-20", "");
  suspending.id = "京政发〔2023〕9号";
  CorpusReference suspension = Citation(suspending.id);
  suspension.type = Relation::kSuspends;
  suspension.target_id = doc.id;
  CorpusReference resumption = Citation("京政发〔2023〕30号");
  resumption.type = Relation::kResumes;
  resumption.target_id = doc.id;
  resumption.date = ParseIsoDate("2023-10-01");  // 自2023年10月1日起恢复执行
  CHECK(Decide(doc, {&suspension, &resumption}, "2023-09-30", &suspending).status == LegalStatus::kSuspended);
  DocumentStatus again = Decide(doc, {&suspension, &resumption}, "2023-10-01", &suspending);
  CHECK(again.status == LegalStatus::kInForce);
  CHECK(ToIso(again.since) == "2023-10-01");
  REQUIRE(again.events.size() == 2);
  CHECK(again.events[1].relation == Relation::kResumes);
  resumption.date = ParseIsoDate("2023-06-01");  // before the suspension: it ends nothing
  CHECK(Decide(doc, {&suspension, &resumption}, "2023-10-01", &suspending).status == LegalStatus::kSuspended);
}

// 停止执行 (read as a repeal) then a later document's 恢复执行: in force again from the resumption (it
// had stayed repealed for good); a repeal after the resumption, or a resumption an earlier notice
// scheduled before a later document's 停止执行, lifts nothing.
TEST_CASE("a later document's 恢复执行 lifts a 停止执行", "[status]") {
  CorpusDocument doc = Printed("2012-03-01", "");
  CorpusDocument stopping = Printed("2013-04-20", ""), resuming = Printed("2014-01-15", "");
  stopping.id = "京交运发〔2013〕88号";
  resuming.id = "京交运发〔2014〕5号";
  auto find = [&](const std::string& id) -> const CorpusDocument* {
    return id == stopping.id ? &stopping : id == resuming.id ? &resuming : nullptr;
  };
  CorpusReference stop = Citation(stopping.id);
  stop.type = Relation::kRepeals;
  stop.target_id = doc.id;
  stop.date = ParseIsoDate("2013-05-01");
  stop.text = "《A》(京交运发〔2012〕31号)自2013年5月1日起停止执行。";
  CorpusReference resumption = Citation(resuming.id);
  resumption.type = Relation::kResumes;
  resumption.target_id = doc.id;
  resumption.date = ParseIsoDate("2014-02-01");  // 自2014年2月1日起恢复执行
  auto decide = [&](const char* day) { return DecideStatus(doc, {&stop, &resumption}, find, On(day)); };
  CHECK(decide("2013-06-01").status == LegalStatus::kRepealed);
  DocumentStatus again = decide("2014-03-01");
  CHECK(again.status == LegalStatus::kInForce);
  CHECK(ToIso(again.since) == "2014-02-01");
  resuming.effective = ParseIsoDate("2013-01-01");  // the resuming notice took effect before the stop
  CHECK(decide("2014-03-01").status == LegalStatus::kRepealed);
  resuming.effective = ParseIsoDate("2014-01-15");
  stop.text = "《A》(京交运发〔2012〕31号)自2013年5月1日起废止。";  // a repeal: never lifted
  CHECK(decide("2014-03-01").status == LegalStatus::kRepealed);
}

// An extension made after the document had lapsed: expired in the gap, in force again from the
// extending document's start, and since then (it had claimed force since its first start).
TEST_CASE("an extension after a lapse is in force since the extension", "[status]") {
  CorpusDocument doc = Printed("2009-12-15", "2012-12-14");
  CorpusDocument extending = Printed("2013-01-10", "");
  extending.id = "京财预〔2013〕5号";
  extending.effective = ParseIsoDate("2013-01-10");
  CorpusReference r = Citation(extending.id);
  r.type = Relation::kExtends;
  r.target_id = doc.id;
  r.date = ParseIsoDate("2014-12-31");  // 有效期延长至2014年12月31日
  CHECK(Decide(doc, {&r}, "2012-12-20", &extending).status == LegalStatus::kExpired);
  DocumentStatus again = Decide(doc, {&r}, "2013-06-01", &extending);
  CHECK(again.status == LegalStatus::kInForce);
  CHECK(again.by == extending.id);
  CHECK(ToIso(again.since) == "2013-01-10");
}

TEST_CASE("a second extension by a period counts from the end the first gave", "[status]") {
  // A 办法 valid to 2021-12-31, extended to 2022-12-31, then 再延长一年: to 2023-12-31 (it had counted
  // from the 办法's own end, 2022-12-31 expired).
  CorpusDocument doc = Printed("2019-01-01", "2021-12-31");
  CorpusDocument first = Printed("2021-12-20", "");
  first.id = "京人社法发〔2021〕30号";
  CorpusDocument second = Printed("2022-12-12", "");
  second.id = "京人社能发〔2022〕95号";
  CorpusReference to_2022 = Citation(first.id), by_year = Citation(second.id);
  to_2022.type = by_year.type = Relation::kExtends;
  to_2022.target_id = by_year.target_id = doc.id;
  to_2022.line = 19;
  to_2022.date = ParseIsoDate("2022-12-31");
  by_year.line = 17;
  by_year.text = "《北京市职业技能提升补贴管理办法》(京人社能发〔2018〕210号)有效期至2022年12月31日。经研究,该办法的有效期再延长一年。";
  auto find = [&](const std::string& id) -> const CorpusDocument* { return id == first.id ? &first : id == second.id ? &second : nullptr; };
  // Given in either order.
  for (const auto& incoming : {std::vector<const CorpusReference*>{&to_2022, &by_year}, std::vector<const CorpusReference*>{&by_year, &to_2022}}) {
    DocumentStatus s = DecideStatus(doc, incoming, find, On("2023-06-01"));
    CHECK(s.status == LegalStatus::kInForce);
    CHECK(s.by == second.id);
    DocumentStatus later = DecideStatus(doc, incoming, find, On("2024-01-01"));
    CHECK(later.status == LegalStatus::kExpired);
    CHECK(ToIso(later.since) == "2023-12-31");
  }
  // The same extension printed twice (a second copy of the notice, the same day): counted once.
  CorpusReference copy = by_year;
  copy.line = 40;
  DocumentStatus once = DecideStatus(doc, {&to_2022, &by_year, &copy}, find, On("2024-01-01"));
  CHECK(once.status == LegalStatus::kExpired);
  CHECK(ToIso(once.since) == "2023-12-31");
}
