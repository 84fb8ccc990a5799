#include "attribution/attribution_annotator.h"

#include <algorithm>

#include "attribution/attribution_model.h"
#include "attribution/candidate.h"
#include "attribution/cue_lexicon.h"
#include "attribution/quote_attributor.h"
#include "attribution/quote_finder.h"
#include "attribution/reported_speech.h"
#include "attribution/source_resolver.h"

namespace hearsay {

namespace internal {

AttributionContext::AttributionContext(const Document& d) : doc(d), reader(d, lower) {
  const auto& tokens = doc.tokens();
  lower.reserve(tokens.size());
  const CueLexicon& lex = CueLexicon::Get();
  info.reserve(tokens.size());
  for (const Token& t : tokens) {
    lower.push_back(LowerNorm(doc, t));
    std::string_view key = lower.back();
    if (t.kind == TokenKind::kAbbreviation && key.size() > 1 && key.back() == '.') key.remove_suffix(1);  // Mr. Gen.
    info.push_back(lex.Info(key));
  }
  reader.Prepare(info);
  sentence_of.assign(tokens.size(), 0);
  const auto& sentences = doc.sentences();
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    for (uint32_t t = sentences[s].token_begin; t < sentences[s].token_end && t < tokens.size(); ++t) sentence_of[t] = s;
  }
  paragraph_of.assign(sentences.size(), 0);
  const auto& paragraphs = doc.paragraphs();
  for (uint32_t p = 0; p < paragraphs.size(); ++p) {
    for (uint32_t s = paragraphs[p].sentence_begin; s < paragraphs[p].sentence_end && s < sentences.size(); ++s) {
      paragraph_of[s] = p;
    }
  }
  quotes = FindQuotes(doc);
  quote_of.assign(tokens.size(), kNoIndex);
  for (uint32_t q = 0; q < quotes.size(); ++q) {
    const QuoteSegment& seg = quotes[q];
    uint32_t b = seg.open != QuoteSegment::kNone ? seg.open : seg.content_begin;
    uint32_t e = seg.close != QuoteSegment::kNone ? seg.close_last + 1 : seg.content_end;
    for (uint32_t t = b; t < e; ++t) quote_of[t] = q;
  }
  cue_used.assign(tokens.size(), false);
}

uint32_t AttributionContext::ContentEnd(uint32_t begin, uint32_t end) const {
  while (end > begin) {
    const Token& t = doc.tokens()[end - 1];
    if (t.kind == TokenKind::kPunct) {
      --end;
      continue;
    }
    break;
  }
  return end;
}

bool AttributionContext::NamesOrReflexive(uint32_t i) const {
  const std::string& w = lower[i];
  const size_t n = lower.size();
  if ((w == "found" || w == "finds" || w == "find") && i + 1 < n &&
      (lower[i + 1] == "himself" || lower[i + 1] == "herself" || lower[i + 1] == "itself" ||
       lower[i + 1] == "themselves" || lower[i + 1] == "myself" || lower[i + 1] == "ourselves")) {
    return true;  // "found himself in the awkward position"
  }
  if (w != "called" && w != "dubbed" && w != "named" && w != "titled" && w != "nicknamed") return false;
  if (i > 0 && (lower[i - 1] == "so-" || lower[i - 1] == "now" || lower[i - 1] == "also" || lower[i - 1] == "is" ||
                lower[i - 1] == "was" || lower[i - 1] == "be" || lower[i - 1] == "being" || lower[i - 1] == "are")) {
    return true;  // "so-called", "now called Trump National Doral", "is called"
  }
  // "a group called Stop Hillary", "an event called Occupy DNC": a thing introduced by its name.
  for (uint32_t k = i; k > 0 && i - k < 4; --k) {
    const std::string& p = lower[k - 1];
    if (p == "a" || p == "an") return k < i;
    const Token& t = doc.tokens()[k - 1];
    if (t.kind != TokenKind::kWord || t.Has(kCapitalized)) return false;
  }
  return false;
}

namespace {

// A content that holds another attribution's cue stops before that
// attribution's source or cue: "CLAUSE, X said" inside "According to Y, ...".
void TrimOverlaps(const AttributionContext& ctx, std::vector<Candidate>* cands) {
  const auto& tokens = ctx.doc.tokens();
  // Candidates by cue position, to find the cues inside a content without a quadratic scan.
  std::vector<std::pair<uint32_t, uint32_t>> by_cue;
  for (uint32_t i = 0; i < cands->size(); ++i) {
    if ((*cands)[i].cue_begin != kNoIndex) by_cue.emplace_back((*cands)[i].cue_begin, i);
  }
  std::sort(by_cue.begin(), by_cue.end());
  for (Candidate& a : *cands) {
    if (a.kind == AttributionKind::kDirect || a.may_nest) continue;
    auto it = std::lower_bound(by_cue.begin(), by_cue.end(), std::make_pair(a.content_begin, 0u));
    for (; it != by_cue.end() && it->first < a.content_end; ++it) {
      const Candidate& b = (*cands)[it->second];
      if (&a == &b) continue;
      uint32_t cut = b.cue_begin;
      if (b.source && b.source->begin < cut && b.source->begin >= a.content_begin) cut = b.source->begin;
      if (b.content_begin >= a.content_begin && b.content_begin < cut) cut = b.content_begin;
      while (cut > a.content_begin && (tokens[cut - 1].kind == TokenKind::kPunct || ctx.lower[cut - 1] == "and" ||
                                       ctx.lower[cut - 1] == "but" || tokens[cut - 1].kind == TokenKind::kDash)) {
        --cut;
      }
      if (cut <= a.content_begin + 1) continue;
      a.content_end = cut;
      a.content.end = tokens[cut - 1].span.end;
    }
  }
}

// A quote with no cue of its own inside the content of a reported or mixed attribution is part of
// that statement. `cands` is in text order.
void MarkQuotesInsideOthers(std::vector<Candidate>* cands) {
  uint32_t open = kNoIndex;  // the candidate whose content reaches furthest so far
  for (uint32_t i = 0; i < cands->size(); ++i) {
    Candidate& c = (*cands)[i];
    if (open != kNoIndex && c.kind == AttributionKind::kDirect && c.cue_begin == kNoIndex) {
      const Candidate& o = (*cands)[open];
      if (o.content_begin <= c.content_begin && o.content_end >= c.content_end) c.inside_other = true;
    }
    if (c.kind != AttributionKind::kDirect && (open == kNoIndex || c.content_end > (*cands)[open].content_end)) open = i;
  }
}

}  // namespace

}  // namespace internal

