#include "hearsay/document.h"

#include <utility>

namespace hearsay {

Document::Document(std::string text, DocumentInfo info) : text_(std::move(text)), info_(std::move(info)) {}

}  // namespace hearsay
