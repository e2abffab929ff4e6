#include "segment/segmenter.hpp"

namespace gazette {

Issue Segment(const NormalizedText& text) {
  Issue issue;
  issue.source = text.source;
  return issue;
}

}  // namespace gazette
