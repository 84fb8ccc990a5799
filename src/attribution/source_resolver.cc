#include "attribution/source_resolver.h"

#include <algorithm>
#include <string_view>

#include "attribution/cue_lexicon.h"

namespace hearsay::internal {

namespace {

struct Known {
  Source source;
  bool person = false;
  bool org = false;
  bool plural = false;
  std::string head;  // head word of a description, lower case
  uint32_t paragraph = 0;
};

std::string_view FirstWord(std::string_view s) { return s.substr(0, s.find(' ')); }
std::string_view LastWord(std::string_view s) {
  size_t sp = s.rfind(' ');
  return sp == std::string_view::npos ? s : s.substr(sp + 1);
}

// "Governor Alicia Moreno" -> "Alicia Moreno": a canonical name without the titles and roles before it.
std::string StripTitles(const std::string& name) {
  std::string_view rest = name;
  for (;;) {
    size_t sp = rest.find(' ');
    if (sp == std::string_view::npos) break;
    std::string first(rest.substr(0, sp));
    for (char& c : first) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    if (!(CueLexicon::Get().SourceWord(first) & (kTitleWord | kRoleWord | kRoleModifier))) break;
    std::string_view after = rest.substr(sp + 1);
    if (after.find(' ') == std::string_view::npos) break;  // keep at least two words of name
    rest = after;
  }
  return std::string(rest);
}

class Resolver {
 public:
  Resolver(const AttributionContext& ctx, const std::vector<Candidate>& cands)
      : ctx_(ctx), doc_(ctx.doc), cands_(cands) {}

  std::vector<Attribution> Run() {
    CollectNames();
    std::vector<std::optional<Source>> resolved(cands_.size());
    std::vector<uint8_t> person(cands_.size(), 0);
    for (uint32_t i = 0; i < cands_.size(); ++i) {
      const Candidate& c = cands_[i];
      if (c.inside_other) continue;
      if (c.unstated_source && !c.source) {
        Source unstated;
        unstated.anonymous = true;
        resolved[i] = std::move(unstated);
        continue;
      }
      if (!c.source) continue;
      resolved[i] = Resolve(i);
    }
    // Continuations follow their chains (at most a few steps).
    for (uint32_t i = 0; i < cands_.size(); ++i) {
      if (resolved[i] || cands_[i].continues == kNoIndex || cands_[i].inside_other) continue;
      uint32_t from = cands_[i].continues;
      for (int step = 0; step < 8 && from != kNoIndex && !resolved[from]; ++step) from = cands_[from].continues;
      if (from == kNoIndex || !resolved[from]) continue;
      // The continuation is named by the mention of the attribution it continues
      // (a split quote's second part, a cue-less quote paragraph).
      resolved[i] = *resolved[from];
    }
    // Forward-resolved roles lend their role and affiliation to the named person.
    for (auto& [name, role_affil] : inherited_) {
      for (auto& r : resolved) {
        if (!r || r->name != name) continue;
        if (!r->role) r->role = role_affil.first;
        if (!r->affiliation && role_affil.second) r->affiliation = role_affil.second;
      }
    }
    std::vector<Attribution> out;
    out.reserve(cands_.size());
    std::vector<uint32_t> out_index(cands_.size(), kNoIndex);
    for (uint32_t i = 0; i < cands_.size(); ++i) {
      if (!resolved[i]) continue;
      const Candidate& c = cands_[i];
      Attribution a;
      // The nearest earlier candidate of the chain that was output -- only for a part with no cue
      // of its own (a split quote's second part, a cue-less quote paragraph); "..., he said,
      // adding that B" shares the source but is a statement of its own.
      const uint32_t chain = c.cue_begin == kNoIndex ? c.continues : kNoIndex;
      for (uint32_t from = chain, step = 0; from != kNoIndex && step < 8; from = cands_[from].continues, ++step) {
        if (from < i && out_index[from] != kNoIndex) {
          a.continues = out_index[from];
          break;
        }
      }
      out_index[i] = static_cast<uint32_t>(out.size());
      a.kind = c.kind;
      a.content = c.content;
      if (c.cue_begin != kNoIndex) {
        a.cue = Span{doc_.tokens()[c.cue_begin].span.begin, doc_.tokens()[c.cue_end - 1].span.end};
      }
      a.source = std::move(*resolved[i]);
      out.push_back(std::move(a));
    }
    return out;
  }

