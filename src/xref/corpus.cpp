// The corpus index and reference resolution.
#include "xref/corpus.hpp"

#include <algorithm>
#include <utility>

#include "extract/references.hpp"
#include "grammar/grammar.hpp"
#include "model/date.hpp"
#include "normalize/normalizer.hpp"
#include "xref/status.hpp"
#include "segment/docno.hpp"
#include "util/number.hpp"
#include "util/text.hpp"

namespace gazette {
namespace {

std::string FromGuanyu(const std::string& key) {
  size_t at = key.find("关于");
  return at == std::string::npos ? key : key.substr(at);
}

// KEY without the title marks inside it (关于印发《A》的通知 → 关于印发A的通知): how a citation that
// leaves them out (and OCR that loses them) prints it; "" when it holds none.
std::string Unmarked(const std::string& key) {
  if (key.find("《") == std::string::npos) return "";
  return ReplaceAll(ReplaceAll(key, "《", ""), "》", "");
}

// The keys a title is looked up by: as printed, without its issuers, what it issues (each of
// 关于印发《A》和《B》的通知's two), the two first without the title marks inside them, and without a
// compiler's edition note ((2021年修订)).
std::vector<std::string> TitleKeys(const std::string& title) {
  std::string key = TitleKey(title);
  std::string without_issuers = FromGuanyu(key);
  std::vector<std::string> issued = refs::IssuedOfKeys(key);  // without a second TitleKey of the title
  std::string unmarked = Unmarked(key), unmarked_without_issuers = Unmarked(without_issuers);
  // Without a compiler's edition note (…条例(2021年修订)): the regulation's own name.
  std::string unedited = EndsWith(key, ")") ? RxReplace(key, "refs_edition_note"_rx, "") : std::string();
  if (unedited == key) unedited.clear();
  // Without a version mark (《A》(2018年版)同时废止 of an A printed without it): asked last, after the
  // title as cited, which tells two editions apart when both are printed.
  std::string unversioned = EndsWith(key, ")") ? RxReplace(key, "refs_version_suffix"_rx, "") : std::string();
  if (unversioned == key) unversioned.clear();
  // Each moved in, the first of equal ones kept, into room for them all.
  std::vector<std::string> keys;
  keys.reserve(6 + issued.size());
  auto add = [&keys](std::string& k) {
    if (!k.empty() && std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(std::move(k));
  };
  add(key);
  add(without_issuers);
  for (auto& k : issued) add(k);
  add(unmarked);
  add(unmarked_without_issuers);
  add(unedited);
  add(unversioned);
  return keys;
}

}  // namespace

Corpus::Corpus(std::string as_of)
    : as_of_(as_of.empty() ? ToIso(Today()) : std::move(as_of)), as_of_day_(ParseIsoDay(as_of_)) {}

// The printed documents' ids, 文号 and title keys, and the title keys of the references that
// print a 文号, are indexed here, as each issue comes, in the order Resolve used to index them
// all: with several jobs an issue is added beside the others' loading, where Resolve then ran
// alone at the end (a third of its time).
void Corpus::AddIssue(const Issue& issue, const std::function<bool(const Reference&)>& keep) {
  DropStubs();  // Resolve() makes them again
  SharedText source = issue.source;
  for (const auto& d : issue.documents) {
    docs_.push_back(LightDocument(issue, d));
    IndexPrinted(docs_.size() - 1);
    SharedText from = docs_.back().id;
    for (const auto& r : d.references) {
      if (!keep || keep(r)) refs_.push_back(CorpusReference::Of(r, source, from, texts_->Add(r.text)));
      if (!r.to.empty() && !r.title.empty())
        for (const auto& key : TitleKeys(r.title)) title_docnos_.emplace(key, r.to);
    }
  }
  printed_count_ = docs_.size();
  resolved_ = false;
}

void Corpus::IndexPrinted(size_t i) {
  const CorpusDocument& d = docs_[i];
  int index = static_cast<int>(i);
  IndexId(d.id, index);
  if (!d.docno.empty()) IndexId(d.docno, index);
  for (const auto& other : d.joint_docnos) IndexId(other, index);
  std::vector<std::string> keys = TitleKeys(d.title);
  for (const auto& in : d.instruments) keys.push_back(TitleKey(in));
  for (const auto& key : keys) {
    auto [it, fresh] = by_title_.emplace(key, index);
    if (fresh || it->second == index) continue;
    std::vector<int>& sharing = shared_titles_[key];  // two documents share it: ambiguous
    if (it->second >= 0) sharing.push_back(it->second);
    if (std::find(sharing.begin(), sharing.end(), index) == sharing.end()) sharing.push_back(index);
    it->second = -1;
  }
}

int Corpus::SharedTitleTarget(const std::string& key, const CorpusReference& r) const {
  auto shared = shared_titles_.find(key);
  if (shared == shared_titles_.end()) return -1;
  const int from = IndexOf(r.from.str());
  const CorpusDocument* citing = from >= 0 ? &docs_[static_cast<size_t>(from)] : nullptr;
  bool shares = false;  // the citing document is one of those that share the title
  std::vector<int> others;
  for (int i : shared->second) {
    const CorpusDocument& d = docs_[static_cast<size_t>(i)];
    if (d.id == r.from) {
      shares = true;
    } else if (!citing || !citing->date || !d.date || d.date->day <= citing->date->day) {
      others.push_back(i);  // none signed after the citing document
    }
  }
  // 2015年印发的《A》: the one signed that year, and none if it is not printed.
  const std::string text = r.text.str();
  for (const auto& m : RxAll(text, "refs_title_year"_rx)) {
    if (TitleKey(Group(m, "title")) != key) continue;
    const int year = DecimalOr(Group(m, "year"), 0);
    int pick = -1;
    for (int i : others) {
      const auto& date = docs_[static_cast<size_t>(i)].date;
      if (!date || static_cast<int>(date->day.year()) != year) continue;
      if (pick >= 0) return -1;  // two that year
      pick = i;
    }
    return pick;
  }
  // A new version under its old title (修订后的《A》): the one other, earlier text; of several,
  // the latest printed with the same issuers, the one in force when the new version replaces it
  // (an undated citing document tells no order: none).
  if (!shares || others.empty()) return -1;
  // One other: the earlier text, unless another issuer's (关于加强汛期安全管理工作的通知 by two agencies).
  if (others.size() == 1) return !citing || SameIssuer(docs_[static_cast<size_t>(others.front())], *citing) ? others.front() : -1;
  if (!citing || !citing->date) return -1;
  std::vector<int> same_issuers;
  for (int i : others)
    if (SameIssuer(docs_[static_cast<size_t>(i)], *citing)) same_issuers.push_back(i);
  return LatestSigned(same_issuers);
}

namespace {

// The issuers a printed title names before 关于 (北京市财政局关于印发…的通知 → 北京市财政局), "" if none.
std::string_view IssuerPart(std::string_view title) {
  const size_t about = title.find("关于");
  return about == std::string_view::npos ? std::string_view() : title.substr(0, about);
}

// The agency code of a 文号 (京财发〔2015〕8号 → 京财发), "" for none.
std::string_view DocnoCode(std::string_view docno) {
  const size_t bracket = docno.find("〔");
  return bracket == std::string_view::npos ? std::string_view() : docno.substr(0, bracket);
}

}  // namespace

bool Corpus::SameIssuer(const CorpusDocument& a, const CorpusDocument& b) {
  const std::string_view code_a = DocnoCode(a.docno), code_b = DocnoCode(b.docno);
  if (!code_a.empty() && code_a == code_b) return true;  // numbered in one series (京财发)
  const std::string_view x = IssuerPart(a.title), y = IssuerPart(b.title);
  // One issuer of the two, a co-issuer added (北京市财政局 / 北京市财政局 北京市规划和自然资源委员会).
  if (!x.empty() && !y.empty()) return x.find(y) != std::string_view::npos || y.find(x) != std::string_view::npos;
  // Codes that differ tell them apart; nothing else does (two orders: 北京市人民政府令).
  return code_a.empty() || code_b.empty();
}

int Corpus::LatestSigned(const std::vector<int>& indices) const {
  int latest = -1;
  bool tie = false;
  for (int i : indices) {
    const auto& date = docs_[static_cast<size_t>(i)].date;
    if (!date) return -1;
    if (latest < 0 || date->day > docs_[static_cast<size_t>(latest)].date->day) {
      latest = i;
      tie = false;
    } else if (date->day == docs_[static_cast<size_t>(latest)].date->day) {
      tie = true;
    }
  }
  return tie ? -1 : latest;
}

void Corpus::DropStubs() const {
  for (const auto& key : stub_keys_) by_id_.erase(key);
  stub_keys_.clear();
  docs_.resize(printed_count_);
}

const std::deque<CorpusDocument>& Corpus::documents() const {
  Resolve();
  return docs_;
}

const std::deque<CorpusReference>& Corpus::references() const {
  Resolve();
  return refs_;
}

int Corpus::IndexOf(const std::string& id) const {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) {
    std::string alias = AliasKey(id);
    if (!alias.empty()) it = by_id_.find(alias);
  }
  return it == by_id_.end() ? -1 : it->second;
}

void Corpus::IndexId(const std::string& id, int index, std::vector<std::string>* inserted) const {
  std::string alias = AliasKey(id);
  if (by_id_.emplace(id, index).second && inserted) inserted->push_back(id);
  if (!alias.empty() && by_id_.emplace(alias, index).second && inserted) inserted->push_back(std::move(alias));
}

int Corpus::AddStub(const CorpusReference& r, const std::string& id) const {
  int known = IndexOf(id);
  if (known >= 0) return known;
  CorpusDocument stub;
  stub.id = id;
  stub.docno = r.to.empty() ? (StartsWith(id, "《") ? "" : id) : r.to;
  stub.title = r.title;
  stub.source = r.source;
  stub.line = r.line;
  docs_.push_back(std::move(stub));  // moved: a copy was a second allocation of each of its texts
  int index = static_cast<int>(docs_.size() - 1);
  IndexId(id, index, &stub_keys_);
  // An order cited with its year first may be of a series numbered without years (2003年…令第136号):
  // known by its number alone too, unless a printed order has it.
  int year = 0;
  if (std::string yearless = YearlessOrder(id, &year); !yearless.empty() && by_id_.emplace(yearless, index).second)
    stub_keys_.push_back(std::move(yearless));
  return index;
}

void Corpus::ResolveOne(CorpusReference& r) const {
  r.resolved = false;
  r.target_id.clear();
  std::string docno = r.to;
  if (docno.empty()) {
    for (const auto& key : TitleKeys(r.title)) {
      auto t = by_title_.find(key);
      const int at = t == by_title_.end() ? -1 : t->second >= 0 ? t->second : SharedTitleTarget(key, r);
      if (at >= 0 && docs_[static_cast<size_t>(at)].id != r.from) {
        r.resolved = true;
        r.target_id = docs_[static_cast<size_t>(at)].id;
        return;
      }
      auto known = title_docnos_.find(key);
      if (known != title_docnos_.end() && known->second != r.from && docno.empty()) docno = known->second;
    }
  }
  if (!docno.empty()) {
    int at = IndexOf(docno);
    if (at < 0 || !docs_[static_cast<size_t>(at)].printed) at = PrintedOrderOfYear(docno, at);
    if (at >= 0 && docs_[static_cast<size_t>(at)].printed) {
      r.resolved = docs_[static_cast<size_t>(at)].id != r.from;
      r.target_id = r.resolved ? docs_[static_cast<size_t>(at)].id : "";
      return;
    }
    // An order cited with its year first and by its number alone elsewhere, neither printed: one.
    int year = 0;
    if (const std::string yearless = YearlessOrder(docno, &year);
        !yearless.empty() && (at = IndexOf(yearless)) >= 0 && !docs_[static_cast<size_t>(at)].printed &&
        docs_[static_cast<size_t>(at)].id == yearless) {  // cited plainly, not another year's order
      r.target_id = docs_[static_cast<size_t>(at)].id;
      return;
    }
    r.target_id = docs_[static_cast<size_t>(AddStub(r, docno))].id;
    return;
  }
  if (!r.title.empty()) r.target_id = docs_[static_cast<size_t>(AddStub(r, "《" + TitleKey(r.title) + "》"))].id;
}

void Corpus::Resolve() const {
  if (resolved_) return;
  DropStubs();  // the printed documents are indexed already (AddIssue)
  for (auto& r : refs_) ResolveOne(r);
  by_target_.clear();
  for (size_t i = 0; i < refs_.size(); ++i)
    if (!refs_[i].target_id.empty()) by_target_[refs_[i].target_id].push_back(i);
  resolved_ = true;
}

std::vector<std::string> TypedTitleKeys(const std::string& typed) {
  if (!NormalizeDocno(typed).empty()) return {};  // a 文号 names no title
  std::vector<std::string> titles = TitleKeys(typed);
  for (auto& k : TitleKeys(NormalizeText(typed)))
    if (std::find(titles.begin(), titles.end(), k) == titles.end()) titles.push_back(std::move(k));
  return titles;
}

std::vector<LookupKey> FindKeys(const std::string& typed) {
  std::vector<LookupKey> keys;
  std::string docno = NormalizeDocno(typed);
  for (const std::string& k : {Trim(typed), docno}) {
    if (k.empty()) continue;
    keys.push_back({true, k});
    std::string alias = AliasKey(k);  // as Corpus::IndexOf: an order's number, a two-digit year, in any printed form
    if (!alias.empty()) keys.push_back({true, alias});
  }
  if (!docno.empty()) return keys;
  for (const auto& k : TypedTitleKeys(typed)) {
    keys.push_back({false, k});
    keys.push_back({true, "《" + k + "》"});
  }
  return keys;
}

bool TitleNames(const std::vector<std::string>& keys, const Document& d) {
  if (keys.empty()) return false;
  std::vector<std::string> own = TitleKeys(d.title);
  for (const auto& in : d.instruments) own.push_back(TitleKey(in.title));
  for (const auto& k : keys)
    if (std::find(own.begin(), own.end(), k) != own.end()) return true;
  return false;
}

const CorpusDocument* Corpus::Find(const std::string& key) const {
  Resolve();
  // FindKeys' first key, tried before the others are worked out: callers mostly pass an id.
  if (std::string_view id = TrimmedView(key); !id.empty()) {
    auto it = id.size() == key.size() ? by_id_.find(key) : by_id_.find(std::string(id));  // no copy of an id
    if (it != by_id_.end()) return &docs_[static_cast<size_t>(it->second)];
  }
  for (const auto& k : FindKeys(key)) {
    if (k.by_id) {
      auto it = by_id_.find(k.key);
      if (it != by_id_.end()) return &docs_[static_cast<size_t>(it->second)];
    } else if (const CorpusDocument* d = FindTitled(k.key)) {
      return d;
    }
  }
  return nullptr;
}

const CorpusDocument* Corpus::FindTitled(const std::string& key) const {
  auto t = by_title_.find(key);
  if (t != by_title_.end()) return t->second >= 0 ? &docs_[static_cast<size_t>(t->second)] : nullptr;
  // A title cited with its 文号 (《A》(京政发〔2005〕30号)): the document of that 文号.
  auto cited = title_docnos_.find(key);
  if (cited == title_docnos_.end()) return nullptr;
  auto it = by_id_.find(cited->second);
  return it == by_id_.end() ? nullptr : &docs_[static_cast<size_t>(it->second)];
}

std::vector<std::string> Corpus::IdsTitled(const std::string& title) const {
  Resolve();
  const std::vector<std::string> wanted = TypedTitleKeys(title);
  std::vector<std::string> ids;
  for (size_t i = 0; i < printed_count_; ++i) {
    const CorpusDocument& d = docs_[i];
    std::vector<std::string> keys = TitleKeys(d.title);
    for (const auto& in : d.instruments) keys.push_back(TitleKey(in));
    if (std::any_of(keys.begin(), keys.end(), [&](const std::string& k) {
          return std::find(wanted.begin(), wanted.end(), k) != wanted.end();
        }))
      ids.push_back(d.id);
  }
  return ids;
}

std::vector<std::pair<LookupKey, std::string>> Corpus::LookupKeys() const {
  Resolve();
  std::vector<std::pair<LookupKey, std::string>> out;
  for (const auto& [key, index] : by_id_) out.push_back({{true, key}, docs_[static_cast<size_t>(index)].id});
  for (const auto& [key, index] : by_title_)
    out.push_back({{false, key}, index >= 0 ? docs_[static_cast<size_t>(index)].id : ""});
  for (const auto& [key, docno] : title_docnos_)  // titles cited with their 文号, as FindTitled
    if (!by_title_.count(key))
      if (const CorpusDocument* d = FindTitled(key)) out.push_back({{false, key}, d->id});
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {  // ids first, each kind by key
    return a.first.by_id != b.first.by_id ? a.first.by_id : a.first.key < b.first.key;
  });
  return out;
}

GraphEdges Corpus::Edges(bool all) const {
  Resolve();
  GraphEdges out;
  for (const auto& r : refs_)
    if (!r.target_id.empty() && (all || IsSupersession(r.type))) out.push_back(&r);
  return out;
}

}  // namespace gazette
