// The sample issues the query and status fuzz targets run their inputs against.
#pragma once
#include <pugixml.hpp>

#include "xref/corpus.hpp"

namespace gazette::fuzz {

/// The corpus of tests/corpus/2024-38.txt with every extractor run, as of 2025-01-01.
const Corpus& SampleCorpus();

/// The corpus XML (BuildCorpusXml) of three small issues (tests/data: a regulation in chapters,
/// references, deadlines; 54 KB). Not of 2024-38: an XPath comparing two node-sets compares every
/// pair of string values, and on that 450 KB `*/*=*/*/*/*/*` takes 0.5 s (20 s CPU under
/// ASan, past libFuzzer's timeout): what the fuzzer must find is a crash, not XPath's own cost.
const pugi::xml_document& SampleXml();

}  // namespace gazette::fuzz
