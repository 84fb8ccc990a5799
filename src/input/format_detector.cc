#include "input/format_detector.h"

#include <string>

#include "hearsay/input.h"

namespace hearsay::internal {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// Skips white space, comments, processing instructions and doctypes; returns
// the position of the first element's '<', or npos.
size_t FirstElement(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsSpace(s[i])) ++i;
    if (i >= s.size() || s[i] != '<') return std::string_view::npos;
    if (s.substr(i, 4) == "<!--") {
      size_t end = s.find("-->", i + 4);
      if (end == std::string_view::npos) return std::string_view::npos;
      i = end + 3;
    } else if (s.substr(i, 2) == "<?" || s.substr(i, 2) == "<!") {
      size_t end = s.find('>', i + 2);
      if (end == std::string_view::npos) return std::string_view::npos;
      i = end + 1;
    } else {
      return i;
    }
  }
  return std::string_view::npos;
}

bool StartsWithTag(std::string_view s, std::string_view tag) {
  if (s.substr(0, tag.size()) != tag) return false;
  return s.size() == tag.size() || IsSpace(s[tag.size()]) || s[tag.size()] == '>' || s[tag.size()] == '/';
}

}  // namespace

InputFormat FormatDetector::Detect(std::string_view head) {
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  if (head.substr(0, 5) == "WARC/") return InputFormat::kWarc;
  size_t start = 0;
  while (start < head.size() && IsSpace(head[start])) ++start;
  if (start < head.size() && head[start] == '<') {
    const std::string lower = Lower(head.substr(0, 4096));
    size_t el = FirstElement(lower);
    if (el != std::string::npos) {
      std::string_view tag = std::string_view(lower).substr(el);
      if (StartsWithTag(tag, "<rss") || StartsWithTag(tag, "<rdf:rdf") || StartsWithTag(tag, "<feed"))
        return InputFormat::kFeed;
      if (StartsWithTag(tag, "<html") || StartsWithTag(tag, "<head") || StartsWithTag(tag, "<body"))
        return InputFormat::kHtml;
    }
    if (lower.find("<!doctype html") != std::string::npos) return InputFormat::kHtml;
    for (const char* t : {"<html", "<head", "<body", "<meta ", "<title>", "<div", "<p>", "<article"}) {
      if (lower.find(t) != std::string::npos) return InputFormat::kHtml;
    }
  }
  if (LooksLikeJsonl(head)) return InputFormat::kJsonl;
  return InputFormat::kText;
}

}  // namespace hearsay::internal