 private:
  // Full names the document gives its sources, and its PER entities.
  void CollectNames() {
    for (const Candidate& c : cands_) {
      if (!c.source || c.source->kind != SourceKind::kName) continue;
      const SourcePhrase& p = *c.source;
      if (p.name_end - p.name_begin >= 2) {
        names_.push_back({ctx_.reader.TextOf(p.name_begin, p.name_end), p.person, doc_.tokens()[p.name_begin].span.begin});
      }
    }
    // Runs of capitalised words anywhere ("Russia's Vladimir Putin"), last resort.
    const auto& tokens = doc_.tokens();
    for (uint32_t i = 0; i < tokens.size();) {
      uint32_t k = i;
      while (k < tokens.size() && tokens[k].kind == TokenKind::kWord && tokens[k].Has(kCapitalized) &&
             ctx_.reader.Bits(k) == 0) {
        ++k;
      }
      if (k - i >= 2 && k - i <= 3 && (i == 0 || !tokens[i].Has(kNewlineBefore))) {
        fallback_names_.push_back({ctx_.reader.TextOf(i, k), false, tokens[i].span.begin});
      }
      i = k > i ? k : i + 1;
    }
    for (const Entity& e : doc_.entities()) {
      std::string name = e.entity.empty() ? std::string(doc_.Text(e.span)) : e.entity;
      if (name.find(' ') == std::string::npos) continue;
      names_.push_back({name, e.label == EntityLabel::kPerson, e.span.begin});
    }
  }

  struct Name {
    std::string text;
    bool person;
    uint32_t offset;
  };

  const Entity* EntityAt(Span span) const {
    const auto& ents = doc_.entities();
    auto it = std::lower_bound(ents.begin(), ents.end(), span.begin,
                               [](const Entity& e, uint32_t b) { return e.span.end <= b; });
    for (; it != ents.end() && it->span.begin < span.end; ++it) {
      if (it->span.end > span.begin) return &*it;
    }
    return nullptr;
  }

  // The full name `word` is short for: a known source first, then any name.
  const Known* KnownBySurname(std::string_view word) const {
    for (auto it = known_.rbegin(); it != known_.rend(); ++it) {
      if (!it->source.entity) continue;
      std::string_view n = *it->source.entity;
      if (n != word && (FirstWord(n) == word || LastWord(n) == word)) return &*it;
    }
    return nullptr;
  }
  static const Name* NameBySurname(const std::vector<struct Name>& names, std::string_view word, uint32_t offset) {
    const Name* best = nullptr;
    for (const Name& n : names) {
      if (n.text == word || !(FirstWord(n.text) == word || LastWord(n.text) == word)) continue;
      // Prefer the nearest name before the mention, else the first after it.
      if (best == nullptr || (n.offset <= offset && (best->offset > offset || n.offset > best->offset)) ||
          (n.offset > offset && best->offset > offset && n.offset < best->offset)) {
        best = &n;
      }
    }
    return best;
  }

