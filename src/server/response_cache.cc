#include "server/response_cache.h"

namespace hearsay::internal {

std::optional<std::string> ResponseCache::Get(const std::string& key, int64_t generation) {
  std::lock_guard lock(mu_);
  auto found = index_.find(key);
  if (found == index_.end()) return std::nullopt;
  if (found->second->generation != generation) {
    Erase(found->second);
    return std::nullopt;
  }
  lru_.splice(lru_.begin(), lru_, found->second);
  return found->second->body;
}

void ResponseCache::Put(const std::string& key, int64_t generation, std::string body) {
  if (body.size() > max_bytes_ / 4) return;
  std::lock_guard lock(mu_);
  if (auto found = index_.find(key); found != index_.end()) Erase(found->second);
  bytes_ += body.size();
  lru_.push_front(Entry{key, generation, std::move(body)});
  index_[key] = lru_.begin();
  while (!lru_.empty() && (lru_.size() > max_entries_ || bytes_ > max_bytes_)) Erase(std::prev(lru_.end()));
}

size_t ResponseCache::size() const {
  std::lock_guard lock(mu_);
  return lru_.size();
}

void ResponseCache::Erase(std::list<Entry>::iterator it) {
  bytes_ -= it->body.size();
  index_.erase(it->key);
  lru_.erase(it);
}

}  // namespace hearsay::internal