AttributionAnnotator::AttributionAnnotator() { (void)internal::CueLexicon::Get(); }

AttributionAnnotator::AttributionAnnotator(std::shared_ptr<const internal::AttributionModel> model)
    : model_(std::move(model)) {
  (void)internal::CueLexicon::Get();
}

void AttributionAnnotator::Annotate(Document& doc) const {
  using namespace internal;
  doc.mutable_attributions().clear();
  if (doc.tokens().empty() || doc.sentences().empty()) return;
  AttributionContext ctx(doc);
  std::vector<Candidate> cands;
  AttributeQuotes(ctx, &cands);
  FindReportedSpeech(ctx, &cands);
  ContinueQuotes(ctx, &cands);
  if (model_) {
    SplitCoordinatedCues(ctx, *model_, &cands);
    RefineContentEnds(ctx, *model_, &cands);
    FindLearnedAttributions(ctx, *model_, &cands);
  }
  // Text order; `continues` indices follow the permutation.
  std::vector<uint32_t> order(cands.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return cands[a].content.begin < cands[b].content.begin;
  });
  std::vector<uint32_t> new_index(cands.size());
  for (uint32_t i = 0; i < order.size(); ++i) new_index[order[i]] = i;
  std::vector<Candidate> sorted;
  sorted.reserve(cands.size());
  for (uint32_t i : order) {
    sorted.push_back(std::move(cands[i]));
    if (sorted.back().continues != kNoIndex) sorted.back().continues = new_index[sorted.back().continues];
  }
  TrimOverlaps(ctx, &sorted);
  MarkQuotesInsideOthers(&sorted);
  doc.mutable_attributions() = ResolveSources(ctx, sorted);
  return;
}

}  // namespace hearsay
