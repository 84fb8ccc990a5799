#include "input/body_extractor.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "input/html_parser.h"

namespace hearsay::internal {
namespace {

enum class Tag : uint8_t {
  kOther, kHtml, kBody, kDrop, kA, kP, kDiv, kSection, kArticle, kMain, kPre, kTd, kTh, kBlockquote,
  kH1, kH2, kList, kLi, kDl, kTable, kTr, kBr, kForm, kHeader, kFooter, kFigure, kFigcaption, kNav,
  kAside, kAddress, kSpan, kHr, kImg,
};

Tag TagOf(std::string_view n) {
  switch (n.size()) {
    case 1:
      if (n == "p") return Tag::kP;
      if (n == "a") return Tag::kA;
      return Tag::kOther;
    case 2:
      if (n == "li") return Tag::kLi;
      if (n == "br") return Tag::kBr;
      if (n == "td") return Tag::kTd;
      if (n == "th") return Tag::kTh;
      if (n == "tr") return Tag::kTr;
      if (n == "ul" || n == "ol") return Tag::kList;
      if (n == "dl") return Tag::kDl;
      if (n == "dd" || n == "dt") return Tag::kLi;
      if (n == "hr") return Tag::kHr;
      if (n == "h1") return Tag::kH1;
      if (n[0] == 'h' && n[1] >= '2' && n[1] <= '6') return Tag::kH2;
      return Tag::kOther;
    case 3:
      if (n == "div") return Tag::kDiv;
      if (n == "pre") return Tag::kPre;
      if (n == "nav") return Tag::kNav;
      if (n == "img") return Tag::kImg;
      if (n == "svg") return Tag::kDrop;
      return Tag::kOther;
    case 4:
      if (n == "html") return Tag::kHtml;
      if (n == "body") return Tag::kBody;
      if (n == "main") return Tag::kMain;
      if (n == "span") return Tag::kSpan;
      if (n == "form") return Tag::kForm;
      if (n == "menu" || n == "math" || n == "head" || n == "link" || n == "meta") return Tag::kDrop;
      return Tag::kOther;
    case 5:
      if (n == "table") return Tag::kTable;
      if (n == "aside") return Tag::kAside;
      if (n == "style" || n == "input" || n == "embed" || n == "video" || n == "audio" || n == "label" ||
          n == "title")
        return Tag::kDrop;
      return Tag::kOther;
    case 6:
      if (n == "header") return Tag::kHeader;
      if (n == "footer") return Tag::kFooter;
      if (n == "figure") return Tag::kFigure;
      if (n == "script" || n == "iframe" || n == "button" || n == "select" || n == "object" || n == "canvas" ||
          n == "dialog")
        return Tag::kDrop;
      return Tag::kOther;
    case 7:
      if (n == "section") return Tag::kSection;
      if (n == "article") return Tag::kArticle;
      if (n == "address") return Tag::kAddress;
      if (n == "picture") return Tag::kDrop;
      return Tag::kOther;
    case 8:
      if (n == "noscript" || n == "template" || n == "textarea" || n == "fieldset") return Tag::kDrop;
      return Tag::kOther;
    case 10:
      if (n == "blockquote") return Tag::kBlockquote;
      if (n == "figcaption") return Tag::kFigcaption;
      return Tag::kOther;
    default:
      return Tag::kOther;
  }
}

bool IsBlock(Tag t) {
  switch (t) {
    case Tag::kP: case Tag::kDiv: case Tag::kSection: case Tag::kArticle: case Tag::kMain: case Tag::kPre:
    case Tag::kTd: case Tag::kTh: case Tag::kBlockquote: case Tag::kH1: case Tag::kH2: case Tag::kList:
    case Tag::kLi: case Tag::kDl: case Tag::kTable: case Tag::kTr: case Tag::kForm: case Tag::kHeader:
    case Tag::kFooter: case Tag::kFigure: case Tag::kFigcaption: case Tag::kNav: case Tag::kAside:
    case Tag::kAddress: case Tag::kHr: case Tag::kBody:
      return true;
    default:
      return false;
  }
}

// Class and id words, matched against the words of class and id attributes
// (split at punctuation and camelCase: "ArticleBody-shareBar" -> article, body,
// share, bar). A word matches when it starts with the pattern, or equals it
// for patterns marked exact with a leading '='. After Readability's
// unlikelyCandidates / positive / negative lists, plus what the benchmark
// pages use for share bars, newsletters and recirculation.
constexpr std::array<std::string_view, 46> kUnlikely = {
    "=ad", "=ads", "advert", "banner", "breadcrumb", "combx", "comment", "community", "disqus", "=extra",
    "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "=rss", "shoutbox",
    "sidebar", "skyscraper", "social", "sponsor", "supplemental", "agegate", "pagination", "=pager", "popup",
    "share", "sharing", "newsletter", "subscribe", "cookie", "consent", "promo", "outbrain", "taboola",
    "recirc", "trending", "signup", "toolbar", "=nav", "navbar", "navigation", "modal"};
constexpr std::array<std::string_view, 6> kMaybe = {"article", "body", "column", "content", "main", "shadow"};
constexpr std::array<std::string_view, 30> kNegative = {
    "=hidden", "=hid", "banner", "combx", "comment", "=com", "contact", "foot", "gdpr", "masthead", "media",
    "=meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
    "shopping", "=tags", "tool", "widget", "byline", "caption", "author", "=ad", "=ads"};
constexpr std::array<std::string_view, 12> kPositive = {"article", "body", "content", "entry", "hentry",
                                                        "main", "page", "post", "text", "blog", "story",
                                                        "paragraph"};

// Lower-cased words of a class or id value.
void SplitWords(std::string_view s, std::vector<std::string>* words) {
  std::string w;
  char prev = 0;
  for (char c : s) {
    const bool upper = c >= 'A' && c <= 'Z';
    const bool alnum = upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum || (upper && prev >= 'a' && prev <= 'z')) {
      if (!w.empty()) words->push_back(std::move(w));
      w.clear();
    }
    if (alnum) w.push_back(upper ? static_cast<char>(c + 32) : c);
    prev = c;
  }
  if (!w.empty()) words->push_back(std::move(w));
}

template <size_t N>
bool MatchesAny(const std::vector<std::string>& words, const std::array<std::string_view, N>& patterns) {
  for (const std::string& w : words) {
    for (std::string_view p : patterns) {
      if (p[0] == '=') {
        if (w == p.substr(1)) return true;
      } else if (w.compare(0, p.size(), p) == 0) {
        return true;
      }
    }
  }
  return false;
}

std::string LowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// Short paragraphs that are page furniture, not article: "Advertisement",
// "Related articles", "Updated Nov 19, 6:55 AM". Compared after lower-casing
// and keeping only letters and spaces.
constexpr std::array<std::string_view, 26> kFurniture = {
    "advert", "advertisement", "ad", "related", "related articles", "related stories", "you may also like",
    "dont miss", "don t miss", "comments", "comment", "read more", "share", "share this", "share this article",
    "this slideshow requires javascript", "tell us what you think", "text size", "tags", "click here",
    "sponsored", "recommended", "most popular", "follow us", "sign up", "more on this"};
constexpr std::array<std::string_view, 5> kDatePrefixes = {"updated", "published", "posted", "last updated",
                                                           "first published"};

bool IsFurniture(std::string_view para) {
  if (para.size() > 80) return false;
  std::string norm;
  bool digit = false;
  for (char c : para) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c >= 'a' && c <= 'z') {
      norm.push_back(c);
    } else if (c >= '0' && c <= '9') {
      digit = true;
    } else if (!norm.empty() && norm.back() != ' ' && c != '\'' && c != '.') {
      norm.push_back(' ');
    }
  }
  while (!norm.empty() && norm.back() == ' ') norm.pop_back();
  for (std::string_view f : kFurniture) {
    if (norm == f) return true;
  }
  if (digit) {
    for (std::string_view p : kDatePrefixes) {
      if (norm.compare(0, p.size(), p) == 0) return true;
    }
  }
  return false;
}

