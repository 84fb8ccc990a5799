// Status and Result<T>: how hearsay reports what can fail.
//
// I/O, model files, databases and configuration can fail; odd text never does
// (annotators find less, they do not fail). A function that can fail returns a
// Status, or a Result<T> holding either a value or a non-OK Status, in the
// spirit of C++23 std::expected. Only the command-line shell turns a Status
// into a message and an exit code.
//
//   hearsay::Result<hearsay::Document> doc = hearsay::ReadTextFile("a.txt");
//   if (!doc.ok()) { std::cerr << doc.status().ToString() << "\n"; return 2; }
//   Use(*doc);
//
// Status and Result are values: cheap to move, safe to pass between threads.
#ifndef HEARSAY_STATUS_H_
#define HEARSAY_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace hearsay {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // a bad flag, option or request
  kNotFound,         // a missing file or record
  kIoError,          // the system refused a read or write
  kDataError,        // the input is not what it claims to be (binary, corrupt)
  kTooLarge,         // the input exceeds a documented limit
  kInternal,         // a bug: an invariant did not hold
};

// The outcome of an operation: OK, or a code with a one-line message.
class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  // One line, no trailing period, suitable after "hearsay: FILE: ".
  const std::string& message() const { return message_; }
  std::string ToString() const { return ok() ? std::string("OK") : message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgumentError(std::string msg) {
  return Status(StatusCode::kInvalidArgument, std::move(msg));
}
inline Status NotFoundError(std::string msg) { return Status(StatusCode::kNotFound, std::move(msg)); }
inline Status IoError(std::string msg) { return Status(StatusCode::kIoError, std::move(msg)); }
inline Status DataError(std::string msg) { return Status(StatusCode::kDataError, std::move(msg)); }
inline Status TooLargeError(std::string msg) { return Status(StatusCode::kTooLarge, std::move(msg)); }
inline Status InternalError(std::string msg) { return Status(StatusCode::kInternal, std::move(msg)); }

// Either a T or a non-OK Status. Accessing the value of an error is a bug
// (asserted in debug builds).
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}                  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {           // NOLINT: implicit by design
    assert(!status_.ok() && "Result built from an OK status without a value");
    if (status_.ok()) status_ = InternalError("Result holds no value");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace hearsay

// Returns early from the enclosing function if `expr` (a Status) is not OK.
#define HEARSAY_RETURN_IF_ERROR(expr)              \
  do {                                             \
    ::hearsay::Status hearsay_status_ = (expr);    \
    if (!hearsay_status_.ok()) return hearsay_status_; \
  } while (0)

#endif  // HEARSAY_STATUS_H_
