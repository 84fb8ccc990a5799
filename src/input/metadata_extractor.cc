#include "input/metadata_extractor.h"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <string>

#include "input/date_parser.h"
#include "input/html_parser.h"

namespace hearsay::internal {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// What the tree walk collects, each the first of its kind.
struct Found {
  std::string title_tag, h1, og_title, twitter_title;
  std::string meta_date, itemprop_date, time_date;
  std::vector<std::string> meta_authors, link_authors;
  std::string site_name, app_name, canonical, og_url, lang, og_locale;
  std::vector<std::string> json_ld;
  int meta_date_rank = 100;
};

// Meta names and properties that carry the publication date, best first.
constexpr std::array<std::string_view, 14> kDateMetas = {
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "published_time", "parsely-pub-date", "sailthru.date", "dc.date.issued",
    "dcterms.created", "dc.date", "date", "article.published"};

void AddAuthor(std::string_view name, std::vector<std::string>* out) {
  std::string a = CollapseSpace(name);
  if (StartsWith(Lower(a), "by ")) a = a.substr(3);
  if (a.empty() || a.size() > 100 || StartsWith(a, "http")) return;
  for (const std::string& have : *out) {
    if (have == a) return;
  }
  out->push_back(std::move(a));
}

void Walk(xmlNode* n, Found* f) {
  for (; n != nullptr; n = n->next) {
    if (!HtmlParser::IsElement(n)) continue;
    std::string_view name = HtmlParser::Name(n);
    if (name == "html") {
      f->lang = std::string(HtmlParser::Attr(n, "lang"));
    } else if (name == "title") {
      if (f->title_tag.empty()) f->title_tag = HtmlParser::TextOf(n);
      continue;
    } else if (name == "meta") {
      std::string key = Lower(HtmlParser::Attr(n, "property"));
      if (key.empty()) key = Lower(HtmlParser::Attr(n, "name"));
      if (key.empty()) key = Lower(HtmlParser::Attr(n, "itemprop"));
      std::string_view content = HtmlParser::Attr(n, "content");
      if (key.empty() || content.empty()) continue;
      if (key == "og:title" && f->og_title.empty()) f->og_title = CollapseSpace(content);
      else if (key == "twitter:title" && f->twitter_title.empty()) f->twitter_title = CollapseSpace(content);
      else if (key == "og:site_name" && f->site_name.empty()) f->site_name = CollapseSpace(content);
      else if (key == "application-name" && f->app_name.empty()) f->app_name = CollapseSpace(content);
      else if (key == "og:url" && f->og_url.empty()) f->og_url = std::string(content);
      else if (key == "og:locale" && f->og_locale.empty()) f->og_locale = std::string(content);
      else if (key == "author" || key == "article:author" || key == "parsely-author" ||
               key == "sailthru.author" || key == "dc.creator" || key == "byl")
        AddAuthor(content, &f->meta_authors);
      else {
        for (size_t r = 0; r < kDateMetas.size() && static_cast<int>(r) < f->meta_date_rank; ++r) {
          if (key == kDateMetas[r] && DateParser::ToIsoDate(content)) {
            f->meta_date = std::string(content);
            f->meta_date_rank = static_cast<int>(r);
          }
        }
      }
      continue;
    } else if (name == "link") {
      std::string rel = Lower(HtmlParser::Attr(n, "rel"));
      if (rel == "canonical" && f->canonical.empty()) f->canonical = std::string(HtmlParser::Attr(n, "href"));
      continue;
    } else if (name == "script") {
      if (Lower(HtmlParser::Attr(n, "type")) == "application/ld+json" && f->json_ld.size() < 16 &&
          n->children != nullptr)
      {
        std::string text;
        for (xmlNode* c = n->children; c != nullptr; c = c->next) {
          if (HtmlParser::IsText(c)) text.append(HtmlParser::Content(c));
        }
        f->json_ld.push_back(std::move(text));
      }
      continue;
    } else if (name == "time") {
      std::string_view dt = HtmlParser::Attr(n, "datetime");
      if (f->time_date.empty() && !dt.empty() && DateParser::ToIsoDate(dt)) f->time_date = std::string(dt);
    } else if (name == "h1" && f->h1.empty()) {
      f->h1 = HtmlParser::TextOf(n);
    } else if (name == "a" && Lower(HtmlParser::Attr(n, "rel")) == "author") {
      AddAuthor(HtmlParser::TextOf(n), &f->link_authors);
    }
    std::string_view itemprop = HtmlParser::Attr(n, "itemprop");
    if (!itemprop.empty()) {
      if (itemprop == "datePublished" && f->itemprop_date.empty()) {
        std::string_view v = HtmlParser::Attr(n, "datetime");
        if (v.empty()) v = HtmlParser::Attr(n, "content");
        if (!v.empty()) f->itemprop_date = std::string(v);
      } else if (itemprop == "author" && f->link_authors.size() < 10) {
        std::string_view v = HtmlParser::Attr(n, "content");
        if (!v.empty()) AddAuthor(v, &f->link_authors);
        else if (HtmlParser::TextOf(n).size() < 80) AddAuthor(HtmlParser::TextOf(n), &f->link_authors);
      }
    }
    Walk(n->children, f);  // depth bounded by HtmlParser::kMaxDepth
  }
}

// JSON-LD: the fields of the article object.
struct JsonLd {
  std::string headline, date, publisher, url, body;
  std::vector<std::string> authors;
  int rank = 0;  // how article-like the chosen object's @type is
};

int TypeRank(simdjson::dom::element type) {
  auto rank_of = [](std::string_view t) {
    if (t.find("NewsArticle") != std::string_view::npos || t == "ReportageNewsArticle") return 4;
    if (t.find("Article") != std::string_view::npos || t == "BlogPosting" || t == "LiveBlogPosting" ||
        t == "Report")
      return 3;
    if (t == "WebPage") return 1;
    return 0;
  };
  std::string_view s;
  if (!type.get(s)) return rank_of(s);
  simdjson::dom::array arr;
  int best = 0;
  if (!type.get(arr)) {
    for (auto t : arr) {
      if (!t.get(s)) best = std::max(best, rank_of(s));
    }
  }
  return best;
}

std::string StringOrName(simdjson::dom::element e) {
  std::string_view s;
  if (!e.get(s)) return std::string(s);
  simdjson::dom::object o;
  if (!e.get(o)) {
    simdjson::dom::element name;
    if (!o.at_key("name").get(name) && !name.get(s)) return std::string(s);
  }
  return {};
}

void ReadArticle(simdjson::dom::object o, int rank, JsonLd* out) {
  *out = JsonLd();
  out->rank = rank;
  simdjson::dom::element e;
  std::string_view s;
  if (!o.at_key("headline").get(e) && !e.get(s)) out->headline = CollapseSpace(s);
  if (out->headline.empty() && !o.at_key("name").get(e) && !e.get(s)) out->headline = CollapseSpace(s);
  if (!o.at_key("datePublished").get(e) && !e.get(s)) out->date = std::string(s);
  if (out->date.empty() && !o.at_key("dateCreated").get(e) && !e.get(s)) out->date = std::string(s);
  if (!o.at_key("articleBody").get(e) && !e.get(s)) out->body = std::string(s);
  if (!o.at_key("url").get(e) && !e.get(s)) out->url = std::string(s);
  if (!o.at_key("publisher").get(e)) out->publisher = StringOrName(e);
  if (!o.at_key("author").get(e)) {
    simdjson::dom::array arr;
    if (!e.get(arr)) {
      for (auto a : arr) AddAuthor(StringOrName(a), &out->authors);
    } else {
      AddAuthor(StringOrName(e), &out->authors);
    }
  }
}

void Search(simdjson::dom::element e, int depth, JsonLd* best) {
  if (depth > 8) return;
  simdjson::dom::array arr;
  if (!e.get(arr)) {
    for (auto x : arr) Search(x, depth + 1, best);
    return;
  }
  simdjson::dom::object o;
  if (e.get(o)) return;
  simdjson::dom::element x;
  if (!o.at_key("@type").get(x)) {
    int rank = TypeRank(x);
    if (rank > best->rank) ReadArticle(o, rank, best);
  }
  if (!o.at_key("@graph").get(x)) Search(x, depth + 1, best);
  if (!o.at_key("mainEntity").get(x)) Search(x, depth + 1, best);
}

JsonLd ParseJsonLd(const std::vector<std::string>& scripts) {
  JsonLd best;
  simdjson::dom::parser parser;
  for (std::string text : scripts) {
    // Raw line breaks inside strings are invalid JSON but common in articleBody.
    for (char& c : text) {
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    simdjson::padded_string padded(text);
    simdjson::dom::element root;
    if (parser.parse(padded).get(root)) continue;
    Search(root, 0, &best);
  }
  return best;
}

void Set(std::optional<std::string>* field, const std::string& value) {
  if (!field->has_value() && !value.empty()) *field = value;
}

}  // namespace

std::string MetadataExtractor::CleanTitle(std::string_view title, std::string_view site) {
  std::string t = CollapseSpace(title);
  static constexpr std::array<std::string_view, 7> kSeparators = {" | ", " - ", " – ", " — ", " :: ", " · ",
                                                                  " // "};
  for (std::string_view sep : kSeparators) {
    size_t at = t.rfind(sep);
    if (at == std::string::npos || at == 0) continue;
    std::string head = t.substr(0, at);
    std::string tail = t.substr(at + sep.size());
    std::string lt = Lower(tail), ls = Lower(site);
    bool tail_is_site = !ls.empty() && (lt.find(ls) != std::string::npos || ls.find(lt) != std::string::npos);
    size_t head_words = static_cast<size_t>(std::count(head.begin(), head.end(), ' ')) + 1;
    size_t tail_words = static_cast<size_t>(std::count(tail.begin(), tail.end(), ' ')) + 1;
    if (tail_is_site || (head_words >= 3 && tail_words <= 4)) return CleanTitle(head, site);
  }
  return t;
}

PageMetadata MetadataExtractor::Extract(xmlNode* root, std::string_view url) {
  Found f;
  Walk(root, &f);
  JsonLd ld = ParseJsonLd(f.json_ld);
  PageMetadata m;
  std::string site = !ld.publisher.empty() ? ld.publisher : !f.site_name.empty() ? f.site_name : f.app_name;
  Set(&m.publisher, site);
  for (const std::string& t : {ld.headline, f.og_title, f.twitter_title, f.title_tag, f.h1}) {
    if (t.empty()) continue;
    m.title = CleanTitle(t, site);
    if (!m.title->empty()) break;
    m.title.reset();
  }
  for (const std::string& d : {ld.date, f.meta_date, f.itemprop_date, f.time_date}) {
    if (d.empty()) continue;
    if (auto iso = DateParser::ToIsoDate(d)) {
      m.published = *iso;
      break;
    }
  }
  std::string page_url = !f.canonical.empty() ? f.canonical : !f.og_url.empty() ? f.og_url : std::string(url);
  if (!StartsWith(page_url, "http")) page_url = std::string(url);
  Set(&m.url, page_url);
  if (!m.published && m.url) {
    if (auto d = DateParser::FromUrl(*m.url)) m.published = *d;
  }
  if (!m.published && !url.empty()) {
    if (auto d = DateParser::FromUrl(url)) m.published = *d;
  }
  m.authors = !ld.authors.empty() ? ld.authors : !f.meta_authors.empty() ? f.meta_authors : f.link_authors;
  // An "author" that is the site itself is not a person.
  if (m.publisher) {
    std::erase_if(m.authors, [&](const std::string& a) { return Lower(a) == Lower(*m.publisher); });
  }
  Set(&m.language, !f.lang.empty() ? f.lang : f.og_locale);
  m.json_ld_body = std::move(ld.body);
  return m;
}

}  // namespace hearsay::internal
