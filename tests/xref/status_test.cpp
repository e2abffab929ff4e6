// The one place a status is decided (xref/status.hpp): by a document's own dates, a month
// covering its first to its last day, then by the relations in effect on the day asked; the
// record keeps every relation as an event whether or not it is in effect yet.
#include <catch2/catch.hpp>

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
