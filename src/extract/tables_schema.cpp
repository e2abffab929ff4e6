// Column schemas of catalog tables, read from catalogs/table-schemas.tsv (embedded).
#include <algorithm>
#include <cstdint>
#include <map>
#include <string_view>
#include <unordered_set>

#include "extract/tables_internal.hpp"
#include "normalize/normalizer.hpp"
#include "util/embedded.hpp"
#include "util/text.hpp"

namespace gazette::tables {
namespace {

/// One schema: header (comparison form) → column, in file order.
struct Schema {
  std::string name;
  std::vector<std::pair<std::string, Column>> headers;
  const Column* Find(const std::string& header_key) const {
    for (const auto& [h, c] : headers)
      if (h == header_key) return &c;
    return nullptr;
  }
};

std::vector<Schema> ParseSchemas(std::string_view tsv) {
  std::vector<Schema> schemas;
  for (const auto& raw : Split(tsv, "\n")) {
    std::string line = raw;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (Trim(line).empty() || line[0] == '#') continue;
    auto f = Split(line, "\t");
    if (f.size() < 4) continue;  // the file is tested; a short line is ignored, not fatal
    Schema* s = nullptr;
    for (auto& x : schemas)
      if (x.name == f[0]) s = &x;
    if (!s) {
      schemas.push_back({f[0], {}});
      s = &schemas.back();
    }
    s->headers.push_back({HeaderKey(f[1]), Column{Trim(f[2]), Parse<ColumnType>(Trim(f[3])).value_or(ColumnType::kText)}});
  }
  return schemas;
}

const std::vector<Schema>& Schemas() {
  static const std::vector<Schema> schemas = ParseSchemas(EmbeddedData("catalogs/table-schemas.tsv"));
  return schemas;
}

const Schema* Common() {
  for (const auto& s : Schemas())
    if (s.name == "*") return &s;
  return nullptr;
}

/// Number of HEADERS (printed) that SCHEMA names by their KEYS (HeaderKey of each).
int Score(const Schema& schema, const std::vector<std::string>& headers, const std::vector<std::string>& keys) {
  int n = 0;
  for (size_t i = 0; i < headers.size(); ++i)
    if (!headers[i].empty() && schema.Find(keys[i])) ++n;
  return n;
}

int NonEmpty(const std::vector<std::string>& keys) {
  int n = 0;
  for (const auto& k : keys) n += !k.empty();
  return n;
}

/// The header keys of every schema but "*", and their byte lengths, a bit each (bit 63: 63 or
/// more), which turn most keys away before they are hashed.
struct HeaderKeySet {
  uint64_t lengths = 0;
  std::unordered_set<std::string, CellHash, std::equal_to<>> keys;  ///< asked of every cell of every row
};

const HeaderKeySet& SchemaHeaderKeys() {
  static const HeaderKeySet set = [] {
    HeaderKeySet made;
    for (const auto& s : Schemas())
      if (s.name != "*")
        for (const auto& [key, column] : s.headers) {
          made.lengths |= uint64_t{1} << std::min<size_t>(key.size(), 63);
          made.keys.insert(key);
        }
    return made;
  }();
  return set;
}

/// True when KEY is a header key of a schema but "*".
bool IsSchemaHeaderKey(const std::string& key) {
  const HeaderKeySet& set = SchemaHeaderKeys();
  return ((set.lengths >> std::min<size_t>(key.size(), 63)) & 1) && set.keys.count(key);
}

/// The schema that names most of HEADERS (printed) by their KEYS (HeaderKey of each: each
/// header is normalized once, not once per schema); null when none names enough of them.
const Schema* BestSchema(const std::vector<std::string>& headers, const std::vector<std::string>& keys) {
  // A schema's score counts keys that are its header keys: with fewer than two keys that are any
  // schema's, every score is below two (most rows of a table: its names, countries, 文号).
  int may_score = 0;
  for (size_t i = 0; i < headers.size(); ++i) may_score += !headers[i].empty() && IsSchemaHeaderKey(keys[i]);
  if (may_score < 2) return nullptr;
  const Schema* best = nullptr;
  int best_score = 0;
  for (const auto& s : Schemas()) {
    if (s.name == "*") continue;
    int score = Score(s, headers, keys);
    if (score > best_score) best = &s, best_score = score;
  }
  if (best_score < 2 || 2 * best_score < NonEmpty(keys)) return nullptr;
  return best;
}

}  // namespace

std::string HeaderKey(const std::string& cell) { return NormalizeTextWithoutSpaces(cell); }

std::vector<std::string> HeaderKeys(const std::vector<std::string>& cells) {
  std::vector<std::string> keys;
  keys.reserve(cells.size());
  for (const auto& c : cells) keys.push_back(HeaderKey(c));
  return keys;
}

const std::string& HeaderKeyMemo::operator()(const std::string& cell) {
  return Remembered(memo_, cell, [&] { return HeaderKey(cell); });
}

std::vector<std::string> HeaderKeyMemo::Keys(const std::vector<std::string>& cells) {
  std::vector<std::string> keys;
  keys.reserve(cells.size());
  for (const auto& c : cells) keys.push_back((*this)(c));
  return keys;
}

void HeaderKeyMemo::KeysInto(const std::vector<std::string>& cells, std::vector<std::string>& out) {
  out.resize(cells.size());
  for (size_t i = 0; i < cells.size(); ++i) out[i] = (*this)(cells[i]);  // assigned into the room held
}

bool IsKnownHeader(const std::vector<std::string>& headers) {
  return BestSchema(headers, HeaderKeys(headers)) != nullptr;
}

bool IsKnownHeader(const std::vector<std::string>& headers, const std::vector<std::string>& keys) {
  return BestSchema(headers, keys) != nullptr;
}

FittedSchema FitSchema(const std::vector<std::string>& headers) {
  FittedSchema fitted;
  std::vector<std::string> keys = HeaderKeys(headers);
  const Schema* schema = BestSchema(headers, keys);
  const Schema* common = Common();
  // The schema is named by headers of its own: those every table may print (序号, 编号, 备注) found
  // the table, but say nothing of its kind (a 行政许可事项目录's 序号 项目名称 实施机关 备注 is no
  // price list) — unless the schema names every header (序号 医疗机构名称).
  int own = 0;
  for (size_t i = 0; schema && i < headers.size(); ++i)
    own += !headers[i].empty() && schema->Find(keys[i]) && !(common && common->Find(keys[i]));
  const bool named = schema && (own >= 2 || (own == 1 && Score(*schema, headers, keys) == NonEmpty(keys)));
  fitted.name = named ? schema->name : "generic";
  std::map<std::string, int> used;
  for (size_t i = 0; i < headers.size(); ++i) {
    const std::string& h = keys[i];
    const Column* c = schema && !h.empty() ? schema->Find(h) : nullptr;
    if (!c && common && !h.empty()) c = common->Find(h);
    Column col = c ? *c : Column{"col_" + std::to_string(i + 1), ColumnType::kText};
    // A second numbering column beside the 序号 (编号: a standard's DB11/T 101-1998, a licence's
    // number) is no row sequence: an identifier kept as printed, under a key of its own.
    if (col.type == ColumnType::kSeq && used["seq"] > 0) col = Column{"number", ColumnType::kText};
    // Two columns with the same key (aliases printed side by side) keep apart: key, key_2.
    if (++used[col.key] > 1) col.key += "_" + std::to_string(used[col.key]);
    fitted.columns.push_back(col);
  }
  return fitted;
}

}  // namespace gazette::tables
