// Google Benchmark for the hot stages of the pipeline, one sample issue at a time: decode,
// normalize, segment and each extractor. Throughput is reported in bytes of the issue file, so
// the numbers compare with scripts/bench's MB/s. Build with -DGAZETTE_BENCH=ON; run
// build/dev/gazette_bench (--benchmark_filter=Refs to pick stages).
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "extract/articles.hpp"
#include "extract/dates.hpp"
#include "extract/references.hpp"
#include "extract/tables.hpp"
#include "grammar/grammar.hpp"
#include "io/reader.hpp"
#include "normalize/normalizer.hpp"
#include "segment/segmenter.hpp"

namespace {

using namespace gazette;

/// The bytes of the sample issue the stages run on.
const std::string& SampleBytes() {
  static const std::string bytes = [] {
    std::ifstream in(GAZETTE_SOURCE_DIR "/tests/corpus/2023-42.txt", std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }();
  return bytes;
}

const std::string& SampleText() {
  static const std::string text = DecodeBytes(SampleBytes(), "2023-42.txt").value().text;
  return text;
}

const Issue& SampleIssue() {
  static const Issue issue = Segment(Normalize(SampleText(), "2023-42.txt"));
  return issue;
}

void CountBytes(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * SampleBytes().size()));
}

void Decode(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(DecodeBytes(SampleBytes(), "2023-42.txt"));
  CountBytes(state);
}

void NormalizeIssue(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Normalize(SampleText(), "2023-42.txt"));
  CountBytes(state);
}

void SegmentIssue(benchmark::State& state) {
  NormalizedText text = Normalize(SampleText(), "2023-42.txt");
  for (auto _ : state) benchmark::DoNotOptimize(Segment(text));
  CountBytes(state);
}

/// Runs EXTRACT over every document of the sample issue.
template <typename F>
void Extract(benchmark::State& state, F extract) {
  const Issue& issue = SampleIssue();
  for (auto _ : state)
    for (const auto& doc : issue.documents) benchmark::DoNotOptimize(extract(doc, issue));
  CountBytes(state);
}

void Articles(benchmark::State& s) { Extract(s, [](const Document& d, const Issue&) { return ExtractArticles(d); }); }
void Tables(benchmark::State& s) { Extract(s, [](const Document& d, const Issue&) { return ExtractTables(d); }); }
void Deadlines(benchmark::State& s) {
  Extract(s, [](const Document& d, const Issue& i) { return ExtractDeadlines(d, i.header); });
}
/// Runs every pattern NAMES over every normalized line of the sample issue, as the extractors
/// do: the grammar engine alone (prefilter, decoding once, the regex over code points).
void SearchLines(benchmark::State& state, std::initializer_list<const char*> names) {
  const NormalizedText text = Normalize(SampleText(), "2023-42.txt");
  for (auto _ : state)
    for (const auto& line : text.lines)
      for (const char* name : names) benchmark::DoNotOptimize(RxAll(line.text, name));
  CountBytes(state);
}

void GrammarDocnos(benchmark::State& s) { SearchLines(s, {"docno", "docno_annual", "docno_order"}); }
void GrammarDates(benchmark::State& s) { SearchLines(s, {"dates_any_date", "dates_duration", "dates_period"}); }
void Refs(benchmark::State& s) { Extract(s, [](const Document& d, const Issue&) { return ExtractReferences(d); }); }

BENCHMARK(Decode)->Unit(benchmark::kMillisecond);
BENCHMARK(NormalizeIssue)->Unit(benchmark::kMillisecond);
BENCHMARK(SegmentIssue)->Unit(benchmark::kMillisecond);
BENCHMARK(Articles)->Unit(benchmark::kMillisecond);
BENCHMARK(Tables)->Unit(benchmark::kMillisecond);
BENCHMARK(Deadlines)->Unit(benchmark::kMillisecond);
BENCHMARK(Refs)->Unit(benchmark::kMillisecond);
BENCHMARK(GrammarDocnos)->Unit(benchmark::kMillisecond);
BENCHMARK(GrammarDates)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
