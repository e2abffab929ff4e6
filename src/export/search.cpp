#include "export/search.hpp"

#include "export/fields.hpp"
#include "normalize/normalizer.hpp"
#include "util/text.hpp"

namespace gazette {

namespace {

char32_t FoldChar(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c - 'A' + 'a';
  switch (c) {
    case U'〔': case U'［': case U'【': case U'（': case U'[': case U'﹝': case U'〖':
      return U'(';
    case U'〕': case U'］': case U'】': case U'）': case U']': case U'﹞': case U'〗':
      return U')';
    case U'〈': return U'《';
    case U'〉': return U'》';
    default: return c;
  }
}

bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000 || c == '\n' || c == '\r' || c == 0xA0; }

/// The search key of an already-normalized text, with the byte range in that text of each key
/// character.
struct KeyedText {
  std::u32string key;
  std::vector<size_t> begins, ends;
};

KeyedText KeyWithOffsets(const std::string& text) {
  KeyedText k;
  k.key.reserve(text.size() / 2);
  k.begins.reserve(text.size() / 2);
  k.ends.reserve(text.size() / 2);
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i, len = 0;
    char32_t cp = CodePointAt(text, i, &len);
    i += len;
    if (IsSpace(cp)) continue;
    k.key.push_back(FoldChar(cp));
    k.begins.push_back(start);
    k.ends.push_back(i);
  }
  return k;
}

/// TEXT[begin,end) with up to CONTEXT code points either side.
std::string Context(const std::string& text, size_t begin, size_t end, int context) {
  std::u32string before = ToU32(std::string_view(text).substr(0, begin));
  std::u32string after = ToU32(std::string_view(text).substr(end));
  std::string out;
  if (before.size() > size_t(context)) {
    out = "…" + ToUtf8(before.substr(before.size() - context));
  } else {
    out = ToUtf8(before);
  }
  out += text.substr(begin, end - begin);
  if (after.size() > size_t(context)) return out + ToUtf8(after.substr(0, context)) + "…";
  return out + ToUtf8(after);
}

int LastLineOf(const Document& doc) {
  if (doc.body.empty()) return doc.docno_line > 0 ? doc.docno_line : doc.line;
  return doc.body.back().last_line > 0 ? doc.body.back().last_line : doc.body.back().line;
}

/// Title of the instrument whose body range holds printed LINE, "" for the notice itself.
std::string InstrumentAt(const Document& doc, int line) {
  for (const auto& ins : doc.instruments) {
    if (ins.last <= ins.first || ins.last > doc.body.size()) continue;
    int first = doc.body[ins.first].line;
    int last = doc.body[ins.last - 1].last_line;
    if (line >= first && line <= last) return ins.title;
  }
  return "";
}

/// The body line of DOC holding printed LINE, nullptr if none.
const TextLine* BodyLineAt(const Document& doc, int line) {
  for (const auto& t : doc.body)
    if (line >= t.line && line <= std::max(t.line, t.last_line)) return &t;
  return nullptr;
}

}  // namespace

std::u32string FoldedKey(std::string_view normalized) { return KeyWithOffsets(std::string(normalized)).key; }

std::u32string SearchKey(std::string_view text) { return FoldedKey(NormalizeText(text)); }

const Document* DocumentAtLine(const Issue& issue, int line) {
  for (const auto& doc : issue.documents)
    if (line >= doc.line && line <= LastLineOf(doc)) return &doc;
  return nullptr;
}

ArticleFinder::ArticleFinder(const Document& doc)
    : doc_(doc), keys_(doc.articles.size()), ready_(doc.articles.size(), false) {}

std::string ArticleFinder::At(int line) const {
  if (doc_.body.empty() || line < doc_.body.front().line) return "";
  const TextLine* text = BodyLineAt(doc_, line);
  if (!text) return "";
  std::u32string tail = FoldedKey(text->text);  // body lines are normalized already
  // The line's end, past any label: its last 12 characters, or the last half of a shorter line
  // (一、规范停车收费。, whose node's text holds no 一、).
  const size_t kept = tail.size() > 12 ? 12 : std::max<size_t>(1, tail.size() / 2);
  tail = tail.substr(tail.size() - std::min(kept, tail.size()));
  std::string instrument = InstrumentAt(doc_, line);
  for (size_t i = doc_.articles.size(); i-- > 0;) {  // the innermost node is the last to start
    const ArticleNode& n = doc_.articles[i];
    // An attachment's nodes are named by the attachment's title, not the instrument's.
    const bool attached = n.id.find("att_") != std::string::npos;
    if ((n.instrument != instrument && !attached) || n.line <= 0 || n.line > line) continue;
    if (!ready_[i]) keys_[i] = FoldedKey(n.heading + n.text), ready_[i] = true;  // normalized too
    if (keys_[i].find(tail) != std::u32string::npos) return n.id;
  }
  return "";
}

std::string EnclosingArticle(const Document& doc, int line) { return ArticleFinder(doc).At(line); }

std::vector<SearchHit> SearchLine(const TextLine& line, const std::u32string& key, int context) {
  std::vector<SearchHit> hits;
  if (key.empty()) return hits;
  KeyedText hay = KeyWithOffsets(line.text);
  for (size_t at = hay.key.find(key); at != std::u32string::npos; at = hay.key.find(key, at + key.size())) {
    SearchHit h;
    size_t begin = hay.begins[at], end = hay.ends[at + key.size() - 1];
    h.line = line.LineAt(begin);
    h.match = line.text.substr(begin, end - begin);
    h.context = Context(line.text, begin, end, context);
    hits.push_back(std::move(h));
  }
  return hits;
}

std::vector<SearchHit> SearchIssue(const Issue& issue, const std::vector<TextLine>& lines,
                                   const std::string& needle, int context) {
  std::vector<SearchHit> hits;
  std::u32string key = SearchKey(needle);
  for (const auto& line : lines) {
    for (auto& h : SearchLine(line, key, context)) {
      h.source = issue.source;
      if (const Document* doc = DocumentAtLine(issue, h.line)) {
        h.docno = doc->docno;
        h.document = doc->id;
        h.article = EnclosingArticle(*doc, h.line);
      }
      hits.push_back(std::move(h));
    }
  }
  return hits;
}

namespace {

constexpr Field<SearchHit> kSearchFields[] = {
    {"source", [](const SearchHit& h) -> Record { return h.source; }},
    {"line", [](const SearchHit& h) -> Record { return h.line; }},
    {"docno", [](const SearchHit& h) -> Record { return h.docno; }},
    {"document", [](const SearchHit& h) -> Record { return h.document; }},
    {"article", [](const SearchHit& h) -> Record { return h.article; }},
    {"match", [](const SearchHit& h) -> Record { return h.match; }},
    {"context", [](const SearchHit& h) -> Record { return h.context; }},
};

}  // namespace

std::vector<std::string> SearchRecordKeys() { return KeysOf(kSearchFields); }

Record SearchRecord(const SearchHit& hit) { return RecordOf(kSearchFields, hit); }

}  // namespace gazette
