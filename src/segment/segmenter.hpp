// Segmentation: the issue header, the Chinese and English contents, and the documents.
#pragma once
#include "model/issue.hpp"

namespace gazette {

/// Cuts a normalized issue into its header, contents and documents, aligning each document
/// with its contents entry. Problems (an entry with no document …) go to Issue::findings.
Issue Segment(const NormalizedText& text);

/// Segment, moving the documents' body lines out of TEXT instead of copying them.
Issue Segment(NormalizedText&& text);

}  // namespace gazette
