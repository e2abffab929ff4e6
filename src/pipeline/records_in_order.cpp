#include "pipeline/records_in_order.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "pipeline/parallel.hpp"

namespace gazette {

void WriteRecordsInOrder(RecordWriter& writer, size_t count, unsigned jobs,
                         const std::function<bool(size_t i, Record& record)>& make, size_t block) {
  block = std::max<size_t>(block, 1);
  const size_t blocks = (count + block - 1) / block;
  std::vector<std::string> printed(blocks);  // each block's text, from its print to its write
  RunInOrder(
      blocks, jobs,
      [&](size_t b) {
        Record record;
        for (size_t i = b * block, end = std::min(count, i + block); i < end; ++i) {
          record = Record();
          if (make(i, record)) writer.Print(record, printed[b]);
        }
      },
      [&](size_t b) {
        writer.WritePrinted(printed[b]);
        std::string().swap(printed[b]);
      });
}

}  // namespace gazette
