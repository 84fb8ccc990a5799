// Api: the handlers behind /api/..., free of HTTP plumbing. Each takes what
// the request carried and returns the status, content type and body to send
// (JSON, {"error": "..."} when something is wrong). server.cc maps routes to
// them; tests may call them directly.
//
//   internal::Api api(pipeline, *pool, options.max_body_bytes);
//   ApiResponse r = api.Claims({{"about", "troops"}});
//
// Thread-safe: the pipeline is immutable, ledgers come from the pool.
#ifndef HEARSAY_SERVER_API_H_
#define HEARSAY_SERVER_API_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "hearsay/document.h"
#include "hearsay/pipeline.h"
#include "hearsay/status.h"
#include "server/ledger_pool.h"
#include "server/response_cache.h"

namespace hearsay::internal {

// Query parameters (the same type as httplib::Params).
using QueryParams = std::multimap<std::string, std::string>;

struct ApiResponse {
  int status = 200;
  std::string body;
  std::string content_type = "application/json; charset=utf-8";
};

class Api {
 public:
  Api(const Pipeline& pipeline, LedgerPool& ledgers, size_t max_body_bytes)
      : pipeline_(pipeline), ledgers_(ledgers), max_body_bytes_(max_body_bytes) {}

  // POST /api/extract: the document read from `body` and annotated.
  ApiResponse Extract(std::string_view body, std::string_view content_type, const QueryParams& params) const;
  // POST /api/documents: extract and store; 201 when stored, 200 when already there.
  ApiResponse StoreDocument(std::string_view body, std::string_view content_type, const QueryParams& params) const;
  // GET /api/documents?q=&source=&since=&until=&limit=&offset=
  ApiResponse SearchDocuments(const QueryParams& params) const;
  // GET /api/documents/{row}
  ApiResponse GetDocument(std::string_view row) const;
  // GET /api/claims?about=&where=&source=&since=&until=
  ApiResponse Claims(const QueryParams& params) const;
  // GET /api/sources
  ApiResponse Sources() const;
  // GET /api/quotes?source=
  ApiResponse Quotes(const QueryParams& params) const;

  // {"error": message} with `status`.
  static ApiResponse Error(int status, std::string_view message);

 private:
  // Reads the request into an annotated Document, or says why it cannot.
  Result<Document> ReadDocument(std::string_view body, std::string_view content_type,
                                const QueryParams& params) const;

  // Answers `route` from the cache when the ledger has not changed since it
  // was computed; else runs `compute` (which fills `out` or returns an error).
  template <typename Compute>
  ApiResponse Cached(const std::string& route, const QueryParams& params, Compute compute) const;

  const Pipeline& pipeline_;
  LedgerPool& ledgers_;
  const size_t max_body_bytes_;
  // Claims, sources and searches: up to 256 answers or 32 MiB.
  mutable ResponseCache cache_{256, size_t{32} << 20};
};

}  // namespace hearsay::internal

#endif  // HEARSAY_SERVER_API_H_