// Drops the paragraphs of `text` that are page furniture.
std::string DropBoilerplateLines(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find("\n\n", pos);
    if (end == std::string::npos) end = text.size();
    std::string_view para = std::string_view(text).substr(pos, end - pos);
    if (!para.empty() && !IsFurniture(para)) {
      if (!out.empty()) out.append("\n\n");
      out.append(para);
    }
    pos = end + 2;
  }
  return out;
}

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

struct Info {
  xmlNode* node = nullptr;
  int32_t parent = -1;
  uint32_t text = 0;      // bytes of visible text below, white space runs counted once
  uint32_t link = 0;      // of which inside <a>
  uint32_t own_text = 0;  // in direct text children
  uint32_t own_commas = 0;
  uint32_t commas = 0;
  uint32_t paragraphs = 0;
  float score = 0;
  int16_t weight = 0;     // class/id weight
  Tag tag = Tag::kOther;
  bool candidate = false;

  float LinkDensity() const { return text == 0 ? 0.f : static_cast<float>(link) / static_cast<float>(text); }
};

class Extraction {
 public:
  explicit Extraction(xmlNode* root) : root_(root) {}

  std::string Run(bool choose) {
    if (root_ == nullptr) return {};
    if (!choose) {
      Pass(false, kAll);
      return std::move(out_);
    }
    // As Readability does: when the result is short, try again trusting
    // class names less; keep the first long enough result, else the longest.
    // A later pass must find much more to win: on a short article it would
    // otherwise only add the boilerplate the first pass dropped.
    std::string best;
    for (int flags : {kAll, kAll & ~kStripUnlikely, kAll & ~(kStripUnlikely | kWeightClasses), 0}) {
      Pass(true, flags);
      if (best.empty() || out_.size() > best.size() * 3 / 2 + 200) best = std::move(out_);
      if (best.size() >= kMinLength) break;
    }
    return DropBoilerplateLines(best);
  }

