// LedgerPool: the server's connections to the ledger. Queries borrow a
// read-only connection (opened on first need, then reused, so there are at
// most as many as requests ever ran at once); stores take the one writer,
// one at a time. SQLite's WAL lets the readers go on while the writer writes.
//
//   auto reader = pool->Reader();            // ReaderLease, returned on destruction
//   if (!reader.ok()) return Error(reader.status());
//   auto claims = (*reader)->Claims(query);
//
//   auto writer = pool->Writer();            // WriterLease: holds the writer lock
//   writer->Begin(); writer->Store(doc); writer->Commit();
//
// Thread-safe.
#ifndef HEARSAY_SERVER_LEDGER_POOL_H_
#define HEARSAY_SERVER_LEDGER_POOL_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "hearsay/ledger.h"
#include "hearsay/status.h"

namespace hearsay::internal {

class LedgerPool {
 public:
  // Opens the writer (creating and migrating the ledger) and one reader, so a
  // ledger that cannot be read fails here rather than on the first request.
  static Result<std::unique_ptr<LedgerPool>> Open(const std::string& path);

  // A borrowed read-only connection, given back when the lease ends.
  class ReaderLease {
   public:
    ReaderLease(LedgerPool* pool, std::unique_ptr<Ledger> ledger) : pool_(pool), ledger_(std::move(ledger)) {}
    ReaderLease(ReaderLease&&) noexcept = default;
    ReaderLease& operator=(ReaderLease&&) = delete;
    ~ReaderLease() {
      if (ledger_) pool_->Return(std::move(ledger_));
    }
    const Ledger* operator->() const { return ledger_.get(); }
    const Ledger& operator*() const { return *ledger_; }

   private:
    LedgerPool* pool_;
    std::unique_ptr<Ledger> ledger_;
  };

  // The writer, locked for as long as the lease lives.
  class WriterLease {
   public:
    WriterLease(std::mutex& mu, Ledger* ledger) : lock_(mu), ledger_(ledger) {}
    Ledger* operator->() const { return ledger_; }

   private:
    std::unique_lock<std::mutex> lock_;
    Ledger* ledger_;
  };

  Result<ReaderLease> Reader();
  WriterLease Writer() { return WriterLease(writer_mu_, writer_.get()); }

  // Read-only connections opened so far (for tests).
  size_t readers_opened() const;

 private:
  LedgerPool(std::string path, std::unique_ptr<Ledger> writer) : path_(std::move(path)), writer_(std::move(writer)) {}
  void Return(std::unique_ptr<Ledger> ledger);

  const std::string path_;
  std::mutex writer_mu_;
  std::unique_ptr<Ledger> writer_;
  mutable std::mutex idle_mu_;
  std::vector<std::unique_ptr<Ledger>> idle_;
  size_t opened_ = 0;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_SERVER_LEDGER_POOL_H_
