#include "attribution/quote_attributor.h"

#include <algorithm>

#include "attribution/cue_lexicon.h"

namespace hearsay::internal {

namespace {

// A cue at token `i` that may introduce a direct quote.
CueMatch QuoteCueAt(const AttributionContext& ctx, uint32_t i, uint32_t end) {
  if (ctx.quote_of[i] != kNoIndex) return {};
  if (i > 0) {
    const std::string& prev = ctx.lower[i - 1];
    if (prev == "the" || prev == "a" || prev == "an" || prev == "his" || prev == "her" || prev == "their" ||
        prev == "its" || prev == "this") {
      return {};  // a noun: "in a statement", "the states"
    }
  }
  CueMatch m = CueLexicon::Get().MatchAt(ctx.lower, ctx.info, i, end);
  if (m.length == 1 && m.entry->cls != CueClass::kPhrase && !ctx.MayBeVerb(i, m.entry->lemma)) return {};
  return m;
}

}  // namespace

Candidate MakeDirect(const AttributionContext& ctx, uint32_t qi) {
  const QuoteSegment& q = ctx.quotes[qi];
  Candidate c;
  c.kind = AttributionKind::kDirect;
  c.content_begin = q.content_begin;
  c.content_end = q.content_end;
  c.content = q.content;
  c.paragraph = q.paragraph;
  c.quote_group = q.group;
  c.quote = qi;
  c.extent_end = q.close != QuoteSegment::kNone ? q.close_last + 1 : q.content_end;
  return c;
}

namespace {

// `“...,” he said` / `“...,” said X` / `“...,” X, a role, told a briefing`
bool FromAfter(AttributionContext& ctx, uint32_t qi, Candidate* c) {
  const QuoteSegment& q = ctx.quotes[qi];
  if (q.close == QuoteSegment::kNone) return false;
  const auto& tokens = ctx.doc.tokens();
  uint32_t i = q.close_last + 1;
  if (i >= tokens.size()) return false;
  const uint32_t s = ctx.sentence_of[q.close_last];
  uint32_t limit = ctx.SentenceEnd(s);
  // A quote ending a sentence ("...?”) may have its cue in the next sentence
  // when the splitter cut after the mark: “Why?” he asked.
  // “Why?” Biden asked. -- a capitalised next sentence only when it is nothing but the cue and its
  // source (and adjuncts): “Why?” Biden said he would go. is a new statement.
  bool short_tail_only = false;
  if (i == limit && i < tokens.size() && ctx.ParagraphOfToken(i) == q.paragraph) {
    short_tail_only = tokens[i].Has(kCapitalized);
    limit = ctx.SentenceEnd(ctx.sentence_of[i]);
  }
  auto tail_ok = [&](uint32_t after) {
    if (!short_tail_only) return true;
    const uint32_t rest = ctx.reader.SkipAdjuncts(after, limit);
    const uint32_t end = ctx.ContentEnd(rest, limit);
    if (end == rest) return true;
    // "told AFP in an interview": a short listener and adjuncts, no verb of a new clause.
    // Without tags a verb is a cue of the lexicon, an auxiliary, a subject pronoun (a new clause) or
    // a lower-case -ed word.
    static constexpr std::string_view kClauseStarts[] = {"would", "will", "is",  "was",   "are", "were",
                                                         "has",   "have", "had", "can",   "could", "should",
                                                         "may",   "might", "must", "did", "does", "do",
                                                         "he",    "she",  "they", "it",   "we",  "i"};
    const auto& pos = ctx.doc.pos_tags();
    const bool tagged = pos.size() == tokens.size();
    if (end - after > 14) return false;
    for (uint32_t k = after; k < end; ++k) {
      const std::string& w = ctx.lower[k];
      const bool verb = tagged ? pos[k] == PartOfSpeech::kVerb || pos[k] == PartOfSpeech::kAux
                               : (ctx.info[k] != nullptr && ctx.info[k]->cue != nullptr &&
                                  ctx.info[k]->cue->cls != CueClass::kPhrase) ||
                                     (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 &&
                                      !tokens[k].Has(kCapitalized)) ||
                                     std::find(std::begin(kClauseStarts), std::end(kClauseStarts), w) !=
                                         std::end(kClauseStarts);
      if (verb || w == "that") return false;
    }
    return true;
  };
  for (uint32_t k = i; k < limit; ++k) {
    if (ctx.quote_of[k] != kNoIndex) {
      limit = k;
      break;
    }
  }
  if (i < limit && ctx.lower[i] == ",") ++i;
  if (i >= limit) return false;
  // A byline dash: “...” ― Pamela Padilla
  if (tokens[i].kind == TokenKind::kDash && i + 1 < limit) {
    auto src = ctx.reader.After(i + 1, limit);
    if (src && src->kind == SourceKind::kName && ctx.ContentEnd(src->end, limit) == src->end) {
      c->cue_begin = i;
      c->cue_end = i + 1;
      c->source = src;
      c->extent_end = src->end;
      return true;
    }
  }
  // Inverted: said Stephane Dujarric
  if (CueMatch m = QuoteCueAt(ctx, i, limit); m.length > 0 && m.entry->cls != CueClass::kPhrase) {
    auto src = ctx.reader.After(i + m.length, limit);
    if (src && tail_ok(src->end)) {
      c->cue_begin = i;
      c->cue_end = i + m.length;
      c->source = src;
      c->extent_end = std::max(src->end, c->cue_end);
      return true;
    }
  }
  // Subject first: he said / Jeon Ha-kyou, a spokesperson for ..., told
  for (uint32_t k = i + 1; k < limit && k < i + 24; ++k) {
    const std::string& w = ctx.lower[k];
    if (w == "." || w == "?" || w == "!" || w == ";") break;
    CueMatch m = QuoteCueAt(ctx, k, limit);
    if (m.length == 0 || m.entry->cls == CueClass::kPhrase) continue;
    // '"...," Warren, who has not endorsed a candidate, told reporters': a cue inside the source's
    // relative clause is not the quote's.
    bool relative = false;
    for (uint32_t b = k; b > i + 1 && k - b < 6; --b) {
      if (ctx.lower[b - 1] == ",") break;
      if ((ctx.lower[b - 1] == "who" || ctx.lower[b - 1] == "which") && ctx.lower[b - 2] == ",") relative = true;
    }
    if (relative) continue;
    auto src = ctx.reader.Before(k, i);
    if (!src || src->begin != i || !ctx.reader.AgreesAsVerb(*src, k, *m.entry)) continue;
    if (!tail_ok(k + m.length)) return false;
    c->cue_begin = k;
    c->cue_end = k + m.length;
    c->source = src;
    c->extent_end = c->cue_end;
    return true;
  }
  return false;
}

// `X said: “...”`, `X said in a post: “...”`, `Zelensky: “...”`
bool FromBefore(AttributionContext& ctx, uint32_t qi, Candidate* c) {
  const QuoteSegment& q = ctx.quotes[qi];
  if (q.open == QuoteSegment::kNone || q.open == 0) return false;
  const uint32_t p = q.open - 1;
  // "The governor added:" ending the paragraph before the quote also introduces it.
  if (ctx.ParagraphOfToken(p) != q.paragraph && (ctx.lower[p] != ":" || ctx.ParagraphOfToken(p) + 1 != q.paragraph)) {
    return false;
  }
  const std::string& pw = ctx.lower[p];
  uint32_t lead_end;
  if (pw == ":" || pw == ",") {
    lead_end = p;
  } else if (const CueEntry* e = CueLexicon::Get().Lookup(pw); e != nullptr && e->cls != CueClass::kWeak) {
    lead_end = q.open;
  } else {
    return false;
  }
  uint32_t lead_begin = ctx.SentenceBegin(ctx.sentence_of[p]);
  for (uint32_t k = lead_end; k > lead_begin; --k) {
    if (ctx.quote_of[k - 1] != kNoIndex) {
      lead_begin = k;
      break;
    }
  }
  if (lead_begin >= lead_end) return false;
  for (uint32_t k = lead_end; k > lead_begin; --k) {
    const uint32_t cue = k - 1;
    CueMatch m = QuoteCueAt(ctx, cue, lead_end);
    if (m.length == 0 || m.entry->cls == CueClass::kPhrase) continue;
    // Only adjuncts may stand between the cue and the quote: "said in a Telegram post:".
    uint32_t after = cue + m.length;
    if (m.entry->lemma == "tell" && after < lead_end) {
      uint32_t obj = after;
      while (obj < lead_end && obj - after < 5 && ctx.lower[obj] != "," && ctx.lower[obj] != ":") ++obj;
      after = obj;
    }
    if (ctx.reader.SkipAdjuncts(after, lead_end) < lead_end) continue;
    auto src = ctx.reader.Before(cue, lead_begin);
    if (src && !ctx.reader.AgreesAsVerb(*src, cue, *m.entry)) continue;  // "in a Telegram post:"
    if (!src) {
      // "said X:" inverted before a quote.
      src = ctx.reader.After(cue + m.length, lead_end);
      if (!src) continue;
    }
    c->cue_begin = cue;
    c->cue_end = cue + m.length;
    c->source = src;
    return true;
  }
  if (pw == ":") {
    // A bare speaker label.
    auto src = ctx.reader.After(lead_begin, lead_end);
    if (src && src->end == lead_end && src->begin == lead_begin) {
      c->source = src;
      return true;
    }
  }
  return false;
}

// A transcript inside quote marks: “PENCE: Well, ...” -- the label is the speaker.
bool FromLabel(AttributionContext& ctx, uint32_t qi, Candidate* c) {
  const QuoteSegment& q = ctx.quotes[qi];
  const auto& tokens = ctx.doc.tokens();
  for (uint32_t k = q.content_begin + 1; k < q.content_end && k < q.content_begin + 4; ++k) {
    if (ctx.lower[k] != ":") continue;
    for (uint32_t t = q.content_begin; t < k; ++t) {
      for (char ch : ctx.doc.TokenText(tokens[t])) {
        if (ch >= 'a' && ch <= 'z') return false;
      }
    }
    auto src = ctx.reader.After(q.content_begin, k);
    if (!src || src->end != k || src->kind != SourceKind::kName || k + 2 >= q.content_end) return false;
    c->source = src;
    c->content_begin = k + 1;
    c->content.begin = tokens[k + 1].span.begin;
    return true;
  }
  return false;
}

// A short quotation in title case or without a full stop -- "Opening Belle", "Playbook", "Uber
// everything" -- names a work or a slogan; with no cue of its own it continues no speaker.
bool LooksLikeTitle(const AttributionContext& ctx, const QuoteSegment& q) {
  const auto& tokens = ctx.doc.tokens();
  uint32_t words = 0, capitalized = 0;
  bool stop = false;
  for (uint32_t k = q.content_begin; k < q.content_end; ++k) {
    const Token& t = tokens[k];
    if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber || t.kind == TokenKind::kAbbreviation) {
      ++words;
      capitalized += t.Has(kCapitalized);
    }
    const std::string& w = ctx.lower[k];
    stop |= w == "." || w == "?" || w == "!";
  }
  if (words > 3) return false;
  return !stop || (capitalized == words && words >= 2);
}

}  // namespace

