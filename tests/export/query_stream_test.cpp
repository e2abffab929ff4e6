// `query` over a stream: part by part, or whole, the matches are RunQuery's over the whole
// document, in the same order, whatever the pieces the document comes in.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <thread>
#include <unistd.h>

#include "../support.hpp"
#include "export/query_stream.hpp"
#include "export/xml_stream.hpp"

namespace gazette {
namespace {

/// corpus.xml of the four sample issues, as of 2025-01-01, as the export writes it.
const std::string& SampleCorpusXml() {
  static const std::string xml = [] {
    const auto dir = std::filesystem::temp_directory_path() / ("gazette-query-" + std::to_string(getpid()));
    XmlExportStream out(dir.string(), "2025-01-01");
    for (const char* name : {"2021-44", "2023-42", "2024-16", "2024-38"}) {
      Issue issue = testing::SampleIssue(name);
      REQUIRE(out.Add(issue).ok());
    }
    std::ostringstream text;
    REQUIRE(out.FinishCorpus(text).ok());
    std::filesystem::remove_all(dir);
    return text.str();
  }();
  return xml;
}

std::string Line(const QueryMatch& m) {
  return m.node + "|" + m.name + "|" + m.value + "|" + m.document + "|" + m.source + "|" + std::to_string(m.line);
}

/// XPATH's matches over XML fed in pieces of PIECE bytes, as often as the query asks (READINGS
/// says how often, when given; a query that may not read twice is fed once), a gathered set that
/// may be narrowed narrowed from NARROW_FROM values (the samples' sets are small); an error as its
/// message.
std::vector<std::string> Streamed(const std::string& xml, const std::string& xpath, size_t piece, bool* parted,
                                  int* readings = nullptr, bool twice = true, size_t narrow_from = 1) {
  std::vector<std::string> out;
  StreamedQuery query(xpath, [&](const QueryMatch& m) { out.push_back(Line(m)); });
  if (twice) query.AllowSecondReading();
  query.NarrowFrom(narrow_from);
  Status s;
  int n = 0;
  do {
    ++n;
    for (size_t i = 0; i < xml.size() && s.ok(); i += piece) s = query.Feed(std::string_view(xml).substr(i, piece));
    if (s.ok()) s = query.Finish();
  } while (s.ok() && query.again());
  if (!s.ok()) out.push_back("error: " + s.message());
  *parted = query.parted();
  if (readings) *readings = n;
  return out;
}

std::vector<std::string> Whole(const std::string& xml, const std::string& xpath) {
  pugi::xml_document doc;
  REQUIRE(doc.load_buffer(xml.data(), xml.size()));  // the encoding its declaration names, as the command reads it
  auto r = RunQuery(doc, xpath);
  REQUIRE(r.ok());
  std::vector<std::string> out;
  for (const auto& m : r.value()) out.push_back(Line(m));
  return out;
}

TEST_CASE("the sample corpus queried part by part gives the whole document's matches", "[query]") {
  const std::string& xml = SampleCorpusXml();
  REQUIRE(xml.find("<cited>") != std::string::npos);
  const std::pair<const char*, bool> queries[] = {
      {"//document[status/@value='repealed']/@id", true},
      {"//article[contains(., '工作日')]/@label", true},
      {"//row[cell[@column='领域'][contains(., '金融')]]/@seq", true},
      {"//issue/document[status/@value='expired']/@id", true},
      {"//issue[@name='2024-38']/contents/entry[@page='35']/docno", true},
      {"count(//issue/document)", true},
      {"count(//reference)", true},
      {"sum(//document[@id='京人社事业发〔2024〕10号']//table/section/@found)", true},
      {"sum(//table/section/@found)", true},
      {"/corpus/@as-of | //issue/@name | /corpus/@issues", true},
      {"//@as-of", true},
      {"//issue/document[2]/title", true},
      {"//document[../@name='2024-38']/@id", true},
      {"//document[@printed='false']", true},
      {"//cited/document[status/@value='repealed']/@id", true},
      {"//text()[contains(., '废止')]", true},
      {"/corpus/issue/@total-number", true},
      {"(//document)[3]/@id", true},  // numbered across the issues
      {"/corpus/issue[2]/@name", true},
      {"/corpus/issue[last()]/@name", true},  // last(): counted in a first reading
      {"(//document[status/@value='repealed'])[position() > last() - 3]/@id", true},
      {"(//issue/document)[position() mod 10 = 1][@printed]/@id", true},
      {"//issue[last()]/@name", true},  // from every node: the root's children numbered across the issues
      {"//document[2]/@id", true},       // documents inside issues numbered within each
      {"//*[position() = 2]/@id", false},  // the root is among the nodes numbered
      {"(//document)[1] | (//document)[2]", false},  // two positions
      {"//document[@id = //reference/@target]/@id", true},  // the targets gathered first
      {"//reference[@target = //cited/document/@id]/@target", true},  // narrowed to each part's values
      {"//document[docno = //reference/@target]/title", true},       // an element's string value
      {"//document[//reference/@target = @id and @printed = 'true']/@id", true},
      {"//document[@id != //reference/@target]/@id", true},  // not narrowed
      {"//document[@id = //reference/@target | //cited/document/@id]/@id", true},  // a union, compared
      {"string(//cited/document/@id | //issue/@name)", true},  // a union's first in document order
      {"concat(//document/docno | //issue/@name, '|', //cited/@n | //issue/@total-number)", true},
      {"//reference[@target = //document[status/@value='repealed']/@id]/@target", true},
      {"count(//document[@id = //reference/@target]) < count(//document)", true},
      {"//issue[//cited]/@name", true},
      {"//document[not(@id = //reference/@target)]/@id", true},
      {"count(//document) > 3", true},
      {"count(//document[status/@value='repealed']) div count(//document)", true},
      {"sum(//table/section/@found) - sum(//table/section/@declared)", true},
      {"concat(/corpus/@as-of, ': ', count(//issue), ' issues')", true},
      {"count(//issue/document) = count(//document) or not(count(//cited))", true},
      {"string(/corpus/@as-of)", true},
      {"string(//document/@id)", true},  // the first in document order, gathered
      {"boolean(//cited)", true},
      {"//issue/document[@id = //reference/@target][1]/@id", true},  // a position inside an issue
      {"//document[//reference/@target = (//document)[1]/@id]/@id", false},  // a position among the parts
      {"//document[@id = //reference[@target = //document/@id]/@target]/@id", false},  // gathered inside gathered
      {"//document[name(//reference) = 'reference']/@id", false},  // gathered values have no names
      {"/corpus/@issues", true},
      {"count(id(//document/@id)) + count(//issue)", true},  // id() is empty: pugixml reads no DTD
  };
  for (const auto& [xpath, parted] : queries) {
    INFO(xpath);
    const auto want = Whole(xml, xpath);
    for (size_t piece : {size_t(1) << 20, size_t(4093)}) {
      bool was_parted = false;
      CHECK(Streamed(xml, xpath, piece, &was_parted) == want);
      CHECK(was_parted == parted);
    }
    bool was_parted = false;  // no set narrowed, as in a small corpus
    CHECK(Streamed(xml, xpath, 65536, &was_parted, nullptr, true, GatheredValues::kNarrowFrom) == want);
  }
  bool parted = false;
  CHECK(Streamed(xml, "//document[status/@value='repealed']/@id", 1 << 20, &parted).size() > 60);
}

TEST_CASE("node sets tested across parts are gathered in a first reading, else the whole is held", "[query]") {
  const std::string& xml = SampleCorpusXml();
  const std::string join = "//document[@id = //reference/@target]/@id";
  const auto want = Whole(xml, join);
  bool parted = false;
  int readings = 0;
  CHECK(Streamed(xml, join, 65536, &parted, &readings) == want);
  CHECK(parted);
  CHECK(readings == 2);
  CHECK(Streamed(xml, join, 65536, &parted, &readings, false) == want);  // a pipe: read once, whole
  CHECK_FALSE(parted);
  CHECK(readings == 1);
  CHECK(Streamed(xml, "string(//document/@id)", 65536, &parted, &readings) == Whole(xml, "string(//document/@id)"));
  CHECK(readings == 1);  // a scalar with nothing else to read in the parts
  CHECK(parted);
}

TEST_CASE("a set narrowed in each part and compared with the root element's attributes", "[query]") {
  // The second reading (for the count) narrows //x to each part's values; the root's attributes
  // are in every part's copy, so the last part's values hold any the root's equal.
  const std::string xml = "<r k='a'><p><x>a</x></p><p><x>b</x></p></r>";
  for (const char* xpath : {"count(//p) > 1 and /r/@k = //x", "concat(count(//p), /r/@k = //x)",
                            "count(//p[x = //x/text()])", "//p[x = //x]/x"}) {
    INFO(xpath);
    bool parted = false;
    CHECK(Streamed(xml, xpath, 5, &parted) == Whole(xml, xpath));
    CHECK(parted);
  }
}

TEST_CASE("text between the parts, entities and a latin-1 head are read as the whole document reads them", "[query]") {
  const std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- c -->\n<c a=\"1 &amp; 2\" line=\"7\">\n"
      "  lead &lt;text&gt; <!-- in --> more <![CDATA[raw <b>]]> tail \n"
      "  <p n=\"1\">one &#x4e00;<q>two</q>three</p>\n  <p n=\"2\"/>after\n"
      "  <document id=\"d\"><p n=\"3\">x</p></document>end ></c>\n";
  for (const char* xpath : {"/c/text()", "//text()", "//@*", "//p/@n | /c/@a", "count(//text())", "//p[q]/text()",
                            "//p[../@id='d']", "sum(//@n)", "//p[contains(., 'two')]", "/*/node()",
                            "sum(//@n) div count(//text()) + number(/c/@line)", "concat(/c/@a, count(//@*))",
                            "//p[@n < //p/@n]/@n", "//text()[. = //q]", "//p[q = //text()]", "string(//text())"}) {
    INFO(xpath);
    const auto want = Whole(xml, xpath);
    for (size_t piece : {size_t(1), size_t(3), size_t(1) << 20}) {
      bool parted = false;
      CHECK(Streamed(xml, xpath, piece, &parted) == want);
    }
  }
  const std::string latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><c><p>caf\xE9</p><p>na\xEFve</p></c>";
  bool parted = false;
  CHECK(Streamed(latin, "//p", 5, &parted) == Whole(latin, "//p"));
  CHECK(parted);
  // The root's name as pugixml decodes it, not the bytes of its tag, is the one a path names.
  const std::string named = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><corp\xE9 n=\"7\"><a>1</a><b>1</b><a>2</a></corp\xE9>";
  for (const char* xpath : {"/corp\xC3\xA9/a[last()]", "/corp\xC3\xA9/@n", "count(/corp\xC3\xA9/a)", "//a[. = /corp\xC3\xA9/b]"}) {
    INFO(xpath);
    CHECK(Streamed(named, xpath, 7, &parted) == Whole(named, xpath));
    CHECK(parted);
  }
  // sum() adds as pugixml does: //a/b gives the outer a's b children before the inner a's.
  const std::string nested = "<r><a><b>10000000000000000</b><a><b>-10000000000000000</b></a><b>1</b></a></r>";
  for (const char* xpath : {"sum(//a/b)", "sum(//a/b) = 1", "//a[sum(//a/b) = 0]/b"}) {
    INFO(xpath);
    CHECK(Streamed(nested, xpath, 5, &parted) == Whole(nested, xpath));
  }
  CHECK(Whole(nested, "sum(//a/b)") == std::vector<std::string>{"number||0|||0"});
}

TEST_CASE("a document that breaks off is an error naming its byte, after the parts before it", "[query]") {
  const std::string xml = "<?xml version=\"1.0\"?>\n<c a=\"1\"><p n=\"1\"/><p n=\"2\"><q></p><p n=\"3\"/></c>";
  bool parted = false;
  auto got = Streamed(xml, "//p/@n", 5, &parted);
  REQUIRE(got.size() == 2);
  CHECK(got[0] == "attribute|n|1|||0");
  CHECK(got[1].rfind("error: not well-formed XML (Start-end tags mismatch at byte ", 0) == 0);
  const size_t at = std::stoul(got[1].substr(got[1].find("at byte ") + 8));
  const size_t end_tag = xml.find("</p>");
  CHECK(at >= end_tag);
  CHECK(at <= end_tag + 4);
  got = Streamed(xml.substr(0, 40), "//p/@n", 7, &parted);
  CHECK(got.back() == "error: not well-formed XML (the document ends inside <c> at byte 40)");
  got = Streamed(xml, "string(//p/@n)", 5, &parted);  // whole: pugixml's own error
  CHECK(got.back().rfind("error: not well-formed XML (", 0) == 0);
}

TEST_CASE("a file is queried in blocks; errors name it", "[query]") {
  const auto path = std::filesystem::temp_directory_path() / ("gazette-query-" + std::to_string(getpid()) + ".xml");
  {
    std::ofstream out(path, std::ios::binary);
    out << SampleCorpusXml();
  }
  std::vector<std::string> got;
  REQUIRE(QueryXmlFile(path.string(), "count(//issue)", [&](const QueryMatch& m) { got.push_back(m.value); }).ok());
  CHECK(got == std::vector<std::string>{"4"});
  std::filesystem::remove(path);
  Status missing = QueryXmlFile(path.string(), "//a", [](const QueryMatch&) {});
  CHECK(missing.message() == path.string() + ": cannot read");
}

// What a query over XML held in a file (IN, rewound) says and finds, in order: "note: …" for
// each note, then each match's value.
std::vector<std::string> NotesAndMatches(std::FILE* in, const std::string& xpath, size_t note_from) {
  std::vector<std::string> said;
  REQUIRE(QueryXmlStream(
              in, "c.xml", xpath, [&](const QueryMatch& m) { said.push_back(m.value); },
              [&](const std::string& note) { said.push_back("note: " + note); }, note_from)
              .ok());
  return said;
}

// NotesAndMatches over XML (the sample corpus unless given) in a temporary file.
std::vector<std::string> NotesAndMatches(const std::string& xpath, size_t note_from,
                                         const std::string& xml = SampleCorpusXml()) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::tmpfile(), &std::fclose);
  REQUIRE(file);
  REQUIRE(std::fwrite(xml.data(), 1, xml.size(), file.get()) == xml.size());
  std::rewind(file.get());
  return NotesAndMatches(file.get(), xpath, note_from);
}

