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
void Refs(benchmark::State& s) { Extract(s, [](const Document& d, const Issue&) { return ExtractReferences(d); }); }

BENCHMARK(Decode)->Unit(benchmark::kMillisecond);
BENCHMARK(NormalizeIssue)->Unit(benchmark::kMillisecond);
BENCHMARK(SegmentIssue)->Unit(benchmark::kMillisecond);
BENCHMARK(Articles)->Unit(benchmark::kMillisecond);
BENCHMARK(Tables)->Unit(benchmark::kMillisecond);
BENCHMARK(Deadlines)->Unit(benchmark::kMillisecond);
BENCHMARK(Refs)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
