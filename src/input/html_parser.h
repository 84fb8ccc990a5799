// HtmlParser: UTF-8 HTML -> a libxml2 tree, plus small helpers to read it.
//
// libxml2's HTML parser was chosen over gumbo (both Debian packages): on the
// 121 pages of the article-extraction benchmark it parses at ~120 MB/s against
// gumbo's ~20 MB/s on one core, it is fuzzed continuously (OSS-Fuzz), it
// recovers from any tag soup, and it caps tree depth at 256, so a
// 100,000-deep tag nest costs nothing (gumbo builds the whole nest and walks it
// recursively). It does not follow every HTML5 tree-construction rule, which
// matters little for finding an article's paragraphs. The same library reads
// the XML of feeds (feed_reader.h), so hearsay carries one markup dependency.
//
//   internal::HtmlParser::Tree tree = internal::HtmlParser::Parse(utf8_html);
//   for (xmlNode* n = tree.root(); ...)
//
// Parse is thread-safe (one libxml2 context per call, the library set up once).
#ifndef HEARSAY_INPUT_HTML_PARSER_H_
#define HEARSAY_INPUT_HTML_PARSER_H_

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace hearsay::internal {

class HtmlParser {
 public:
  // The deepest element nesting libxml2 builds; deeper markup is dropped.
  static constexpr int kMaxDepth = 256;

  struct DocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
  };
  struct Tree {
    std::unique_ptr<xmlDoc, DocFree> doc;
    std::vector<std::string> warnings;  // e.g. nesting too deep; the tree holds what came before
    xmlNode* root() const { return doc ? xmlDocGetRootElement(doc.get()) : nullptr; }
  };

  // Parses `html`, which must be valid UTF-8 (Charset::ToUtf8 makes it so).
  static Tree Parse(std::string_view html);

  // Initialises libxml2 once per process (its global tables are not safe to
  // set up from several threads at once). Parse and FeedReader call it.
  static void InitializeLibrary();

  // Helpers over libxml2 nodes (names of HTML elements are lower case).
  static bool IsElement(const xmlNode* n) { return n != nullptr && n->type == XML_ELEMENT_NODE; }
  static bool IsText(const xmlNode* n) {
    return n != nullptr && (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE);
  }
  static std::string_view Name(const xmlNode* n) {
    return n->name ? std::string_view(reinterpret_cast<const char*>(n->name)) : std::string_view();
  }
  static std::string_view Content(const xmlNode* n) {
    return n->content ? std::string_view(reinterpret_cast<const char*>(n->content)) : std::string_view();
  }
  // The value of attribute `name`, or "" when absent. Points into the tree.
  static std::string_view Attr(const xmlNode* n, const char* name);
  static bool HasAttr(const xmlNode* n, const char* name);
  // All text below `n`, whitespace collapsed to single spaces and trimmed.
  static std::string TextOf(const xmlNode* n);
};

// Collapses runs of HTML white space to one space and trims both ends.
std::string CollapseSpace(std::string_view s);

}  // namespace hearsay::internal

#endif  // HEARSAY_INPUT_HTML_PARSER_H_