TEST_CASE("a large document held whole is noted once, before the matches", "[query]") {
  const std::string following = "(//document)[1]/following::document[1]/@id";  // needs the whole document
  const size_t size = SampleCorpusXml().size();
  std::vector<std::string> said = NotesAndMatches(following, size);
  REQUIRE(said.size() == 2);
  CHECK(said[0].rfind("note: c.xml: note: this expression is evaluated over the whole document, ", 0) == 0);
  std::vector<std::string> quiet = NotesAndMatches(following, size + 1);  // one byte over the size
  REQUIRE(quiet.size() == 1);
  CHECK(said[1] == quiet[0]);
  // Read part by part, or twice (a join), however large: no note.
  CHECK(NotesAndMatches("count(//issue)", 1) == std::vector<std::string>{"4"});
  for (const auto& m : NotesAndMatches("//document[@id = //reference/@target]/@id", 1))
    CHECK(m.rfind("note:", 0) != 0);
}

TEST_CASE("a document in UTF-16 is noted as held whole for its encoding", "[query]") {
  const std::string xml = "<corpus><issue name=\"a\"/><issue name=\"b\"/></corpus>";
  std::vector<std::string> said = NotesAndMatches("//issue/@name", 1, testing::Encode(xml, "UTF-16"));
  REQUIRE(said.size() == 3);
  CHECK(said[0].rfind("note: c.xml: note: a document in UTF-16 or UTF-32 is evaluated whole, ", 0) == 0);
  CHECK(said[1] == "a");
  CHECK(said[2] == "b");
}

