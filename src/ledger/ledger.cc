#include "hearsay/ledger.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>

#include "ledger/ledger_store.h"
#include "ledger/normalize.h"
#include "tagger/gazetteer.h"
#include "tagger/model_search.h"

namespace hearsay {

struct Ledger::Impl {
  std::unique_ptr<internal::LedgerStore> store;
  // Loaded on first use, for "Kursk is in Russia"; absent if no model directory has it.
  mutable std::optional<std::optional<internal::Gazetteer>> gazetteer;

  const internal::Gazetteer* Places() const {
    if (!gazetteer) {
      gazetteer.emplace();
      if (auto path = internal::FindModelFile("gazetteer.tsv", ""); path.ok()) {
        if (auto g = internal::Gazetteer::Load(*path); g.ok()) gazetteer->emplace(std::move(*g));
      }
    }
    return *gazetteer ? &**gazetteer : nullptr;
  }
};

Ledger::Ledger(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Ledger::Ledger(Ledger&&) noexcept = default;
Ledger& Ledger::operator=(Ledger&&) noexcept = default;
Ledger::~Ledger() = default;

Result<Ledger> Ledger::Open(const std::string& path, Mode mode) {
  auto store = internal::OpenSqliteStore(path, mode == Mode::kReadOnly);
  if (!store.ok()) return store.status();
  auto impl = std::make_unique<Impl>();
  impl->store = std::move(*store);
  return Ledger(std::move(impl));
}

int Ledger::SchemaVersion() { return internal::SqliteSchemaVersion(); }

Status Ledger::Begin() { return impl_->store->Begin(); }
Status Ledger::Commit() { return impl_->store->Commit(); }
Status Ledger::Rollback() { return impl_->store->Rollback(); }
Result<bool> Ledger::Store(const Document& doc) { return impl_->store->Store(doc); }
Result<std::vector<SourceSummary>> Ledger::Sources() const { return impl_->store->Sources(); }
Result<std::vector<QuoteRecord>> Ledger::Quotes(const std::string& source) const {
  return impl_->store->Quotes(source);
}
Result<int64_t> Ledger::DocumentCount() const { return impl_->store->DocumentCount(); }
Result<std::vector<DocumentSummary>> Ledger::SearchDocuments(const DocumentQuery& query) const {
  return impl_->store->SearchDocuments(query);
}
Result<int64_t> Ledger::LastDocumentRow() const { return impl_->store->LastDocumentRow(); }
Result<std::optional<int64_t>> Ledger::FindDocument(std::string_view text) const {
  return impl_->store->FindDocument(ContentHash(text));
}
Result<StoredDocument> Ledger::GetDocument(int64_t row) const { return impl_->store->GetDocument(row); }

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

bool Contains(std::string_view haystack, std::string_view needle) {
  return Lower(haystack).find(Lower(needle)) != std::string::npos;
}

}  // namespace

Result<std::vector<Claim>> Ledger::Claims(const ClaimQuery& query) const {
  auto statements = impl_->store->Statements(query.since, query.until);
  if (!statements.ok()) return statements.status();
  GroupOptions options;
  if (const internal::Gazetteer* places = impl_->Places()) {
    // A city or region inside a country: the most populous place of that name decides.
    options.container_of = [places](std::string_view where) -> std::optional<std::string> {
      if (places->FindCountry(where) != nullptr) return std::nullopt;
      std::vector<const internal::PlaceRecord*> found = places->FindPlaces(where);
      if (found.empty()) return std::nullopt;
      const internal::CountryRecord* country = places->CountryByCode(found.front()->country);
      return country ? std::optional<std::string>(country->name) : std::nullopt;
    };
  }
  std::vector<Claim> claims = GroupClaims(std::move(*statements), options);
  std::vector<Claim> out;
  for (Claim& c : claims) {
    if (!query.about.empty()) {
      // Any word of the query naming the counted thing or its class: "troops" finds "soldiers".
      internal::CountedKey asked = internal::NormalizeCounted(query.about);
      internal::CountedKey have = internal::NormalizeCounted(c.counts);
      std::string asked_head = asked.key.substr(0, asked.key.find('|'));
      if (!Contains(c.counts, query.about) && have.key.find(asked_head) == std::string::npos) continue;
    }
    if (!query.where.empty()) {
      std::string want = internal::PlaceKey(query.where);
      bool match = (c.where && internal::PlaceKey(*c.where) == want) || (c.within && Lower(*c.within) == want);
      if (!match) continue;
    }
    if (!query.source.empty()) {
      bool any = std::any_of(c.statements.begin(), c.statements.end(),
                             [&](const Statement& s) { return Contains(s.source, query.source); });
      if (!any) continue;
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::string ContentHash(std::string_view text) {
  XXH128_hash_t h = XXH3_128bits(text.data(), text.size());
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return buf;
}

}  // namespace hearsay
