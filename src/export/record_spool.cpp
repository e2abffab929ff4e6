#include "export/record_spool.hpp"

#include <cstdlib>
#include <string>
#include <string_view>

#include "util/json_text.hpp"
#include "util/temporary_file.hpp"

namespace gazette {

RecordSpool::RecordSpool() : file_(UnlinkedFileIn(TemporaryDirectory()), &std::fclose) {}

void RecordSpool::Add(const Record& record) {
  if (!ok()) return;
  std::string line = JsonText(record) + "\n";
  if (std::fwrite(line.data(), 1, line.size(), file_.get()) != line.size()) failed_ = true;
}

Status RecordSpool::ForEach(const std::function<void(const Record&)>& each) {
  if (!file_) return Error{"cannot create a temporary file"};
  if (failed_ || std::fflush(file_.get()) != 0 || std::ferror(file_.get()))
    return Error{"temporary file: write failed"};
  std::rewind(file_.get());
  char* line = nullptr;  // one record a line, read back by POSIX getline
  size_t capacity = 0;
  for (ssize_t n; (n = getline(&line, &capacity, file_.get())) > 0;)
    each(Record::parse(std::string_view(line, static_cast<size_t>(n))));
  std::free(line);
  if (std::ferror(file_.get())) return Error{"temporary file: read failed"};
  return {};
}

}  // namespace gazette
