#include "input/feed_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstring>
#include <memory>

#include "input/charset.h"
#include "input/date_parser.h"
#include "input/html_parser.h"

namespace hearsay::internal {
namespace {

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

bool Is(const xmlNode* n, const char* local) {
  return n->type == XML_ELEMENT_NODE && n->name != nullptr &&
         std::strcmp(reinterpret_cast<const char*>(n->name), local) == 0;
}

// Text and CDATA below `n`; entity references are not followed.
void AppendText(const xmlNode* n, int depth, std::string* out) {
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content != nullptr) out->append(reinterpret_cast<const char*>(c->content));
    } else if (c->type == XML_ELEMENT_NODE && depth < 64) {
      AppendText(c, depth + 1, out);
    }
  }
}

std::string TextOf(const xmlNode* n) {
  std::string s;
  AppendText(n, 0, &s);
  return s;
}

// Markup below `n` (Atom type="xhtml" content), serialised back to HTML.
std::string MarkupOf(xmlNode* n) {
  std::string out;
  xmlBufferPtr buf = xmlBufferCreate();
  if (buf == nullptr) return out;
  for (xmlNode* c = n->children; c != nullptr; c = c->next) xmlNodeDump(buf, n->doc, c, 0, 0);
  out.assign(reinterpret_cast<const char*>(xmlBufferContent(buf)), static_cast<size_t>(xmlBufferLength(buf)));
  xmlBufferFree(buf);
  return out;
}

std::string Attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (v == nullptr) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

void AddAuthor(std::string name, std::vector<std::string>* authors) {
  name = CollapseSpace(name);
  // RSS <author> is "email (Name)"; keep the name.
  size_t open = name.find('(');
  if (name.find('@') != std::string::npos && open != std::string::npos && name.back() == ')')
    name = name.substr(open + 1, name.size() - open - 2);
  if (name.empty()) return;
  for (const std::string& a : *authors) {
    if (a == name) return;
  }
  authors->push_back(std::move(name));
}

}  // namespace

bool FeedReader::Read(std::string_view bytes, std::vector<FeedItem>* items, std::string* error) const {
  items->clear();
  error->clear();
  HtmlParser::InitializeLibrary();
  std::string utf8 = Charset::ToUtf8(bytes, Charset::Detect(bytes));
  const int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                      XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (ctxt == nullptr) {
    *error = "out of memory";
    return false;
  }
  const int size = utf8.size() > static_cast<size_t>(INT32_MAX) ? INT32_MAX : static_cast<int>(utf8.size());
  std::unique_ptr<xmlDoc, DocFree> doc(xmlCtxtReadMemory(ctxt, utf8.data(), size, nullptr, "UTF-8", options));
  const bool well_formed = ctxt->wellFormed != 0;
  const int line = ctxt->lastError.line;
  xmlFreeParserCtxt(ctxt);
  xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (root == nullptr) {
    *error = "not a feed: no XML root element";
    return false;
  }
  xmlNode* container = nullptr;
  std::string publisher;
  const bool atom = Is(root, "feed");
  if (Is(root, "rss") || Is(root, "RDF")) {
    for (xmlNode* c = root->children; c != nullptr; c = c->next) {
      if (Is(c, "channel")) container = c;
    }
    if (container == nullptr) container = root;
    for (xmlNode* c = container->children; c != nullptr; c = c->next) {
      if (Is(c, "title")) publisher = CollapseSpace(TextOf(c));
    }
  } else if (atom) {
    container = root;
    for (xmlNode* c = root->children; c != nullptr; c = c->next) {
      if (Is(c, "title")) publisher = CollapseSpace(TextOf(c));
    }
  } else {
    *error = "not a feed: the root element is <" + std::string(reinterpret_cast<const char*>(root->name)) + ">";
    return false;
  }
  // RSS 1.0 puts items beside the channel, under the root.
  std::vector<xmlNode*> parents = {container};
  if (Is(root, "RDF") && container != root) parents.push_back(root);
  for (xmlNode* parent : parents) {
    for (xmlNode* it = parent->children; it != nullptr; it = it->next) {
      if (!(atom ? Is(it, "entry") : Is(it, "item"))) continue;
      FeedItem item;
      item.publisher = publisher;
      std::string best_body;
      std::string date, updated;
      for (xmlNode* f = it->children; f != nullptr; f = f->next) {
        if (f->type != XML_ELEMENT_NODE) continue;
        std::string_view name = reinterpret_cast<const char*>(f->name);
        if (name == "title") {
          item.title = html_.FragmentText(TextOf(f));
        } else if (name == "link") {
          std::string href = Attr(f, "href");
          std::string rel = Attr(f, "rel");
          if (!href.empty()) {
            if ((rel.empty() || rel == "alternate") && item.link.empty()) item.link = href;
          } else if (item.link.empty()) {
            item.link = CollapseSpace(TextOf(f));
          }
        } else if (name == "guid" && item.link.empty()) {
          std::string g = CollapseSpace(TextOf(f));
          if (g.rfind("http", 0) == 0 && Attr(f, "isPermaLink") != "false") item.link = g;
        } else if (name == "pubDate" || name == "published" || name == "issued" ||
                   (name == "date" && f->ns != nullptr)) {
          if (date.empty()) date = TextOf(f);
        } else if (name == "updated" || name == "modified") {
          updated = TextOf(f);
        } else if (name == "author" || name == "creator") {
          bool named = false;
          for (xmlNode* a = f->children; a != nullptr; a = a->next) {
            if (Is(a, "name")) {
              AddAuthor(TextOf(a), &item.authors);
              named = true;
            }
          }
          if (!named) AddAuthor(TextOf(f), &item.authors);
        } else if (name == "encoded" || name == "content" || name == "description" || name == "summary") {
          std::string body;
          if (name == "content" && Attr(f, "type") == "xhtml") {
            body = html_.FragmentText(MarkupOf(f));
          } else if (name == "content" && Attr(f, "type") == "text") {
            body = CollapseSpace(TextOf(f));
          } else {
            body = html_.FragmentText(TextOf(f));
          }
          if (body.size() > best_body.size()) best_body = std::move(body);
        }
      }
      if (auto d = DateParser::ToIsoDate(date)) item.published = *d;
      else if (auto u = DateParser::ToIsoDate(updated)) item.published = *u;
      item.text = std::move(best_body);
      items->push_back(std::move(item));
    }
  }
  if (!well_formed) {
    *error = "feed is not well-formed XML (damage near line " + std::to_string(line) +
             "); kept the " + std::to_string(items->size()) + " items that could be read";
  }
  return true;
}

}  // namespace hearsay::internal