  Source Resolve(uint32_t i) {
    const Candidate& c = cands_[i];
    const SourcePhrase& p = *c.source;
    Source s;
    s.mention = p.mention;
    Known k;
    k.paragraph = c.paragraph;
    k.plural = p.plural;
    switch (p.kind) {
      case SourceKind::kPronoun: {
        const std::string& w = ctx_.lower[p.begin];
        const Known* ref = nullptr;
        for (auto it = known_.rbegin(); it != known_.rend() && ref == nullptr; ++it) {
          if (c.paragraph > it->paragraph + 6) break;
          if (w == "he" || w == "she" || w == "i") {
            if (it->person && !it->plural) ref = &*it;
          } else if (w == "it") {
            if (it->org && !it->plural && !it->person) ref = &*it;
          } else if (w == "they" || w == "we") {
            if (it->plural || it->org) ref = &*it;
          }
        }
        if (ref != nullptr) {
          Source r = ref->source;
          r.mention = p.mention;
          Register(r, *ref);
          return r;
        }
        s.name = std::string(doc_.Text(p.mention));
        s.anonymous = true;
        k.person = p.person;
        k.org = p.org;
        break;
      }
      case SourceKind::kName: {
        std::string name = ctx_.reader.TextOf(p.name_begin, p.name_end);
        bool person = p.person;
        bool org = p.org;
        const Span name_span{doc_.tokens()[p.name_begin].span.begin, doc_.tokens()[p.name_end - 1].span.end};
        if (const Entity* e = EntityAt(name_span)) {
          // The tagger's canonical name, when its mention is this name (not a part: "Moscow and Pyongyang").
          if (e->span.begin <= name_span.begin && e->span.end >= name_span.end) {
            person = e->label == EntityLabel::kPerson;
            org = !person;
            if (!e->entity.empty() && !p.plural) name = StripTitles(e->entity);
          }
        }
        if (name.find(' ') == std::string::npos && !p.plural) {
          if (const Known* ref = KnownBySurname(name)) {
            Source r = ref->source;
            r.mention = p.mention;
            if (!p.role.empty()) r.role = p.role;
            if (!p.affiliation.empty()) r.affiliation = p.affiliation;
            Register(r, *ref);
            return r;
          }
          const Name* n = NameBySurname(names_, name, p.mention.begin);
          if (n == nullptr && (p.titled || p.person)) n = NameBySurname(fallback_names_, name, p.mention.begin);
          if (n != nullptr) {
            name = n->text;
            person = person || n->person;
            if (n->person) org = false;
          }
        }
        s.entity = name;
        // A named organisation keeps its article, as a reader writes it: "the Red Cross".
        if (!person && p.definite && p.name_begin > p.begin && ctx_.lower[p.name_begin - 1] == "the") {
          name = "the " + name;
        }
        s.name = name;
        if (!p.role.empty()) s.role = p.role;
        if (!p.affiliation.empty()) s.affiliation = p.affiliation;
        // The same person named again keeps the role the text gave before.
        for (auto it = known_.rbegin(); it != known_.rend(); ++it) {
          if (it->source.entity && *it->source.entity == name) {
            if (!s.role) s.role = it->source.role;
            if (!s.affiliation) s.affiliation = it->source.affiliation;
            person = person || it->person;
            break;
          }
        }
        s.anonymous = !person;
        k.person = person;
        k.org = org || !person;
        break;
      }
      case SourceKind::kDescription: {
        // The contract names a description as written, "the emergency service", without "a"/"an".
        s.name = p.definite && ctx_.lower[p.begin] == "the" ? "the " + p.description : p.description;
        if (!s.name.empty() && doc_.tokens()[p.begin].Has(kCapitalized) && p.begin == ctx_.SentenceBegin(ctx_.sentence_of[p.begin])) {
          // "Officials said" at a sentence start: a common noun, not a name.
          const uint32_t first = p.definite || p.indefinite ? p.begin + 1 : p.begin;
          if (first == p.begin && ctx_.reader.Bits(first) != 0 && s.name[0] >= 'A' &&
              s.name[0] <= 'Z') {
            s.name[0] = static_cast<char>(s.name[0] + 32);
          }
        }
        if (!p.role.empty()) s.role = p.role;
        if (!p.affiliation.empty()) s.affiliation = p.affiliation;
        s.anonymous = true;
        k.person = p.person && !p.plural;
        k.org = p.org;
        k.head = p.head;
        if (p.definite && !p.plural) {
          // "the spokesperson", "the ministry": the last source with that role or head.
          for (auto it = known_.rbegin(); it != known_.rend(); ++it) {
            if (c.paragraph > it->paragraph + 8) break;
            const bool role_match = it->source.role && LastWord(*it->source.role) == p.head;
            if (role_match || (!it->head.empty() && it->head == p.head)) {
              Source r = it->source;
              r.mention = p.mention;
              Known copy = *it;
              Register(r, copy);
              return r;
            }
          }
        }
        if (p.definite && p.org && !p.plural && ctx_.lower[p.begin] == "the" && p.end - p.begin == 2) {
          // A bare "the organisation", "the group": the last organisation named as a source nearby.
          for (auto it = known_.rbegin(); it != known_.rend(); ++it) {
            if (c.paragraph > it->paragraph + 3) break;
            if (it->org && !it->person && !it->plural && it->source.entity) {
              Source r = it->source;
              r.mention = p.mention;
              Known copy = *it;
              Register(r, copy);
              return r;
            }
          }
        }
        if (p.indefinite && p.person && !p.plural) {
          if (auto named = NamedNext(i)) {
            Source r;
            r.name = named->first;
            r.entity = named->first;
            r.mention = p.mention;
            r.role = s.role;
            r.affiliation = s.affiliation;
            r.anonymous = false;
            if (s.role) inherited_.push_back({r.name, {s.role, s.affiliation}});
            k.person = true;
            k.org = false;
            Register(r, k);
            return r;
          }
        }
        break;
      }
    }
    Register(s, k);
    return s;
  }

  // The person a following attribution names, if the text has not named them before.
  std::optional<std::pair<std::string, bool>> NamedNext(uint32_t i) const {
    const Candidate& c = cands_[i];
    for (uint32_t j = i + 1; j < cands_.size(); ++j) {
      const Candidate& d = cands_[j];
      if (d.paragraph > c.paragraph + 1) break;
      if (!d.source || d.source->kind != SourceKind::kName) continue;
      const SourcePhrase& p = *d.source;
      if (!p.person || p.name_end - p.name_begin < 2) continue;
      std::string name = ctx_.reader.TextOf(p.name_begin, p.name_end);
      // Named before this mention? Then the description is someone else.
      std::string_view last = LastWord(name);
      std::string_view before = doc_.text().substr(0, c.source->mention.begin);
      if (before.find(last) != std::string_view::npos) return std::nullopt;
      return std::make_pair(name, true);
    }
    return std::nullopt;
  }

  void Register(const Source& s, Known k) {
    k.source = s;
    k.source.mention.reset();
    known_.push_back(std::move(k));
  }

  const AttributionContext& ctx_;
  const Document& doc_;
  const std::vector<Candidate>& cands_;
  std::vector<Known> known_;
  std::vector<Name> names_;
  std::vector<Name> fallback_names_;
  std::vector<std::pair<std::string, std::pair<std::optional<std::string>, std::optional<std::string>>>> inherited_;
};

}  // namespace

std::vector<Attribution> ResolveSources(const AttributionContext& ctx, const std::vector<Candidate>& candidates) {
  return Resolver(ctx, candidates).Run();
}

}  // namespace hearsay::internal