 private:
  static constexpr int kStripUnlikely = 1, kWeightClasses = 2, kCleanConditionally = 4;
  static constexpr int kAll = kStripUnlikely | kWeightClasses | kCleanConditionally;
  static constexpr size_t kMinLength = 500;

  void Pass(bool choose, int flags) {
    flags_ = flags;
    infos_.clear();
    out_.clear();
    pending_ = 0;
    infos_.reserve(1024);
    Visit(root_, -1, false);
    if (choose) {
      Score();
      int top = Top();
      if (top >= 0) {
        EmitWithSiblings(top);
      } else {
        for (xmlNode* n = root_; n != nullptr; n = n->next) Emit(n);
      }
    } else {
      for (xmlNode* n = root_; n != nullptr; n = n->next) Emit(n);
    }
    Clear(root_);
  }

  static int32_t IndexOf(const xmlNode* n) {
    return static_cast<int32_t>(reinterpret_cast<intptr_t>(n->_private)) - 1;
  }

  // Whether element `n` of tag `tag` is never article text.
  bool Unwanted(xmlNode* n, Tag tag, int16_t* weight) {
    if (tag == Tag::kDrop) return true;
    if ((flags_ & kStripUnlikely) == 0) return false;
    if (tag == Tag::kNav || tag == Tag::kAside) return true;
    if (HtmlParser::HasAttr(n, "hidden")) return true;
    std::string_view style = HtmlParser::Attr(n, "style");
    if (!style.empty()) {
      std::string s = LowerCopy(style);
      s.erase(std::remove_if(s.begin(), s.end(), IsSpaceByte), s.end());
      if (s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos)
        return true;
    }
    std::string_view role = HtmlParser::Attr(n, "role");
    if (!role.empty() && (role == "navigation" || role == "menu" || role == "menubar" ||
                          role == "complementary" || role == "dialog" || role == "alertdialog" ||
                          role == "banner" || role == "contentinfo"))
      return true;
    std::string_view cls = HtmlParser::Attr(n, "class");
    std::string_view id = HtmlParser::Attr(n, "id");
    if (cls.empty() && id.empty()) return false;
    words_.clear();
    SplitWords(cls, &words_);
    const size_t class_words = words_.size();
    SplitWords(id, &words_);
    int w = 0;
    if (!cls.empty()) {
      std::vector<std::string> c(words_.begin(), words_.begin() + static_cast<long>(class_words));
      w += MatchesAny(c, kNegative) ? -25 : 0;
      w += MatchesAny(c, kPositive) ? 25 : 0;
    }
    if (!id.empty()) {
      std::vector<std::string> i(words_.begin() + static_cast<long>(class_words), words_.end());
      w += MatchesAny(i, kNegative) ? -25 : 0;
      w += MatchesAny(i, kPositive) ? 25 : 0;
    }
    *weight = (flags_ & kWeightClasses) ? static_cast<int16_t>(w) : 0;
    if (tag == Tag::kBody || tag == Tag::kHtml || tag == Tag::kA || tag == Tag::kArticle || tag == Tag::kMain)
      return false;
    return MatchesAny(words_, kUnlikely) && !MatchesAny(words_, kMaybe);
  }

