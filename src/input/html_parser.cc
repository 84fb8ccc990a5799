#include "input/html_parser.h"

#include <libxml/parser.h>

#include <cstring>
#include <mutex>

namespace hearsay::internal {
namespace {

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

void AppendText(const xmlNode* n, std::string* out) {
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (HtmlParser::IsText(c)) {
      out->append(HtmlParser::Content(c));
    } else if (HtmlParser::IsElement(c)) {
      std::string_view name = HtmlParser::Name(c);
      if (name == "script" || name == "style" || name == "noscript" || name == "template") continue;
      out->push_back(' ');
      AppendText(c, out);  // depth is bounded by HtmlParser::kMaxDepth
      out->push_back(' ');
    }
  }
}

}  // namespace

void HtmlParser::InitializeLibrary() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

HtmlParser::Tree HtmlParser::Parse(std::string_view html) {
  InitializeLibrary();
  Tree tree;
  htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
  if (ctxt == nullptr) {
    tree.warnings.push_back("out of memory parsing HTML");
    return tree;
  }
  // No HTML_PARSE_HUGE: keeps libxml2's depth (256) and text-node limits.
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                      HTML_PARSE_COMPACT;
  const int size = html.size() > static_cast<size_t>(INT32_MAX) ? INT32_MAX : static_cast<int>(html.size());
  tree.doc.reset(htmlCtxtReadMemory(ctxt, html.data(), size, nullptr, "UTF-8", options));
  const xmlError& last = ctxt->lastError;
  if (last.message != nullptr && std::strstr(last.message, "Excessive depth") != nullptr) {
    tree.warnings.push_back("HTML nested deeper than " + std::to_string(kMaxDepth) +
                            " elements; the rest of the page was dropped");
  }
  htmlFreeParserCtxt(ctxt);
  if (!tree.doc) tree.warnings.push_back("HTML could not be parsed");
  return tree;
}

std::string_view HtmlParser::Attr(const xmlNode* n, const char* name) {
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (a->name != nullptr && std::strcmp(reinterpret_cast<const char*>(a->name), name) == 0) {
      const xmlNode* v = a->children;
      if (v != nullptr && v->content != nullptr) return reinterpret_cast<const char*>(v->content);
      return {};
    }
  }
  return {};
}

bool HtmlParser::HasAttr(const xmlNode* n, const char* name) {
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (a->name != nullptr && std::strcmp(reinterpret_cast<const char*>(a->name), name) == 0) return true;
  }
  return false;
}

std::string HtmlParser::TextOf(const xmlNode* n) {
  std::string raw;
  AppendText(n, &raw);
  return CollapseSpace(raw);
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (IsHtmlSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace hearsay::internal
