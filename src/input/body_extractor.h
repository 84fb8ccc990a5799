// BodyExtractor: finds the article body of a parsed web page and writes it as
// plain text, one paragraph per block, paragraphs separated by a blank line.
//
// Design. Boilerplate removal in the manner of Readability, tuned on the
// article-extraction benchmark (bench/eval_article_extraction.py):
//  1. One pass over the tree drops what is never article text (scripts, form
//     controls, navigation, asides, hidden elements, elements whose class/id
//     words say comment, share, related, cookie, newsletter, ad ...) and
//     counts, for every element, its text and link-text bytes and commas.
//  2. Every paragraph-like block (p, pre, td, and text written straight into
//     a div) of at least 25 bytes scores 1 + commas + length/100 (at most 3),
//     given in full to its container, half to the next one up and less
//     further up; an element's class/id and tag set its starting score. The
//     best container, weighed by (1 - link density), is the article.
//  3. Its siblings join when they score well, share its class, or are long
//     paragraphs with few links; blocks elsewhere with the same tag and class
//     join too (articles cut into chunks by ad slots).
//  4. The chosen subtrees are written in document order, skipping link-heavy
//     or negatively classed blocks, the headline (kept as the title),
//     captions and footers; block elements end paragraphs, <br> ends a line.
//     Short paragraphs that are page furniture ("Advertisement", "Related
//     articles", "Updated Nov 19, 6:55 AM") are dropped.
//  5. When that yields under 500 bytes, it is tried again trusting class
//     names less (as Readability does), and a retry wins only if it finds
//     much more.
// Linear in the size of the tree; recursion is bounded by HtmlParser::kMaxDepth.
//
//   internal::HtmlParser::Tree tree = internal::HtmlParser::Parse(html);
//   std::string body = internal::BodyExtractor().Extract(tree.root());
//
// Stateless: one instance may serve any number of threads. Extract writes
// scratch data into the nodes' _private fields, so a tree must not be
// extracted from by two threads at once.
#ifndef HEARSAY_INPUT_BODY_EXTRACTOR_H_
#define HEARSAY_INPUT_BODY_EXTRACTOR_H_

#include <libxml/tree.h>

#include <string>

namespace hearsay::internal {

class BodyExtractor {
 public:
  // Returns the article text below `root` (usually <html>), or "" if none.
  std::string Extract(xmlNode* root) const;

  // Returns all readable text below `root`, paragraph breaks kept, without
  // choosing a container (for feed items, which are the article already).
  std::string ExtractAll(xmlNode* root) const;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_INPUT_BODY_EXTRACTOR_H_
