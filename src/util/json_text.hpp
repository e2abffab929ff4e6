// JSON text of a value whose strings may hold bytes that are not UTF-8 (a file name from a Windows
// share or a zip, lat\xe9.txt): each such byte written as U+FFFD, never an exception.
#pragma once
#include <string>

namespace gazette {

/// VALUE (an nlohmann::json or ordered_json) as compact JSON text, invalid UTF-8 replaced.
template <class Json>
std::string JsonText(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace gazette
