#include "input/html_extractor.h"

#include <string>
#include <unordered_set>

#include "input/body_extractor.h"
#include "input/charset.h"
#include "input/html_parser.h"

namespace hearsay::internal {
namespace {

// Lower-cased words of `s` (ASCII letters and digits, and any non-ASCII byte).
std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> words;
  std::string w;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || u >= 0x80) {
      w.push_back(c);
    } else if (u >= 'A' && u <= 'Z') {
      w.push_back(static_cast<char>(u + 32));
    } else if (!w.empty()) {
      words.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) words.push_back(std::move(w));
  return words;
}

// Share of the words of `part` that occur in `whole`.
double Coverage(std::string_view part, std::string_view whole) {
  std::vector<std::string> p = Words(part);
  if (p.empty()) return 0;
  std::vector<std::string> w = Words(whole);
  std::unordered_set<std::string> set(w.begin(), w.end());
  size_t hit = 0;
  for (const std::string& x : p) hit += set.count(x);
  return static_cast<double>(hit) / static_cast<double>(p.size());
}

// JSON-LD articleBody is plain text, sometimes with HTML inside, sometimes
// that HTML escaped once more (&lt;p&gt;): read it as HTML until no markup is left.
std::string JsonLdText(const std::string& body) {
  std::string text = body;
  for (int round = 0; round < 2; ++round) {
    if (text.find('<') == std::string::npos && text.find('&') == std::string::npos) break;
    std::string wrapped = "<html><body>" + text + "</body></html>";
    HtmlParser::Tree tree = HtmlParser::Parse(wrapped);
    text = BodyExtractor().ExtractAll(tree.root());
  }
  return CollapseSpace(text);
}

}  // namespace

ExtractedPage HtmlExtractor::Extract(std::string_view bytes, std::string_view content_type,
                                     std::string_view url) const {
  ExtractedPage page;
  if (bytes.size() > max_bytes_) {
    page.warnings.push_back("page of " + std::to_string(bytes.size()) + " bytes cut to the first " +
                            std::to_string(max_bytes_));
    bytes = bytes.substr(0, max_bytes_);
  }
  const std::string charset = Charset::Detect(bytes, content_type);
  std::string utf8 = Charset::ToUtf8(bytes, charset);
  HtmlParser::Tree tree = HtmlParser::Parse(utf8);
  for (std::string& w : tree.warnings) page.warnings.push_back(std::move(w));
  if (!tree.doc) return page;
  page.metadata = MetadataExtractor::Extract(tree.root(), url);
  page.text = BodyExtractor().Extract(tree.root());
  if (!page.metadata.json_ld_body.empty()) {
    std::string ld = JsonLdText(page.metadata.json_ld_body);
    const bool longer = ld.size() > page.text.size() * 11 / 10;
    if (longer && (page.text.size() < 200 || Coverage(page.text, ld) >= 0.8)) page.text = std::move(ld);
  }
  page.metadata.json_ld_body.clear();
  return page;
}

std::string HtmlExtractor::FragmentText(std::string_view utf8_html) const {
  if (utf8_html.size() > max_bytes_) utf8_html = utf8_html.substr(0, max_bytes_);
  if (utf8_html.find('<') == std::string_view::npos && utf8_html.find('&') == std::string_view::npos) {
    return CollapseSpace(utf8_html);
  }
  std::string wrapped = "<html><body>";
  wrapped.append(utf8_html);
  wrapped.append("</body></html>");
  HtmlParser::Tree tree = HtmlParser::Parse(wrapped);
  return BodyExtractor().ExtractAll(tree.root());
}

}  // namespace hearsay::internal
