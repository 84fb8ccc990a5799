#include "server/ledger_pool.h"

namespace hearsay::internal {

Result<std::unique_ptr<LedgerPool>> LedgerPool::Open(const std::string& path) {
  auto writer = Ledger::Open(path, Ledger::Mode::kReadWrite);
  if (!writer.ok()) return writer.status();
  std::unique_ptr<LedgerPool> pool(new LedgerPool(path, std::make_unique<Ledger>(std::move(*writer))));
  auto reader = pool->Reader();  // fails now if the file cannot be read
  if (!reader.ok()) return reader.status();
  return pool;
}

Result<LedgerPool::ReaderLease> LedgerPool::Reader() {
  {
    std::lock_guard lock(idle_mu_);
    if (!idle_.empty()) {
      std::unique_ptr<Ledger> ledger = std::move(idle_.back());
      idle_.pop_back();
      return ReaderLease(this, std::move(ledger));
    }
  }
  // Opening takes a few hundred microseconds; not under the lock.
  auto ledger = Ledger::Open(path_, Ledger::Mode::kReadOnly);
  if (!ledger.ok()) return ledger.status();
  {
    std::lock_guard lock(idle_mu_);
    ++opened_;
  }
  return ReaderLease(this, std::make_unique<Ledger>(std::move(*ledger)));
}

void LedgerPool::Return(std::unique_ptr<Ledger> ledger) {
  std::lock_guard lock(idle_mu_);
  idle_.push_back(std::move(ledger));
}

size_t LedgerPool::readers_opened() const {
  std::lock_guard lock(idle_mu_);
  return opened_;
}

}  // namespace hearsay::internal