  // Counts text below `n` and drops the unwanted. Depth <= HtmlParser::kMaxDepth.
  void Visit(xmlNode* n, int32_t parent, bool in_link) {
    for (; n != nullptr; n = n->next) {
      if (HtmlParser::IsText(n)) {
        if (parent < 0) continue;
        std::string_view s = HtmlParser::Content(n);
        uint32_t len = 0, commas = 0;
        bool space = true;
        for (char c : s) {
          if (IsSpaceByte(c)) {
            if (!space) ++len;
            space = true;
          } else {
            ++len;
            space = false;
            commas += c == ',';
          }
        }
        Info& p = infos_[parent];
        p.own_text += len;
        p.own_commas += commas;
        p.text += len;
        p.commas += commas;
        if (in_link) p.link += len;
        continue;
      }
      if (!HtmlParser::IsElement(n)) continue;
      Tag tag = TagOf(HtmlParser::Name(n));
      int16_t weight = 0;
      if (Unwanted(n, tag, &weight)) {
        n->_private = nullptr;
        continue;
      }
      int32_t index = static_cast<int32_t>(infos_.size());
      infos_.emplace_back();
      infos_[index].node = n;
      infos_[index].parent = parent;
      infos_[index].tag = tag;
      infos_[index].weight = weight;
      n->_private = reinterpret_cast<void*>(static_cast<intptr_t>(index + 1));
      Visit(n->children, index, in_link || tag == Tag::kA);
      if (parent >= 0) {
        Info& me = infos_[index];
        Info& p = infos_[parent];
        p.text += me.text;
        p.link += me.link;
        p.commas += me.commas;
        p.paragraphs += me.paragraphs + (tag == Tag::kP ? 1 : 0);
      }
    }
  }

  void Initialize(Info& info) {
    info.candidate = true;
    float base = 0;
    switch (info.tag) {
      case Tag::kDiv: base = 5; break;
      case Tag::kArticle: case Tag::kMain: base = 8; break;
      case Tag::kPre: case Tag::kTd: case Tag::kBlockquote: base = 3; break;
      case Tag::kAddress: case Tag::kList: case Tag::kDl: case Tag::kLi: case Tag::kForm: base = -3; break;
      case Tag::kH1: case Tag::kH2: case Tag::kTh: base = -5; break;
      default: break;
    }
    info.score = base + info.weight;
  }

  // Adds a paragraph's score to `first` and the ancestors above it.
  void Propagate(int32_t first, float score) {
    int32_t a = first;
    for (int level = 0; a >= 0 && level < 5; ++level, a = infos_[a].parent) {
      Info& anc = infos_[a];
      if (anc.tag == Tag::kHtml) break;
      if (!anc.candidate) Initialize(anc);
      float divider = level == 0 ? 1.f : level == 1 ? 2.f : static_cast<float>(level * 3);
      anc.score += score / divider;
    }
  }

  static float ParagraphScore(uint32_t text, uint32_t commas) {
    return 1.f + static_cast<float>(commas) + std::min(static_cast<float>(text) / 100.f, 3.f);
  }

  void Score() {
    for (size_t i = 0; i < infos_.size(); ++i) {
      const Info& info = infos_[i];
      if (info.tag == Tag::kP || info.tag == Tag::kPre || info.tag == Tag::kTd) {
        if (info.text >= 25) Propagate(info.parent, ParagraphScore(info.text, info.commas));
      } else if ((info.tag == Tag::kDiv || info.tag == Tag::kSection || info.tag == Tag::kArticle ||
                  info.tag == Tag::kMain || info.tag == Tag::kSpan) &&
                 info.own_text >= 25) {
        // Text written straight into a container is a paragraph of its own
        // (Readability wraps it in a <p>): it counts for the container itself.
        Propagate(static_cast<int32_t>(i), ParagraphScore(info.own_text, info.own_commas));
      }
    }
  }

  int Top() {
    int best = -1;
    float best_score = 0;
    for (size_t i = 0; i < infos_.size(); ++i) {
      Info& info = infos_[i];
      if (!info.candidate) continue;
      info.score *= 1.f - info.LinkDensity();
      if (best < 0 || info.score > best_score) {
        best = static_cast<int>(i);
        best_score = info.score;
      }
    }
    return best;
  }

