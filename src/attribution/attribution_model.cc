#include "attribution/attribution_model.h"

#include <algorithm>
#include <optional>

#include "attribution/candidate.h"
#include "tagger/byte_io.h"
#include "tagger/features.h"

namespace hearsay::internal {

namespace {

// Template ids: part of every feature hash; never reuse or renumber one
// without retraining (the self-test catches it).
enum Template : uint64_t {
  kBias = 1, kWord, kLemma, kLexClass, kPos0, kPosM1, kPosP1, kPosP1P2, kWordM1, kWordP1, kWordP2, kLemmaWordP1,
  kLemmaPosP1, kFollows, kSubject, kLemmaSubject, kWordM1Lemma, kSuffix3, kCapital, kStartBucket, kHeadline,
  kRestBucket, kLemmaFollows, kSubject2, kHead, kHeadPos, kLemmaHeadPos, kObject, kLemmaObject, kRelative,
  kEBias = 40, kEPrev, kENext, kEPosPrev, kEPosNext, kENextPosPrev, kEAtLimit, kEAtLimitLemma, kEAtLimitFirst,
  kELen, kELenFirst, kELenLemma, kECommas, kECommasLimit, kENextNext, kEPosPair, kEQuote, kEPrevLemma,
  kENextLemma, kEFirst, kERest, kEVerbNext, kEFirstPosLimit, kENextPosLemma, kEInsideQuote, kELenNext,
};

uint64_t H(uint64_t t, std::string_view s) { return MixHash(t, Fnv1a64(s)); }
uint64_t H(uint64_t t, uint64_t a) { return MixHash(t, a + 0x51ull); }
uint64_t H(uint64_t t, std::string_view s, std::string_view u) { return MixHash(MixHash(t, Fnv1a64(s)), Fnv1a64(u)); }

std::string_view PosName(const AttributionContext& ctx, int64_t i) {
  const auto& pos = ctx.doc.pos_tags();
  if (i < 0) return "<s>";
  if (static_cast<size_t>(i) >= ctx.doc.tokens().size()) return "</s>";
  if (pos.size() != ctx.doc.tokens().size()) return "?";
  return PartOfSpeechName(pos[i]);
}

std::string_view WordAt(const AttributionContext& ctx, int64_t i, uint32_t sb, uint32_t se) {
  if (i < static_cast<int64_t>(sb)) return "<s>";
  if (i >= static_cast<int64_t>(se)) return "</s>";
  return ctx.lower[i];
}

uint32_t Bucket(uint32_t n) {
  static constexpr uint32_t kEdges[] = {1, 2, 3, 4, 6, 9, 13, 20, 30, 50};
  uint32_t b = 0;
  while (b < std::size(kEdges) && n > kEdges[b]) ++b;
  return b;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool SubjectTag(PartOfSpeech p) {
  return p == PartOfSpeech::kPropn || p == PartOfSpeech::kNoun || p == PartOfSpeech::kPron ||
         p == PartOfSpeech::kDet || p == PartOfSpeech::kAdj || p == PartOfSpeech::kNum;
}

// A description made of tokens [b, e) whose last is a noun by the POS tags,
// when the source reader vouches for nothing there ("environmentalists",
// "Polling averages", "the study").
std::optional<SourcePhrase> NounPhrase(const AttributionContext& ctx, uint32_t b, uint32_t e) {
  if (std::optional<SourcePhrase> p = ctx.reader.After(b, e)) return p;
  const auto& pos = ctx.doc.pos_tags();
  if (b >= e || e - b > 6 || (pos[e - 1] != PartOfSpeech::kNoun && pos[e - 1] != PartOfSpeech::kPropn)) {
    return std::nullopt;
  }
  SourcePhrase p;
  p.kind = SourceKind::kDescription;
  p.begin = b;
  p.end = e;
  const auto& tokens = ctx.doc.tokens();
  p.mention = {tokens[b].span.begin, tokens[e - 1].span.end};
  uint32_t d = b;
  if (ctx.lower[b] == "the") {
    p.definite = true;
    ++d;
  } else if (ctx.lower[b] == "a" || ctx.lower[b] == "an") {
    p.indefinite = true;
    ++d;
  }
  if (d >= e) return std::nullopt;
  p.description = std::string(ctx.doc.text().substr(tokens[d].span.begin, tokens[e - 1].span.end - tokens[d].span.begin));
  p.head = ctx.lower[e - 1];
  p.plural = EndsWith(p.head, "s") && !EndsWith(p.head, "ss");
  return p;
}

// The noun phrase before the verb at `i` by the POS tags, over auxiliaries and
// adverbs ("Clinton now says", "Twelve percent indicated", "The 30-second spot
// features"); after ", VERB-ing" the sentence's opening noun phrase.
std::optional<SourcePhrase> SubjectBefore(const AttributionContext& ctx, uint32_t i, uint32_t sb) {
  const auto& pos = ctx.doc.pos_tags();
  if (pos.size() != ctx.doc.tokens().size() || i == sb) return std::nullopt;
  uint32_t k = i;
  while (k > sb && i - k < 4 &&
         (pos[k - 1] == PartOfSpeech::kAux || pos[k - 1] == PartOfSpeech::kAdv || pos[k - 1] == PartOfSpeech::kPart) &&
         ctx.lower[k - 1] != "'s") {
    --k;
  }
  if (k > sb && ctx.lower[k - 1] == "," && i == k && EndsWith(ctx.lower[i], "ing")) {
    // "..., comparing him to": the subject of the sentence's first verb.
    for (uint32_t v = sb + 1; v + 1 < k; ++v) {
      if (pos[v] == PartOfSpeech::kVerb) return v + 1 < i ? SubjectBefore(ctx, v, sb) : std::nullopt;
    }
    return std::nullopt;
  }
  if (k > sb + 2 && ctx.lower[k - 1] == ",") {
    // "Senator Dianne Feinstein, Democrat of California, said", "Younger voters, in particular, have
    // expressed": the phrase before the sentence's first comma.
    // An opening "But", "And" or "Still," is no part of it; a parenthesis ("Sen. Jack Reed
    // (D-R.I.),") is stepped over.
    uint32_t start = sb;
    while (start + 1 < k && (pos[start] == PartOfSpeech::kCconj || pos[start] == PartOfSpeech::kAdv)) {
      ++start;
      if (start + 1 < k && ctx.lower[start] == ",") ++start;
    }
    uint32_t comma = start;
    uint32_t name_end = kNoIndex;
    while (comma < k - 1 && ctx.lower[comma] != ",") {
      if (ctx.lower[comma] == "(" && name_end == kNoIndex) name_end = comma;
      ++comma;
    }
    if (name_end == kNoIndex) name_end = comma;
    if (name_end == start || comma >= k - 1) return std::nullopt;
    for (uint32_t t = start; t < name_end; ++t) {
      if (!SubjectTag(pos[t]) && ctx.lower[t] != "'s") return std::nullopt;
    }
    return NounPhrase(ctx, start, name_end);
  }
  if (k > sb + 2 && (ctx.lower[k - 1] == "who" || ctx.lower[k - 1] == "which") && ctx.lower[k - 2] == ",") {
    // "the AP, which first reported": the phrase before the comma.
    k -= 2;
  }
  // Back to the last clause boundary: "A memorable Hillary Clinton ad in 2008", "Regulators and environmental groups".
  uint32_t b = k;
  while (b > sb && k - b < 10 &&
         (SubjectTag(pos[b - 1]) || ctx.lower[b - 1] == "'s" ||
          ((pos[b - 1] == PartOfSpeech::kAdp || pos[b - 1] == PartOfSpeech::kCconj) && b - 1 > sb &&
           SubjectTag(pos[b - 2])))) {
    --b;
  }
  // A phrase that starts with a preposition or conjunction is not a subject: drop them from the front.
  while (b < k && (pos[b] == PartOfSpeech::kAdp || pos[b] == PartOfSpeech::kCconj)) ++b;
  if (b == k) return std::nullopt;
  return NounPhrase(ctx, b, k);
}


// "were ordered out of their homes", "the strike, called by the union": the
// subject before a passive is not its source.
bool Passive(const AttributionContext& ctx, uint32_t i, uint32_t sb) {
  const std::string& w = ctx.lower[i];
  if (EndsWith(w, "ing")) return false;
  if (i + 1 < ctx.SentenceEnd(ctx.sentence_of[i]) && ctx.lower[i + 1] == "by") return true;
  uint32_t k = i;
  while (k > sb && i - k < 3 && EndsWith(ctx.lower[k - 1], "ly")) --k;
  if (k == sb) return false;
  const std::string& be = ctx.lower[k - 1];
  return be == "is" || be == "are" || be == "was" || be == "were" || be == "be" || be == "been" || be == "being" ||
         be == "'s" || be == "'re";
}

}  // namespace

std::string CueLemma(const AttributionContext& ctx, uint32_t i) {
  if (ctx.info[i] != nullptr && ctx.info[i]->cue != nullptr) return ctx.info[i]->cue->lemma;
  std::string w = ctx.lower[i];
  if (w.size() > 5 && EndsWith(w, "ing")) {
    w.resize(w.size() - 3);
  } else if (w.size() > 4 && EndsWith(w, "ied")) {
    w.resize(w.size() - 3);
    w += 'y';
  } else if (w.size() > 4 && EndsWith(w, "ed")) {
    w.resize(w.size() - (w[w.size() - 3] == 'e' ? 1 : 2));
  } else if (w.size() > 4 && EndsWith(w, "ies")) {
    w.resize(w.size() - 3);
    w += 'y';
  } else if (w.size() > 3 && EndsWith(w, "s") && !EndsWith(w, "ss")) {
    w.resize(w.size() - 1);
  }
  return w;
}

bool IsCueCandidate(const AttributionContext& ctx, uint32_t i) {
  const Token& t = ctx.doc.tokens()[i];
  if (t.kind != TokenKind::kWord || ctx.quote_of[i] != kNoIndex) return false;
  // "continues to dominate": an aspectual verb; the verb after it says what, if anything, is claimed.
  const std::string& w = ctx.lower[i];
  if (w.compare(0, 7, "continu") == 0 && i + 1 < ctx.lower.size() && ctx.lower[i + 1] == "to") return false;
  if (ctx.NamesOrReflexive(i)) return false;
  const auto& pos = ctx.doc.pos_tags();
  if (pos.size() == ctx.doc.tokens().size()) {
    // A verb, or a cue of the lexicon the tagger read otherwise ("plans", "promises").
    return pos[i] == PartOfSpeech::kVerb || (ctx.info[i] != nullptr && ctx.info[i]->cue != nullptr &&
                                             ctx.info[i]->cue->cls != CueClass::kPhrase && !t.Has(kCapitalized));
  }
  return !t.Has(kCapitalized) && ctx.lower[i].size() > 3;
}

size_t CueFeatures(const AttributionContext& ctx, uint32_t i, uint64_t* out) {
  const uint32_t s = ctx.sentence_of[i];
  const uint32_t sb = ctx.SentenceBegin(s), se = ctx.SentenceEnd(s);
  const std::string lemma = CueLemma(ctx, i);
  const std::string_view w = ctx.lower[i];
  size_t n = 0;
  out[n++] = H(kBias, uint64_t{0});
  out[n++] = H(kWord, w);
  out[n++] = H(kLemma, lemma);
  const CueEntry* cue = ctx.info[i] != nullptr ? ctx.info[i]->cue : nullptr;
  out[n++] = H(kLexClass, cue ? static_cast<uint64_t>(cue->cls) : 99);
  out[n++] = H(kPos0, PosName(ctx, i));
  out[n++] = H(kPosM1, i > sb ? PosName(ctx, int64_t{i} - 1) : "<s>");
  out[n++] = H(kPosP1, i + 1 < se ? PosName(ctx, i + 1) : "</s>");
  out[n++] = H(kPosP1P2, i + 1 < se ? PosName(ctx, i + 1) : "</s>", i + 2 < se ? PosName(ctx, i + 2) : "</s>");
  out[n++] = H(kWordM1, WordAt(ctx, int64_t{i} - 1, sb, se));
  out[n++] = H(kWordP1, WordAt(ctx, i + 1, sb, se));
  out[n++] = H(kWordP2, WordAt(ctx, i + 2, sb, se));
  out[n++] = H(kLemmaWordP1, lemma, WordAt(ctx, i + 1, sb, se));
  out[n++] = H(kLemmaPosP1, lemma, i + 1 < se ? PosName(ctx, i + 1) : "</s>");
  out[n++] = H(kWordM1Lemma, WordAt(ctx, int64_t{i} - 1, sb, se), lemma);
  out[n++] = H(kSuffix3, w.size() > 3 ? w.substr(w.size() - 3) : w);
  out[n++] = H(kCapital, ctx.doc.tokens()[i].Has(kCapitalized) ? 1 : 0);
  out[n++] = H(kStartBucket, Bucket(i - sb));
  out[n++] = H(kHeadline, ctx.paragraph_of[s] == 0 ? 1 : 0);
  const uint32_t ce = ctx.ContentEnd(sb, se);
  out[n++] = H(kRestBucket, Bucket(ce > i ? ce - i - 1 : 0));
  // What follows within three tokens: a that-clause, an infinitive, a quote, a colon.
  for (uint32_t k = i + 1; k < se && k < i + 4; ++k) {
    std::string_view f;
    if (ctx.lower[k] == "that") f = "that";
    else if (ctx.lower[k] == "to" && k == i + 1) f = "to";
    else if (ctx.quote_of[k] != kNoIndex) f = "quote";
    else if (ctx.lower[k] == ":") f = ":";
    if (f.empty()) continue;
    out[n++] = H(kFollows, f);
    out[n++] = H(kLemmaFollows, lemma, f);
    break;
  }
  std::string_view subject = "none";
  std::optional<SourcePhrase> src = ctx.reader.Before(i, sb);
  if (src) {
    subject = src->kind == SourceKind::kPronoun ? "pron"
              : src->kind == SourceKind::kName  ? (src->person ? "name-per" : src->org ? "name-org" : "name")
                                                : (src->person ? "desc-per" : src->org ? "desc-org" : "desc");
  }
  out[n++] = H(kSubject, subject);
  out[n++] = H(kLemmaSubject, lemma, subject);
  if (!src) out[n++] = H(kSubject2, SubjectBefore(ctx, i, sb) ? 1 : 0);
  // The word before the verb over auxiliaries and adverbs: the subject's head, a relative pronoun.
  const auto& pos = ctx.doc.pos_tags();
  if (pos.size() == ctx.doc.tokens().size()) {
    uint32_t k = i;
    while (k > sb && i - k < 4 &&
           (pos[k - 1] == PartOfSpeech::kAux || pos[k - 1] == PartOfSpeech::kAdv || pos[k - 1] == PartOfSpeech::kPart)) {
      --k;
    }
    const std::string_view head = k > sb ? std::string_view(ctx.lower[k - 1]) : std::string_view("<s>");
    const std::string_view head_pos = k > sb ? PosName(ctx, int64_t{k} - 1) : std::string_view("<s>");
    out[n++] = H(kHead, head);
    out[n++] = H(kHeadPos, head_pos);
    out[n++] = H(kLemmaHeadPos, lemma, head_pos);
    if (head == "who" || head == "which" || head == "that") out[n++] = H(kRelative, head);
    for (uint32_t t = i + 1; t < se && t < i + 5; ++t) {
      if (pos[t] == PartOfSpeech::kNoun || pos[t] == PartOfSpeech::kPropn || pos[t] == PartOfSpeech::kPron) {
        out[n++] = H(kObject, ctx.lower[t]);
        out[n++] = H(kLemmaObject, lemma, PosName(ctx, t));
        break;
      }
      if (pos[t] == PartOfSpeech::kVerb || pos[t] == PartOfSpeech::kPunct) break;
    }
  }
  return n;
}

size_t EndFeatures(const AttributionContext& ctx, uint32_t cue, uint32_t b, uint32_t e, uint32_t limit,
                   uint64_t* out) {
  const uint32_t s = ctx.sentence_of[b];
  const uint32_t sb = ctx.SentenceBegin(s), se = ctx.SentenceEnd(s);
  const std::string lemma = cue != kNoIndex ? CueLemma(ctx, cue) : std::string("<none>");
  const std::string_view first = ctx.lower[b];
  const std::string_view prev = ctx.lower[e - 1];
  const bool at_limit = e >= limit;
  const std::string_view next = at_limit ? std::string_view("</c>") : std::string_view(ctx.lower[e]);
  const std::string_view pos_prev = PosName(ctx, int64_t{e} - 1);
  const std::string_view pos_next = at_limit ? std::string_view("</c>") : PosName(ctx, e);
  uint32_t commas = 0;
  bool quote = false, verb = false;
  const auto& pos = ctx.doc.pos_tags();
  const bool tagged = pos.size() == ctx.doc.tokens().size();
  for (uint32_t k = b; k < e; ++k) {
    commas += ctx.lower[k] == ",";
    quote |= ctx.quote_of[k] != kNoIndex;
    verb |= tagged && (pos[k] == PartOfSpeech::kVerb || pos[k] == PartOfSpeech::kAux);
  }
  const uint32_t len = Bucket(e - b);
  size_t n = 0;
  out[n++] = H(kEBias, uint64_t{0});
  out[n++] = H(kEPrev, prev);
  out[n++] = H(kENext, next);
  out[n++] = H(kEPosPrev, pos_prev);
  out[n++] = H(kEPosNext, pos_next);
  out[n++] = H(kENextPosPrev, next, pos_prev);
  out[n++] = H(kEPosPair, pos_prev, pos_next);
  out[n++] = H(kEAtLimit, at_limit ? 1 : 0);
  out[n++] = H(kEAtLimitLemma, lemma, at_limit ? "1" : "0");
  out[n++] = H(kEAtLimitFirst, first, at_limit ? "1" : "0");
  out[n++] = H(kELen, len);
  out[n++] = H(kELenFirst, first, std::to_string(len));
  out[n++] = H(kELenLemma, lemma, std::to_string(len));
  out[n++] = H(kECommas, std::min(commas, 4u));
  out[n++] = H(kECommasLimit, std::min(commas, 4u) * 2 + (at_limit ? 1 : 0));
  out[n++] = H(kENextNext, next, WordAt(ctx, e + 1, sb, std::min(se, limit + 1)));
  out[n++] = H(kEQuote, quote ? 1 : 0);
  out[n++] = H(kEPrevLemma, prev, lemma);
  out[n++] = H(kENextLemma, next, lemma);
  out[n++] = H(kEFirst, first, next);
  out[n++] = H(kERest, Bucket(limit - e));
  out[n++] = H(kEVerbNext, next, verb ? "v" : "-");
  out[n++] = H(kEFirstPosLimit, PosName(ctx, b), at_limit ? "1" : "0");
  out[n++] = H(kENextPosLemma, pos_next, lemma);
  out[n++] = H(kELenNext, next, std::to_string(len));
  // Ending between two words of one quotation cuts the quote.
  if (!at_limit && ctx.quote_of[e - 1] != kNoIndex && ctx.quote_of[e - 1] == ctx.quote_of[e]) {
    out[n++] = H(kEInsideQuote, uint64_t{1});
  }
  return n;
}

int32_t AttributionModel::CueScore(const AttributionContext& ctx, uint32_t i) const {
  uint64_t f[kMaxAttributionFeatures];
  const size_t n = CueFeatures(ctx, i, f);
  int32_t scores[2] = {0, 0};
  cue_.Score(f, n, scores);
  return scores[1] - scores[0];
}

namespace {

// A content never ends on a word that needs what follows: a preposition, determiner, conjunction,
// "to" or a possessive.
bool EndsMidPhrase(const AttributionContext& ctx, uint32_t last) {
  const auto& pos = ctx.doc.pos_tags();
  if (pos.size() != ctx.doc.tokens().size()) return false;
  switch (pos[last]) {
    case PartOfSpeech::kAdp:
    case PartOfSpeech::kDet:
    case PartOfSpeech::kCconj:
    case PartOfSpeech::kSconj:
      return true;
    case PartOfSpeech::kPart:
      return ctx.lower[last] == "to" || ctx.lower[last] == "'s";
    default:
      return false;
  }
}

}  // namespace

int32_t AttributionModel::EndScore(const AttributionContext& ctx, uint32_t cue, uint32_t b, uint32_t e,
                                   uint32_t limit) const {
  uint64_t f[kMaxAttributionFeatures];
  const size_t n = EndFeatures(ctx, cue, b, e, limit, f);
  int32_t scores[2] = {0, 0};
  end_.Score(f, n, scores);
  return scores[1] - scores[0];
}

uint32_t AttributionModel::BestEnd(const AttributionContext& ctx, uint32_t cue, uint32_t b, uint32_t limit) const {
  uint64_t f[kMaxAttributionFeatures];
  uint32_t best = limit;
  int32_t best_score = 0;
  const uint32_t last = std::min(limit, b + kMaxContent);
  for (uint32_t e = b + 1; e <= last; ++e) {
    if (e < limit && ctx.doc.tokens()[e - 1].kind == TokenKind::kPunct) continue;  // never end on a comma
    if (e < limit && EndsMidPhrase(ctx, e - 1)) continue;  // "68% of", "whether candidates like"
    const size_t n = EndFeatures(ctx, cue, b, e, limit, f);
    int32_t scores[2] = {0, 0};
    end_.Score(f, n, scores);
    const int32_t score = scores[1] - scores[0];
    if (e == b + 1 || score > best_score) {
      best = e;
      best_score = score;
    }
  }
  return best;
}

// Format of the sections (change kModelFormatVersion's list in model_file.h on any change):
//   cue, end   Perceptron::Serialize
//   selftest   varint count; per vector: varint n, n u64 features, i32 cue score, i32 end score
ModelFile AttributionModel::ToFile(const std::vector<std::vector<uint64_t>>& selftest) const {
  ModelFile file("attribution");
  file.AddSection("meta", meta_);
  ByteWriter cue, end, test;
  cue_.Serialize(&cue);
  end_.Serialize(&end);
  file.AddSection("cue", cue.Release());
  file.AddSection("end", end.Release());
  test.Varint(selftest.size());
  for (const auto& v : selftest) {
    test.Varint(v.size());
    for (uint64_t f : v) test.U64(f);
    int32_t c[2] = {0, 0}, e[2] = {0, 0};
    cue_.Score(v.data(), v.size(), c);
    end_.Score(v.data(), v.size(), e);
    test.U32(static_cast<uint32_t>(c[1] - c[0]));
    test.U32(static_cast<uint32_t>(e[1] - e[0]));
  }
  file.AddSection("selftest", test.Release());
  return file;
}

Result<std::shared_ptr<const AttributionModel>> AttributionModel::FromFile(const ModelFile& file,
                                                                          const std::string& name) {
  auto corrupt = [&](const std::string& what) { return DataError("model " + name + ": " + what); };
  if (file.kind() != "attribution") return corrupt("a '" + file.kind() + "' model, not an attribution model");
  Result<std::string_view> meta = file.Section("meta");
  if (!meta.ok()) return meta.status();
  std::optional<Perceptron> parts[2];
  const char* const names[2] = {"cue", "end"};
  for (int k = 0; k < 2; ++k) {
    Result<std::string_view> bytes = file.Section(names[k]);
    if (!bytes.ok()) return bytes.status();
    ByteReader r(*bytes);
    Result<Perceptron> p = Perceptron::Parse(&r, name + " section " + names[k]);
    if (!p.ok()) return p.status();
    parts[k] = std::move(*p);
    if (!r.done()) return corrupt(std::string("unexpected bytes after section ") + names[k]);
    if (parts[k]->num_classes() != 2) return corrupt(std::string("section ") + names[k] + " is not a binary model");
  }
  auto model = std::make_shared<AttributionModel>(std::move(*parts[0]), std::move(*parts[1]), std::string(*meta));
  Result<std::string_view> test = file.Section("selftest");
  if (!test.ok()) return test.status();
  ByteReader r(*test);
  uint64_t count = 0;
  if (!r.Varint(&count)) return corrupt("truncated self-test");
  for (uint64_t t = 0; t < count; ++t) {
    uint64_t n = 0;
    if (!r.Varint(&n) || n > kMaxAttributionFeatures) return corrupt("bad self-test");
    std::vector<uint64_t> v(n);
    for (uint64_t& f : v) {
      if (!r.U64(&f)) return corrupt("truncated self-test");
    }
    uint32_t want_cue = 0, want_end = 0;
    if (!r.U32(&want_cue) || !r.U32(&want_end)) return corrupt("truncated self-test");
    int32_t c[2] = {0, 0}, e[2] = {0, 0};
    model->cue_.Score(v.data(), v.size(), c);
    model->end_.Score(v.data(), v.size(), e);
    if (static_cast<uint32_t>(c[1] - c[0]) != want_cue || static_cast<uint32_t>(e[1] - e[0]) != want_end) {
      return corrupt("self-test " + std::to_string(t + 1) + " scores differ from when it was saved");
    }
  }
  if (!r.done()) return corrupt("unexpected bytes after the self-test");
  return std::shared_ptr<const AttributionModel>(std::move(model));
}

Result<std::shared_ptr<const AttributionModel>> AttributionModel::Load(const std::string& path) {
  Result<ModelFile> file = ModelFile::Read(path);
  if (!file.ok()) return file.status();
  return FromFile(*file, path);
}

}  // namespace hearsay::internal

namespace hearsay::internal {

namespace {

bool IsPreposition(std::string_view w) {
  static constexpr std::string_view kWords[] = {"about", "on", "against", "at", "for", "over", "with", "to",
                                                "into", "upon", "toward", "towards", "of"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

bool IsLightVerb(std::string_view lemma) {
  static constexpr std::string_view kLemmas[] = {"take", "pay", "make", "draw", "give", "cast", "level",
                                                 "voice", "express", "raise", "place", "put", "shed"};
  for (std::string_view k : kLemmas) {
    if (lemma == k) return true;
  }
  return false;
}

}  // namespace

namespace {

// An indirect (or, with a quote inside, mixed) candidate for the content [b, e) of the cue [cue, cue_end).
Candidate ReportedCandidate(const AttributionContext& ctx, uint32_t b, uint32_t e, uint32_t cue, uint32_t cue_end,
                            const std::optional<SourcePhrase>& src, uint32_t paragraph) {
  const auto& tokens = ctx.doc.tokens();
  Candidate c;
  c.kind = AttributionKind::kIndirect;
  for (uint32_t k = b; k < e; ++k) {
    if (ctx.quote_of[k] != kNoIndex) c.kind = AttributionKind::kMixed;
  }
  c.content_begin = b;
  c.content_end = e;
  c.content = {tokens[b].span.begin, tokens[e - 1].span.end};
  c.cue_begin = cue;
  c.cue_end = cue_end;
  c.source = src;
  c.paragraph = paragraph;
  c.extent_end = e;
  return c;
}

}  // namespace

uint32_t SkipCueComplement(const AttributionContext& ctx, uint32_t cue, uint32_t b, uint32_t limit) {
  const auto& pos = ctx.doc.pos_tags();
  const bool tagged = pos.size() == ctx.doc.tokens().size();
  auto opens_phrase = [&](uint32_t k) {  // a noun phrase or -ing clause starts at k, not an infinitive
    if (k >= limit) return false;
    if (!tagged) return true;
    const PartOfSpeech p = pos[k];
    return p != PartOfSpeech::kVerb && p != PartOfSpeech::kAux && p != PartOfSpeech::kPunct &&
           p != PartOfSpeech::kAdp;
  };
  uint32_t k = b;
  // "out", "up", "back" before a preposition: "lashed out at", "spoke out against".
  if (k + 1 < limit && (ctx.lower[k] == "out" || ctx.lower[k] == "up" || ctx.lower[k] == "back" ||
                        ctx.lower[k] == "down") && IsPreposition(ctx.lower[k + 1])) {
    ++k;
  }
  // A light verb and its noun: "took aim at", "paid particular attention to", "drew criticism from".
  if (k == b && IsLightVerb(CueLemma(ctx, cue))) {
    uint32_t n = k;
    if (n < limit && (ctx.lower[n] == "a" || ctx.lower[n] == "an" || ctx.lower[n] == "the")) ++n;
    while (n < limit && n < k + 3 && tagged && pos[n] == PartOfSpeech::kAdj) ++n;
    if (n < limit && tagged && pos[n] == PartOfSpeech::kNoun && n + 1 < limit &&
        (IsPreposition(ctx.lower[n + 1]) || ctx.lower[n + 1] == "from") && opens_phrase(n + 2)) {
      return n + 2;
    }
  }
  if (k + 1 < limit && ctx.lower[k] == "at" && (ctx.lower[k + 1] == "least" || ctx.lower[k + 1] == "most")) return b;
  if (k < limit && IsPreposition(ctx.lower[k]) && opens_phrase(k + 1)) return k + 1;
  return b;
}

void FindLearnedAttributions(AttributionContext& ctx, const AttributionModel& model, std::vector<Candidate>* out) {
  const auto& tokens = ctx.doc.tokens();
  std::vector<uint8_t> covered(tokens.size(), 0);
  auto cover = [&](uint32_t b, uint32_t e) {
    for (uint32_t k = b; k < e && k < covered.size(); ++k) covered[k] = 1;
  };
  for (const Candidate& c : *out) {
    cover(c.content_begin, c.content_end);
    if (c.cue_begin != kNoIndex) cover(c.cue_begin, c.cue_end);
    if (c.source) cover(c.source->begin, c.source->end);
  }
  const uint32_t sentences = static_cast<uint32_t>(ctx.doc.sentences().size());
  for (uint32_t s = 0; s < sentences; ++s) {
    const uint32_t sb = ctx.SentenceBegin(s), se = ctx.SentenceEnd(s);
    const uint32_t limit = ctx.ContentEnd(sb, se);
    for (uint32_t i = sb; i < limit; ++i) {
      if (covered[i] || ctx.cue_used[i] || !IsCueCandidate(ctx, i)) continue;
      if (model.CueScore(ctx, i) <= 0) continue;
      std::optional<SourcePhrase> src = ctx.reader.Before(i, sb);
      if (!src) src = SubjectBefore(ctx, i, sb);
      if (Passive(ctx, i, sb)) {
        // "The nominee has been endorsed by dozens of papers": the subject is
        // the content, the agent after "by" the source; without an agent, nothing.
        if (!src || i + 2 >= limit || ctx.lower[i + 1] != "by") continue;
        std::optional<SourcePhrase> agent = ctx.reader.After(i + 2, limit);
        if (!agent) continue;
        bool free = true;
        for (uint32_t k = src->begin; k < agent->end; ++k) free &= covered[k] == 0;
        if (!free || src->kind == SourceKind::kPronoun) continue;
        Candidate c;
        c.content_begin = src->begin;
        c.content_end = src->end;
        c.content = {tokens[src->begin].span.begin, tokens[src->end - 1].span.end};
        c.cue_begin = i;
        c.cue_end = i + 1;
        c.source = agent;
        c.paragraph = ctx.paragraph_of[s];
        c.extent_end = agent->end;
        cover(src->begin, agent->end);
        ctx.cue_used[i] = true;
        out->push_back(std::move(c));
        i = agent->end - 1;
        continue;
      }
      if (!src && i > sb + 1 && (ctx.lower[i - 1] == "and" || ctx.lower[i - 1] == "but")) {
        // "X criticized A and defended B": the coordinated verb shares the sentence's last source.
        for (auto it = out->rbegin(); it != out->rend(); ++it) {
          if (it->cue_begin == kNoIndex || it->cue_begin >= i || ctx.sentence_of[it->cue_begin] != s) continue;
          if (it->source && it->source->kind != SourceKind::kPronoun) src = it->source;
          break;
        }
      }
      if (!src) continue;
      bool taken = false;
      for (uint32_t k = src->begin; k < src->end; ++k) taken |= covered[k] != 0;
      if (taken) continue;
      uint32_t b = i + 1;
      // The verb's particle and preposition belong to the cue: "rails against the establishment",
      // "talked about the border", "lashed out at Khan", "took aim at", "paid attention to".
      b = SkipCueComplement(ctx, i, b, limit);
      const uint32_t cue_end = b;
      if (b < limit && ctx.lower[b] == "that") ++b;
      if (b >= limit || covered[b] || (ctx.quote_of[b] != kNoIndex && ctx.quotes[ctx.quote_of[b]].direct)) continue;
      if (limit - b > AttributionModel::kMaxContent) continue;
      uint32_t e = model.BestEnd(ctx, i, b, limit);
      for (uint32_t k = b; k < e; ++k) {
        if (covered[k]) {
          e = k;
          break;
        }
      }
      while (e > b && tokens[e - 1].kind == TokenKind::kPunct) --e;
      if (e <= b) continue;
      // A time phrase is no statement ("filed earlier in the week", "announced Monday").
      if (ctx.reader.SkipAdjuncts(b, e) >= e) continue;
      // A lone adverb is no statement ("has not confirmed yet").
      if (e == b + 1 && ctx.doc.pos_tags().size() == tokens.size() && ctx.doc.pos_tags()[b] == PartOfSpeech::kAdv) continue;
      Candidate c = ReportedCandidate(ctx, b, e, i, cue_end, src, ctx.paragraph_of[s]);
      cover(b, e);
      cover(src->begin, src->end);
      covered[i] = 1;
      ctx.cue_used[i] = true;
      out->push_back(std::move(c));
      i = e - 1;
    }
  }
}

// How much better the model's end must score than the rules' (in averaged-perceptron units; with
// no margin, 0.680 content F1 on PolNeAR dev, the rules' ends alone 0.682, margins 2-100 give
// 0.683-0.687, best near 18).
constexpr float kRefineMargin = 18.0f;

void SplitCoordinatedCues(AttributionContext& ctx, const AttributionModel& model, std::vector<Candidate>* cands) {
  const auto& tokens = ctx.doc.tokens();
  const auto& pos = ctx.doc.pos_tags();
  if (pos.size() != tokens.size()) return;
  const size_t n = cands->size();
  for (size_t ci = 0; ci < n; ++ci) {
    Candidate& c = (*cands)[ci];
    if (c.kind == AttributionKind::kDirect || c.cue_begin == kNoIndex || !c.source || c.content_begin < c.cue_end ||
        c.may_nest) {
      continue;
    }
    for (uint32_t k = c.content_begin + 2; k + 2 < c.content_end; ++k) {
      if ((ctx.lower[k] != "and" && ctx.lower[k] != "but") || ctx.quote_of[k] != kNoIndex) continue;
      uint32_t v = k + 1;
      if (v + 1 < c.content_end && pos[v] == PartOfSpeech::kAdv) ++v;
      if (pos[v] != PartOfSpeech::kVerb || ctx.cue_used[v] || model.CueScore(ctx, v) <= 0) continue;
      const uint32_t s = ctx.sentence_of[v];
      const uint32_t limit = ctx.ContentEnd(ctx.SentenceBegin(s), ctx.SentenceEnd(s));
      uint32_t b = SkipCueComplement(ctx, v, v + 1, limit);
      const uint32_t cue_end = b;
      if (b < limit && ctx.lower[b] == "that") ++b;
      if (b >= limit || limit - b > AttributionModel::kMaxContent) break;
      uint32_t e = model.BestEnd(ctx, v, b, limit);
      while (e > b && tokens[e - 1].kind == TokenKind::kPunct) --e;
      if (e <= b) break;
      // The first content ends before the conjunction (and its comma).
      uint32_t end = k;
      while (end > c.content_begin && tokens[end - 1].kind == TokenKind::kPunct) --end;
      c.content_end = end;
      c.content.end = tokens[end - 1].span.end;
      Candidate d = ReportedCandidate(ctx, b, e, v, cue_end, c.source, c.paragraph);
      ctx.cue_used[v] = true;
      bool quoted = false;
      for (uint32_t t = c.content_begin; t < c.content_end; ++t) quoted |= ctx.quote_of[t] != kNoIndex;
      c.kind = quoted ? AttributionKind::kMixed : AttributionKind::kIndirect;
      cands->push_back(std::move(d));
      break;
    }
  }
}

void RefineContentEnds(const AttributionContext& ctx, const AttributionModel& model, std::vector<Candidate>* cands) {
  const auto& tokens = ctx.doc.tokens();
  for (Candidate& c : *cands) {
    if (c.kind == AttributionKind::kDirect || c.cue_begin == kNoIndex || c.content_begin < c.cue_end ||
        c.content_begin > c.cue_end + 3) {
      continue;
    }
    const uint32_t s = ctx.sentence_of[c.content_begin];
    if (ctx.sentence_of[c.content_end - 1] != s) continue;
    const uint32_t limit = ctx.ContentEnd(ctx.SentenceBegin(s), ctx.SentenceEnd(s));
    if (limit - c.content_begin > AttributionModel::kMaxContent) continue;
    uint32_t e = model.BestEnd(ctx, c.cue_begin, c.content_begin, limit);
    if (e >= c.content_end) continue;
    const int32_t margin = model.EndScore(ctx, c.cue_begin, c.content_begin, e, limit) -
                           model.EndScore(ctx, c.cue_begin, c.content_begin, c.content_end, limit);
    if (static_cast<float>(margin) * model.end().scale() < kRefineMargin) continue;
    while (e > c.content_begin && tokens[e - 1].kind == TokenKind::kPunct) --e;
    if (e <= c.content_begin || e >= c.content_end) continue;
    c.content_end = e;
    c.content.end = tokens[e - 1].span.end;
    bool quoted = false;
    for (uint32_t k = c.content_begin; k < e; ++k) quoted |= ctx.quote_of[k] != kNoIndex;
    c.kind = quoted ? AttributionKind::kMixed : AttributionKind::kIndirect;
  }
}

}  // namespace hearsay::internal
