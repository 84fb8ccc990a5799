// ResponseCache: recent answers to the ledger queries that cost the most
// (claims group every statement in the ledger on each call), so that a page
// reloaded or a figure opened by many analysts is computed once.
//
//   int64_t generation = *reader->LastDocumentRow();
//   if (auto hit = cache.Get(key, generation)) return *hit;
//   std::string body = Compute();
//   cache.Put(key, generation, body);
//
// An entry is good only for the ledger generation it was computed at: the
// ledger's last document row, which changes whenever a document is added (by
// this server or by an `hearsay ingest` running beside it; documents are
// never changed or removed). Least recently used entries go first, within
// `max_entries` and `max_bytes`. Thread-safe.
#ifndef HEARSAY_SERVER_RESPONSE_CACHE_H_
#define HEARSAY_SERVER_RESPONSE_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace hearsay::internal {

class ResponseCache {
 public:
  ResponseCache(size_t max_entries, size_t max_bytes) : max_entries_(max_entries), max_bytes_(max_bytes) {}

  // The body stored under `key` at `generation`, if any.
  std::optional<std::string> Get(const std::string& key, int64_t generation);
  // Stores `body`; bodies larger than a quarter of max_bytes are not kept.
  void Put(const std::string& key, int64_t generation, std::string body);

  size_t size() const;

 private:
  struct Entry {
    std::string key;
    int64_t generation;
    std::string body;
  };
  void Erase(std::list<Entry>::iterator it);

  const size_t max_entries_;
  const size_t max_bytes_;
  mutable std::mutex mu_;
  std::list<Entry> lru_;  // most recent first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
  size_t bytes_ = 0;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_SERVER_RESPONSE_CACHE_H_
