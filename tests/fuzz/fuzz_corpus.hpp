// The sample issue the query and status fuzz targets run their inputs against.
#pragma once
#include <pugixml.hpp>

#include "xref/corpus.hpp"

namespace gazette::fuzz {

/// The corpus of tests/corpus/2024-38.txt with every extractor run, as of 2025-01-01.
const Corpus& SampleCorpus();

/// The corpus XML (BuildCorpusXml) of the same issue.
const pugi::xml_document& SampleXml();

}  // namespace gazette::fuzz
