// TokenView: a read-only view of a Document's tokens with the questions the
// quantity annotators ask of them, and the ASCII case-insensitive helpers they
// share (no allocation on the common path). Internal; thread-safe (no state).
//
//   TokenView view(doc);
//   if (view.Is(i, end, "million")) ...
#ifndef HEARSAY_QUANTITY_TOKEN_VIEW_H_
#define HEARSAY_QUANTITY_TOKEN_VIEW_H_

#include <cassert>
#include <string>
#include <string_view>

#include "hearsay/document.h"

namespace hearsay::internal::quantity {

inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

inline bool EqualsLower(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (AsciiLower(text[i]) != lower[i]) return false;
  }
  return true;
}

inline std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

// A read-only view of a document's tokens with the questions annotators ask.
class TokenView {
 public:
  explicit TokenView(const Document& doc) : doc_(doc), tokens_(doc.tokens()) {}

  const Document& doc() const { return doc_; }
  uint32_t size() const { return static_cast<uint32_t>(tokens_.size()); }
  // Token i, which must exist (checked in debug builds: a read past the end
  // lands inside the vector's capacity, where AddressSanitizer cannot see it).
  const Token& operator[](uint32_t i) const {
    assert(i < tokens_.size());
    return tokens_[i];
  }
  std::string_view Text(uint32_t i) const { return doc_.TokenText((*this)[i]); }
  std::string_view Norm(uint32_t i) const { return doc_.TokenNorm((*this)[i]); }
  TokenKind Kind(uint32_t i) const { return (*this)[i].kind; }
  // True if token i exists, is below `end`, and its normalized text equals `lower` ignoring ASCII case.
  bool Is(uint32_t i, uint32_t end, std::string_view lower) const {
    return i < end && i < tokens_.size() && EqualsLower(Norm(i), lower);
  }
  bool IsWord(uint32_t i) const {
    return i < tokens_.size() && (tokens_[i].kind == TokenKind::kWord || tokens_[i].kind == TokenKind::kAbbreviation);
  }
  bool Capitalized(uint32_t i) const { return i < tokens_.size() && tokens_[i].Has(kCapitalized); }
  std::string Lower(uint32_t i) const { return ToLower(Norm(i)); }
  // Text from the start of token `first` to the end of token `last` (inclusive).
  std::string_view Range(uint32_t first, uint32_t last) const {
    return doc_.Text({tokens_[first].span.begin, tokens_[last].span.end});
  }

 private:
  const Document& doc_;
  const std::vector<Token>& tokens_;
};

}  // namespace hearsay::internal::quantity

#endif  // HEARSAY_QUANTITY_TOKEN_VIEW_H_
