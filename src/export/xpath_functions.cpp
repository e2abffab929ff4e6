#include "export/xpath_functions.hpp"

#include <utility>

namespace gazette::xpath_reading {

std::optional<Type> FunctionType(std::string_view name) {
  static constexpr std::pair<std::string_view, Type> kFunctions[] = {
      {"last", Type::kNumber},         {"position", Type::kNumber},      {"count", Type::kNumber},
      {"sum", Type::kNumber},          {"number", Type::kNumber},        {"string-length", Type::kNumber},
      {"floor", Type::kNumber},        {"ceiling", Type::kNumber},       {"round", Type::kNumber},
      {"string", Type::kString},       {"concat", Type::kString},        {"substring", Type::kString},
      {"substring-before", Type::kString}, {"substring-after", Type::kString},
      {"normalize-space", Type::kString},  {"translate", Type::kString}, {"local-name", Type::kString},
      {"namespace-uri", Type::kString},    {"name", Type::kString},      {"boolean", Type::kBoolean},
      {"not", Type::kBoolean},         {"true", Type::kBoolean},         {"false", Type::kBoolean},
      {"lang", Type::kBoolean},        {"contains", Type::kBoolean},     {"starts-with", Type::kBoolean},
      {"id", Type::kNodeSet},
  };
  for (const auto& [n, type] : kFunctions) {
    if (n == name) return type;
  }
  return std::nullopt;
}

bool ReadsNames(std::string_view name) { return name == "name" || name == "local-name" || name == "namespace-uri"; }

XPathGathered::Keep ArgumentKeep(std::string_view name) {
  using Keep = XPathGathered::Keep;
  return name == "count" || name == "sum" ? Keep::kAll : Keep::kFirst;
}

bool ReadsContextText(std::string_view name) {
  return name == "string" || name == "number" || name == "string-length" || name == "normalize-space";
}

}  // namespace gazette::xpath_reading