  // Chooses what to write: the top candidate, its siblings that look like
  // article, and blocks elsewhere with the top's tag and class (articles cut
  // into chunks by ad slots); then writes them in document order.
  void EmitWithSiblings(int top) {
    const Info& t = infos_[top];
    selected_.assign(infos_.size(), false);
    selected_[top] = true;
    std::string_view top_class = HtmlParser::Attr(t.node, "class");
    if (t.parent >= 0) {
      const float threshold = std::max(10.f, t.score * 0.2f);
      for (xmlNode* s = infos_[t.parent].node->children; s != nullptr; s = s->next) {
        if (!HtmlParser::IsElement(s)) continue;
        int32_t si = IndexOf(s);
        if (si < 0 || si == top) continue;
        const Info& sib = infos_[si];
        bool append = false;
        float bonus = (!top_class.empty() && HtmlParser::Attr(s, "class") == top_class) ? t.score * 0.2f : 0.f;
        if (sib.candidate && sib.score + bonus >= threshold) {
          append = true;
        } else if (sib.tag == Tag::kP) {
          float ld = sib.LinkDensity();
          if (sib.text > 80 && ld < 0.25f) append = true;
          else if (sib.text > 0 && sib.text <= 80 && ld == 0.f) {
            std::string text = HtmlParser::TextOf(s);
            if (!text.empty() && (text.back() == '.' || text.find(". ") != std::string::npos)) append = true;
          }
        }
        if (append) selected_[si] = true;
      }
    }
    if (!top_class.empty() && t.tag != Tag::kBody) {
      for (size_t i = 0; i < infos_.size(); ++i) {
        const Info& c = infos_[i];
        if (c.tag == t.tag && c.text >= 25 && c.LinkDensity() < 0.5f && HtmlParser::Attr(c.node, "class") == top_class)
          selected_[i] = true;
      }
    }
    EmitSelected(root_);
  }

  void EmitSelected(xmlNode* n) {
    for (; n != nullptr; n = n->next) {
      if (!HtmlParser::IsElement(n)) continue;
      int32_t i = IndexOf(n);
      if (i < 0) continue;
      if (selected_[i]) {
        Emit(n);
      } else {
        EmitSelected(n->children);
      }
    }
  }

  // Whether a block inside the article is boilerplate after all.
  bool Skip(const Info& info) const {
    if ((flags_ & kCleanConditionally) == 0) return false;
    switch (info.tag) {
      case Tag::kH1: case Tag::kFigcaption: case Tag::kFigure: case Tag::kFooter: case Tag::kForm:
        return info.tag != Tag::kFigure || info.paragraphs == 0;
      case Tag::kDiv: case Tag::kSection: case Tag::kList: case Tag::kTable: case Tag::kHeader:
      case Tag::kDl: case Tag::kAddress: case Tag::kLi: case Tag::kSpan:
        break;
      default:
        return false;
    }
    if (info.weight < 0) return true;
    if (info.text == 0) return false;
    float ld = info.LinkDensity();
    if (ld > 0.5f) return true;
    if (info.weight < 25 && ld > 0.33f && info.tag != Tag::kSpan) return true;
    return false;
  }

  void Break(int kind) { pending_ = std::max(pending_, kind); }

  void Emit(xmlNode* n) {
    if (HtmlParser::IsText(n)) {
      std::string_view s = HtmlParser::Content(n);
      for (char c : s) {
        if (IsSpaceByte(c)) {
          if (pending_ == 0) pending_ = 1;
          continue;
        }
        if (pending_ > 0 && !out_.empty()) out_.append(pending_ == 3 ? "\n\n" : pending_ == 2 ? "\n" : " ");
        pending_ = 0;
        out_.push_back(c);
      }
      return;
    }
    if (!HtmlParser::IsElement(n)) return;
    int32_t index = IndexOf(n);
    if (index < 0) return;
    const Info& info = infos_[index];
    if (Skip(info)) return;
    if (info.tag == Tag::kBr) {
      Break(2);
      return;
    }
    const bool block = IsBlock(info.tag);
    if (block) Break(3);
    if (info.tag == Tag::kTd || info.tag == Tag::kTh) Break(1);
    for (xmlNode* c = n->children; c != nullptr; c = c->next) Emit(c);
    if (block) Break(3);
  }

  void Clear(xmlNode* n) {
    for (; n != nullptr; n = n->next) {
      if (!HtmlParser::IsElement(n) || n->_private == nullptr) continue;
      n->_private = nullptr;
      Clear(n->children);
    }
  }


  xmlNode* root_;
  std::vector<Info> infos_;
  std::vector<std::string> words_;  // scratch for class/id words
  std::vector<bool> selected_;      // subtrees to write
  std::string out_;
  int pending_ = 0;
  int flags_ = kAll;  // 0 nothing, 1 space, 2 line break, 3 paragraph break
};

}  // namespace

std::string BodyExtractor::Extract(xmlNode* root) const { return Extraction(root).Run(true); }

std::string BodyExtractor::ExtractAll(xmlNode* root) const { return Extraction(root).Run(false); }

}  // namespace hearsay::internal