TEST_CASE("a document whose size is unknown is not noted", "[query]") {
  std::string xml = SampleCorpusXml();
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(fmemopen(xml.data(), xml.size(), "r"), &std::fclose);
  REQUIRE(in);
  std::vector<std::string> said = NotesAndMatches(in.get(), "(//document)[1]/following::document[1]/@id", 1);
  REQUIRE(said.size() == 1);
  CHECK(said[0].rfind("note:", 0) != 0);
}

// Every match of XPATH over the sample corpus given through a pipe (read once, as it is written),
// after "note: …" if it was read whole.
std::vector<std::string> MatchesThroughPipe(const std::string& xpath) {
  int ends[2];
  REQUIRE(pipe(ends) == 0);
  const std::string& xml = SampleCorpusXml();
  std::thread writer([&] {
    for (size_t at = 0; at < xml.size();) {
      const ssize_t n = write(ends[1], xml.data() + at, xml.size() - at);
      if (n <= 0) break;
      at += size_t(n);
    }
    close(ends[1]);
  });
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(fdopen(ends[0], "rb"), &std::fclose);
  std::vector<std::string> got;
  Status s = QueryXmlStream(
      in.get(), "pipe", xpath, [&](const QueryMatch& m) { got.push_back(m.value); },
      [&](const std::string& note) { got.push_back("note: " + note); }, 0);
  writer.join();
  REQUIRE(s.ok());
  return got;
}