void AttributeQuotes(AttributionContext& ctx, std::vector<Candidate>* out) {
  for (uint32_t qi = 0; qi < ctx.quotes.size(); ++qi) {
    if (!ctx.quotes[qi].direct) continue;
    Candidate c = MakeDirect(ctx, qi);
    if (FromLabel(ctx, qi, &c) || FromAfter(ctx, qi, &c) || FromBefore(ctx, qi, &c)) {
      for (uint32_t k = c.cue_begin; k < c.cue_end && k != kNoIndex; ++k) ctx.cue_used[k] = true;
      out->push_back(std::move(c));
    }
  }
}

void ContinueQuotes(const AttributionContext& ctx, std::vector<Candidate>* out) {
  std::vector<uint32_t> candidate_of_quote(ctx.quotes.size(), kNoIndex);
  for (uint32_t i = 0; i < out->size(); ++i) {
    if ((*out)[i].quote != kNoIndex) candidate_of_quote[(*out)[i].quote] = i;
  }
  // The last candidate (by content position) of each paragraph.
  const uint32_t n_par = static_cast<uint32_t>(ctx.doc.paragraphs().size());
  std::vector<uint32_t> last_of_paragraph(n_par, kNoIndex);
  auto note = [&](uint32_t idx) {
    const Candidate& c = (*out)[idx];
    uint32_t& slot = last_of_paragraph[c.paragraph];
    if (slot == kNoIndex || (*out)[slot].content.begin < c.content.begin) slot = idx;
  };
  for (uint32_t i = 0; i < out->size(); ++i) note(i);
  for (uint32_t qi = 0; qi < ctx.quotes.size(); ++qi) {
    const QuoteSegment& q = ctx.quotes[qi];
    if (!q.direct || candidate_of_quote[qi] != kNoIndex || LooksLikeTitle(ctx, q)) continue;
    uint32_t from = kNoIndex;
    // Another part of the same quote, or an earlier quote of this paragraph.
    for (uint32_t k = 0; k < ctx.quotes.size() && from == kNoIndex; ++k) {
      if (k != qi && ctx.quotes[k].group == q.group && candidate_of_quote[k] != kNoIndex) from = candidate_of_quote[k];
    }
    if (from == kNoIndex && last_of_paragraph[q.paragraph] != kNoIndex) {
      uint32_t best = kNoIndex;
      for (uint32_t i = 0; i < out->size(); ++i) {
        const Candidate& c = (*out)[i];
        if (c.paragraph == q.paragraph && c.content.begin < q.content.begin && c.source &&
            (best == kNoIndex || (*out)[best].content.begin < c.content.begin)) {
          best = i;
        }
      }
      from = best;
    }
    // A paragraph that opens with a quote continues the previous paragraph's speaker.
    if (from == kNoIndex && q.open != QuoteSegment::kNone && q.paragraph > 0) {
      const auto& par = ctx.doc.paragraphs()[q.paragraph];
      const uint32_t first_tok = ctx.SentenceBegin(par.sentence_begin);
      const uint32_t prev = last_of_paragraph[q.paragraph - 1];
      if (q.open == first_tok && prev != kNoIndex) {
        const Candidate& pc = (*out)[prev];
        const bool speaker = pc.kind != AttributionKind::kIndirect || pc.continues != kNoIndex ||
                             (pc.source && (pc.source->person || pc.source->kind != SourceKind::kDescription));
        if (speaker) from = prev;
      }
    }
    if (from == kNoIndex) continue;
    Candidate c = MakeDirect(ctx, qi);
    c.continues = from;
    out->push_back(std::move(c));
    candidate_of_quote[qi] = static_cast<uint32_t>(out->size() - 1);
    note(static_cast<uint32_t>(out->size() - 1));
  }
}

}  // namespace hearsay::internal