// A pipe cannot be read twice: it is copied to a temporary file while the plan may need it again.
TEST_CASE("a join or last() across the issues reads a pipe part by part, twice", "[query]") {
  for (const char* xpath : {"//document[@id = //reference/@target]/@id", "(//document)[last()]/@id",
                            "//issue/@name", "count(//document[@id = //reference/@target])"}) {
    INFO(xpath);
    std::vector<std::string> through_pipe = MatchesThroughPipe(xpath);  // no note: not held whole
    CHECK(!through_pipe.empty());
    CHECK(through_pipe == NotesAndMatches(xpath, size_t(-1)));
  }
}

// Where no temporary file can be made, a join is read whole from a pipe, as before: the same
// matches, after the note.
TEST_CASE("a join through a pipe with no room for its copy is read whole", "[query]") {
  const std::string join = "//document[@id = //reference/@target]/@id";
  const std::vector<std::string> want = NotesAndMatches(join, size_t(-1));  // the export's spool needs $TMPDIR
  struct TmpdirFor {  // $TMPDIR set to DIR for the scope, then as it was
    explicit TmpdirFor(const char* dir) : had(std::getenv("TMPDIR") != nullptr) {
      if (had) saved = std::getenv("TMPDIR");
      setenv("TMPDIR", dir, 1);
    }
    ~TmpdirFor() { had ? setenv("TMPDIR", saved.c_str(), 1) : unsetenv("TMPDIR"); }
    bool had;
    std::string saved;
  };
  std::vector<std::string> through_pipe;
  {
    TmpdirFor proc("/proc");  // a directory where no file can be made, even by root
    through_pipe = MatchesThroughPipe(join);
  }
  REQUIRE(!through_pipe.empty());
  CHECK(through_pipe[0] == "note: pipe: note: this expression is evaluated over the whole document, held in memory at "
                           "about twice its size (README, \"xml, query, search\", lists the forms read one issue at a "
                           "time)");
  through_pipe.erase(through_pipe.begin());
  CHECK(through_pipe == want);
}

}  // namespace
}  // namespace gazette
