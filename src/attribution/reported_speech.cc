#include "attribution/reported_speech.h"

#include <algorithm>

#include "attribution/attribution_model.h"
#include "attribution/cue_lexicon.h"
#include "attribution/quote_attributor.h"

namespace hearsay::internal {

namespace {

bool IsDeterminer(const std::string& w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" || w == "its" ||
         w == "our" || w == "this" || w == "these" || w == "those" || w == "my" || w == "your";
}

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

class SentenceReader {
 public:
  // `mine`: indices into `out` of the attributions already placed in this sentence.
  SentenceReader(AttributionContext& ctx, uint32_t s, std::vector<Candidate>* out, std::vector<uint32_t> mine)
      : ctx_(ctx), tokens_(ctx.doc.tokens()), lower_(ctx.lower), out_(out), s_(s), mine_(std::move(mine)) {
    begin_ = ctx.SentenceBegin(s);
    end_ = ctx.SentenceEnd(s);
    content_end_ = ctx.ContentEnd(begin_, end_);
    consumed_ = begin_;
    for (uint32_t k : mine_) consumed_ = std::max(consumed_, (*out)[k].extent_end);
  }

  void Run() {
    if ((IsTitleLine() || OpensParagraph()) && SpeakerLabel()) return;
    QuestionPut(true);
    PollOpening();
    FinalAttribution();
    for (uint32_t i = begin_; i < end_;) {
      if (ctx_.cue_used[i] || ctx_.quote_of[i] != kNoIndex) {
        ++i;
        continue;
      }
      if (Expectation(i)) {
        ++i;
        continue;
      }
      CueMatch m = CueLexicon::Get().MatchAt(lower_, ctx_.info, i, end_);
      // Inside the clause a sentence-final "X said" reports, only speech and report verbs are cues
      // of their own ("..., when the two men talked at the ball, Earnest said").
      if (m.length > 0 && i >= final_begin_ && i < final_end_ && m.entry->cls != CueClass::kSpeech &&
          m.entry->cls != CueClass::kReport) {
        m.length = 0;
      }
      if (m.length == 1 && m.entry->cls != CueClass::kPhrase && !ctx_.MayBeVerb(i, m.entry->lemma)) m.length = 0;
      if (m.length > 0 && i > begin_ && (IsDeterminer(lower_[i - 1]) || lower_[i - 1] == "'s") &&
          m.entry->cls != CueClass::kPhrase) {
        m.length = 0;  // "the states", "a statement", "his claims": nouns
      }
      if (m.length > 0 && i > begin_ && tokens_[i].Has(kCapitalized) && !IsHeadline() &&
          ctx_.quote_of[i - 1] == kNoIndex && lower_[i - 1] != ":" && lower_[i - 1] != "(") {
        m.length = 0;  // "the United States", "Meet the Press": part of a name
      }
      if (m.length == 1 && ctx_.NamesOrReflexive(i)) m.length = 0;
      if (m.length == 0) {
        ++i;
        continue;
      }
      // A cue inside the clause of the sentence-final attribution reports within that clause.
      const uint32_t sentence_content_end = content_end_;
      if (i >= final_begin_ && i < final_end_) content_end_ = final_end_;
      if (TryCue(i, m)) {
        for (uint32_t k = i; k < i + m.length; ++k) ctx_.cue_used[k] = true;
      }
      content_end_ = sentence_content_end;
      i += m.length;
    }
    QuestionPut(false);
  }

 private:
  bool IsHeadline() const {
    // The first paragraph of a document, without final punctuation.
    if (ctx_.paragraph_of[s_] != 0) return false;
    const std::string& last = lower_[end_ - 1];
    return !(last == "." || last == "?" || last == "!");
  }

  // The document's first paragraph when it is one short sentence: a headline, with or without a
  // final full stop ("Trump: My immigration plans aren't set in stone.").
  bool IsTitleLine() const {
    if (IsHeadline()) return true;
    if (ctx_.paragraph_of[s_] != 0) return false;
    const Paragraph& par = ctx_.doc.paragraphs()[0];
    return par.sentence_end == par.sentence_begin + 1 && end_ - begin_ <= 30;
  }

  bool OpensParagraph() const {
    const Paragraph& par = ctx_.doc.paragraphs()[ctx_.paragraph_of[s_]];
    return par.sentence_begin == s_;
  }

  // "Zelensky: Russia is ..." in a headline; "PENCE: Well, ..." opening a
  // paragraph of a transcript (the content runs to the paragraph's end).
  bool SpeakerLabel() {
    const bool headline = IsTitleLine();
    for (uint32_t k = begin_ + 1; k < end_ && k < begin_ + 5; ++k) {
      if (lower_[k] != ":") continue;
      if (k + 3 > content_end_ || ctx_.quote_of[k + 1] != kNoIndex) return false;
      if (!headline) {
        // Outside headlines only a label in capitals ("PENCE:", "MR. TRUMP:") or one the tagger
        // takes for a person's name ("Chris Matthews:", "Matthews:").
        bool capitals = true;
        for (uint32_t t = begin_; t < k && capitals; ++t) {
          std::string_view w = ctx_.doc.TokenText(tokens_[t]);
          for (char c : w) capitals &= !(c >= 'a' && c <= 'z');
        }
        if (!capitals && !PersonNameSpan(tokens_[begin_].span.begin, tokens_[k - 1].span.end)) return false;
      }
      auto src = ctx_.reader.After(begin_, k);
      if (!src || src->begin != begin_ || src->end != k) return false;
      // A headline's label may be a person, an organisation or what reports ("Poll:", "Report:",
      // "WSJ editorial:"); elsewhere only a name ("PENCE:").
      if (src->kind != SourceKind::kName && !headline) return false;
      uint32_t ce = content_end_;
      if (!headline) {
        const Paragraph& par = ctx_.doc.paragraphs()[ctx_.paragraph_of[s_]];
        const uint32_t last = par.sentence_end - 1;
        ce = ctx_.ContentEnd(ctx_.SentenceBegin(last), ctx_.SentenceEnd(last));
        if (ce <= k + 1) return false;
      }
      Add(AttributionKind::kIndirect, k + 1, ce, k, k + 1, src);  // the colon is the cue
      return true;
    }
    return false;
  }

  // Records that show something: "records", "polls", "data", "figures".
  static bool IsRecordWord(std::string_view w) {
    static constexpr std::string_view kRecords[] = {
        "records", "record", "data", "documents", "document", "polls", "poll", "figures", "filings", "filing",
        "tallies", "surveys", "survey", "statistics", "numbers", "report", "reports", "study", "studies",
        "analysis", "emails", "e-mails", "results", "estimates", "research", "review", "audit", "logs", "receipts"};
    for (std::string_view r : kRecords) {
      if (w == r) return true;
    }
    return false;
  }

  // Whether the NER tagger found a person's name over exactly the bytes [b, e).
  bool PersonNameSpan(uint32_t b, uint32_t e) const {
    for (const Entity& en : ctx_.doc.entities()) {
      if (en.span.begin > b) break;
      if (en.span.begin == b && en.span.end == e && en.label == EntityLabel::kPerson) return true;
    }
    return false;
  }

  // "In a Washington Post-ABC News poll, 75 percent of Republicans said ...": the poll reports the
  // clause after the comma (a speech verb inside it still reports on its own).
  void PollOpening() {
    uint32_t i = begin_;
    if (i < content_end_ && (lower_[i] == "but" || lower_[i] == "and")) ++i;
    if (i + 3 >= content_end_ || lower_[i] != "in" || ctx_.cue_used[i]) return;
    uint32_t comma = kNoIndex;
    bool poll = false;
    for (uint32_t k = i + 1; k < content_end_ && k < i + 16; ++k) {
      if (lower_[k] == ",") {
        comma = k;
        break;
      }
      if (tokens_[k].kind == TokenKind::kQuote) return;
      poll |= lower_[k] == "poll" || lower_[k] == "polls" || lower_[k] == "survey" || lower_[k] == "surveys";
    }
    if (!poll || comma == kNoIndex || Words(comma + 1, content_end_) < 3) return;
    auto src = ctx_.reader.Phrase(i + 1, comma);
    if (!src) return;
    const uint32_t consumed = consumed_;
    Add(AttributionKind::kIndirect, comma + 1, content_end_, i, i + 1, src).may_nest = true;
    consumed_ = consumed;
    ctx_.cue_used[i] = true;
  }

  // The question put to a speaker, whose asker the text does not name: "Asked whether he would
  // resign, Priebus said no" (`opening`: at the sentence's start, read before the other cues),
  // "He said no when asked about the emails" (after them; the statement before ends at "when").
  void QuestionPut(bool opening) {
    for (uint32_t i = begin_; i + 1 < content_end_; ++i) {
      if (lower_[i] != "asked" || ctx_.cue_used[i] || ctx_.quote_of[i] != kNoIndex) continue;
      const bool when = i > begin_ && (lower_[i - 1] == "when" || lower_[i - 1] == "once");
      const uint32_t lead = when ? i - 1 : i;  // first token of the phrase
      const bool at_start =
          lead == begin_ || (lead == begin_ + 1 && (lower_[begin_] == "but" || lower_[begin_] == "and"));
      if (opening != at_start || (!at_start && !when)) continue;
      // Up to the question: "Asked by Thrush if", "Asked Tuesday about", "asked in Iowa whether".
      uint32_t cb = i + 1;
      for (uint32_t k = i + 1; k < content_end_ && k < i + 8; ++k) {
        const std::string& w = lower_[k];
        if (w == "," || tokens_[k].kind == TokenKind::kQuote) break;
        if (w == "whether" || w == "if" || w == "about" || w == "why" || w == "how" || w == "what" || w == "who") {
          cb = k;
          break;
        }
      }
      uint32_t cue_end = i + 1;
      if (lower_[cb] == "about") {
        if (cb == i + 1) cue_end = cb + 1;
        ++cb;
      }
      // To the comma that ends the phrase (at the start, the main clause follows it).
      uint32_t ce = content_end_;
      for (uint32_t k = cb; k < content_end_; ++k) {
        if (lower_[k] == "," && ctx_.quote_of[k] == kNoIndex) {
          ce = k;
          break;
        }
      }
      if (at_start && ce == content_end_) continue;
      if (Words(cb, ce) < 1 || (at_start && Words(ce, content_end_) < 2)) continue;
      if (!at_start) {
        // The statement this phrase follows ends before it: "said no when asked ...".
        bool free = true;
        for (uint32_t k : mine_) {
          Candidate& c = (*out_)[k];
          if (c.content_begin < lead && c.content_end > lead) {
            uint32_t e = lead;
            while (e > c.content_begin && tokens_[e - 1].kind == TokenKind::kPunct) --e;
            if (e <= c.content_begin) {
              free = false;
              break;
            }
            c.content_end = e;
            c.content.end = tokens_[e - 1].span.end;
          } else if (c.content_begin >= lead && c.content_begin < ce) {
            free = false;
          }
        }
        if (!free) continue;
      }
      const uint32_t consumed = consumed_;
      Add(AttributionKind::kIndirect, cb, ce, i, cue_end, std::nullopt).unstated_source = true;
      if (!at_start) consumed_ = consumed;
      for (uint32_t k = i; k < cue_end; ++k) ctx_.cue_used[k] = true;
      i = ce;
    }
  }

  // An expectation nobody in the text voices: "The committee is expected to issue a report". The
  // subject and the complement are the content. ("seemed to", "appears to" -- impressions -- are
  // left to the learned cues: read the same way they cost precision on PolNeAR train.)
  bool Expectation(uint32_t i) {
    if (lower_[i] != "expected" || i + 2 >= content_end_ || lower_[i + 1] != "to" || i <= consumed_) return false;
    // "is (widely / not) expected to", "had been expected to"
    uint32_t cue = i;
    {
      uint32_t k = i;
      while (k > consumed_ && (lower_[k - 1] == "widely" || lower_[k - 1] == "not" || lower_[k - 1] == "n't" ||
                               lower_[k - 1] == "also" || lower_[k - 1] == "generally" || lower_[k - 1] == "still")) {
        --k;
      }
      if (k <= consumed_) return false;
      const std::string& be = lower_[k - 1];
      if (!(be == "is" || be == "are" || be == "was" || be == "were" || be == "be" || be == "been" || be == "'s" ||
            be == "'re")) {
        return false;
      }
      cue = k - 1;
    }
    // The subject: the source reader's phrase, else the words back to a comma or the sentence start.
    uint32_t sb = kNoIndex;
    if (auto subject = ctx_.reader.Before(cue, consumed_)) sb = subject->begin;
    if (sb == kNoIndex) {
      uint32_t k = cue;
      while (k > consumed_ && cue - k < 10 && lower_[k - 1] != "," && lower_[k - 1] != ";" && lower_[k - 1] != ":" &&
             tokens_[k - 1].kind != TokenKind::kQuote && tokens_[k - 1].kind != TokenKind::kDash) {
        --k;
      }
      if (k == cue || (k > consumed_ && cue - k >= 10)) return false;
      sb = k;
    }
    if (ctx_.quote_of[sb] != kNoIndex && ctx_.quotes[ctx_.quote_of[sb]].direct) return false;
    Add(AttributionKind::kIndirect, sb, content_end_, cue, i + 1, std::nullopt).unstated_source = true;
    for (uint32_t k = cue; k <= i; ++k) ctx_.cue_used[k] = true;
    return true;
  }

  // "CLAUSE, X said." / "CLAUSE, said X, a role, who ...": the attribution that ends a sentence is
  // read first, so a verb inside CLAUSE cannot take its content. Its cue is a speech or report verb
  // (or "added"), its source is right after the comma, and nothing but adjuncts, or a comma, follows.
  void FinalAttribution() {
    const CueLexicon& lex = CueLexicon::Get();
    uint32_t tail_end = content_end_;
    for (uint32_t c = content_end_; c > begin_ + 2 && content_end_ - c < 40; --c) {
      const uint32_t comma = c - 1;
      if (ctx_.quote_of[comma] != kNoIndex && ctx_.quotes[ctx_.quote_of[comma]].direct) return;
      // 'Trump's misinformation may be "strategic," said Jeffery Hemsley': the comma inside the mark
      // of a quoted fragment.
      const bool closing = tokens_[comma].kind == TokenKind::kQuote && tokens_[comma].Has(kClosingQuote);
      const bool doubled = closing && comma > begin_ + 2 && tokens_[comma - 1].kind == TokenKind::kQuote &&
                           lower_[comma - 2] == ",";  // ''profoundly irresponsible,''
      const bool in_mark = closing && comma > begin_ + 1 && (lower_[comma - 1] == "," || doubled);
      if (lower_[comma] != "," && !in_mark) continue;
      const uint32_t from = comma + 1;
      if (from + 1 < tail_end && TryFinal(lex, comma, from, tail_end, in_mark)) return;
      tail_end = comma;  // the next comma to the left may open the attribution; this one ends its tail
    }
  }

  // Whether what follows the source and cue ending at `r` leaves them the sentence's end: nothing, or
  // after a comma an apposition and then a participle, a relative clause or an adjunct of the
  // writer's -- not the second half of a split statement ("A, X said, B").
  bool EndsSentence(uint32_t r) const {
    // "..., said a handful of Democrats who point to ...": a relative clause on the source.
    if (r < content_end_ && (lower_[r] == "who" || lower_[r] == "whose")) return true;
    if (r < content_end_ && lower_[r] != ",") {
      r = ctx_.reader.SkipAdjuncts(r, content_end_);
      if (r >= content_end_) return true;
      if (lower_[r - 1] == ",") --r;  // SkipAdjuncts steps over commas
    }
    if (r >= content_end_) return true;
    if (lower_[r] != ",") return false;
    if (ctx_.reader.SkipAdjuncts(r + 1, content_end_) >= content_end_) return true;  // "..., on Monday."
    // ", a professor of economics at M.I.T.," -- an apposition to the source.
    uint32_t e = r + 1;
    bool role = false;
    while (e < content_end_ && lower_[e] != "," && e < r + 14 && !VerbAt(e)) {
      // "a demographer at Emory University": an indefinite apposition names a role of its own.
      role |= (ctx_.reader.Bits(e) & kRoleWord) != 0 || (e == r + 1 && (lower_[e] == "a" || lower_[e] == "an"));
      ++e;
    }
    if (role && e > r + 1 && (e >= content_end_ || lower_[e] == ",")) {
      if (e >= content_end_) return true;
      r = e;
    }
    return WritersAddition(r + 1);
  }

  bool WritersAddition(uint32_t k) const {
    if (k >= content_end_) return true;
    const std::string& w = lower_[k];
    if (EndsWith(w, "ing") && w.size() > 4 && !tokens_[k].Has(kCapitalized)) return true;
    static constexpr std::string_view kWords[] = {"who", "which", "whose", "as", "while", "because",
                                                  "although", "though", "according"};
    for (std::string_view x : kWords) {
      if (w == x) return true;
    }
    return false;
  }

  // `in_mark`: `comma` is the closing mark of a quoted fragment with the comma inside it; the
  // content keeps the mark.
  bool TryFinal(const CueLexicon& lex, uint32_t comma, uint32_t from, uint32_t tail_end, bool in_mark) {
    auto speech = [&](const CueMatch& m, uint32_t k) {
      return m.length > 0 && (m.entry->cls == CueClass::kSpeech || m.entry->cls == CueClass::kReport) &&
             (m.length > 1 || ctx_.MayBeVerb(k, m.entry->lemma)) && !EndsWith(lower_[k], "ing") &&
             !ctx_.cue_used[k];
    };
    auto rest_ok = [&](uint32_t after, const CueEntry& e) {
      uint32_t r = ctx_.reader.SkipAdjuncts(after, tail_end);
      if (r < tail_end && (e.lemma == "tell" || e.lemma == "inform" || e.lemma == "assure")) {
        r = ctx_.reader.SkipAdjuncts(SkipObject(r), tail_end);  // "told AFP in an interview"
      }
      // "..., she said in an interview.": a short prepositional phrase ending the sentence.
      if (r < tail_end && tail_end == content_end_ && tail_end - r <= 7 && StartsWithPreposition(r)) {
        bool verb = false;
        for (uint32_t k = r + 1; k < tail_end; ++k) verb |= VerbAt(k);
        if (!verb) return true;
      }
      return r >= tail_end;
    };
    std::optional<SourcePhrase> src;
    uint32_t cue = kNoIndex, cue_end = kNoIndex;
    if (CueMatch m = lex.MatchAt(lower_, ctx_.info, from, tail_end); m.length > 0 && m.entry->lemma == "according to") {
      // "CLAUSE, according to X." -- also when CLAUSE holds a verb that could take it ("found", "told").
      auto acc = ctx_.reader.After(from + m.length, content_end_);
      if (!acc) acc = AccordingToObject(from + m.length);
      if (acc && EndsSentence(acc->end)) {
        src = acc;
        cue = from;
        cue_end = from + m.length;
      }
    } else if (speech(m, from)) {
      // Inverted: ", said X, a role at Org, who ..."
      auto inv = ctx_.reader.After(from + m.length, content_end_);
      if (inv && EndsSentence(inv->end)) {
        src = inv;
        cue = from;
        cue_end = from + m.length;
      }
    } else {
      for (uint32_t k = from + 1; k < tail_end && k < from + 16; ++k) {
        CueMatch mk = lex.MatchAt(lower_, ctx_.info, k, tail_end);
        // "..., campaign finance records show.": what shows or finds, only after a record of some kind.
        const bool shows = mk.length == 1 && (mk.entry->lemma == "show" || mk.entry->lemma == "find") &&
                           !EndsWith(lower_[k], "ing") && !ctx_.cue_used[k];
        if (!speech(mk, k) && !shows) continue;
        auto before = ctx_.reader.Before(k, from);
        if (!before || before->begin != from || !ctx_.reader.AgreesAsVerb(*before, k, *mk.entry)) return false;
        if (shows && !IsRecordWord(before->head)) return false;
        if (!rest_ok(k + mk.length, *mk.entry) || !EndsSentence(tail_end)) return false;
        src = before;
        cue = k;
        cue_end = k + mk.length;
        break;
      }
    }
    if (!src || (src->kind == SourceKind::kPronoun && (lower_[src->begin] == "you" || lower_[src->begin] == "i"))) {
      return false;
    }
    uint32_t start = begin_;
    for (uint32_t k = comma; k > begin_; --k) {
      if ((lower_[k - 1] == ":" || lower_[k - 1] == ";") && ctx_.quote_of[k - 1] == kNoIndex) {
        start = k;
        break;
      }
    }
    for (uint32_t k : mine_) start = std::max(start, (*out_)[k].extent_end);  // after an earlier quote
    if (Words(start, comma) < 3 || NoVerbIn(start, comma)) return false;  // "For almost 60 years, ..."
    if (ctx_.quote_of[comma - 1] != kNoIndex && ctx_.quotes[ctx_.quote_of[comma - 1]].direct) return false;
    const uint32_t consumed = consumed_;
    const uint32_t clause_end = in_mark ? comma + 1 : comma;
    Add(AttributionKind::kIndirect, start, clause_end, cue, cue_end, src).may_nest = true;
    consumed_ = consumed;
    for (uint32_t k = cue; k < cue_end; ++k) ctx_.cue_used[k] = true;
    final_begin_ = start;
    final_end_ = clause_end;
    return true;
  }

  // Where a clause before position `i` starts: after the last attribution or
  // colon of this sentence.
  uint32_t ClauseStart(uint32_t i) const {
    uint32_t start = consumed_;
    for (uint32_t k = i; k > start; --k) {
      if (lower_[k - 1] == ":" || lower_[k - 1] == ";") return k;
    }
    return start;
  }

  bool TryCue(uint32_t i, const CueMatch& m) {
    const CueEntry& e = *m.entry;
    const uint32_t cue_end = i + m.length;
    if (e.lemma == "according to") return AccordingTo(i, cue_end);
    // The comma may sit inside a closing quote mark: 'the hosts of “Morning Joe,” adding that'.
    const bool after_comma = i > begin_ && (lower_[i - 1] == "," ||
                                            (i > begin_ + 1 && tokens_[i - 1].kind == TokenKind::kQuote &&
                                             tokens_[i - 1].Has(kClosingQuote) && lower_[i - 2] == ","));
    // "..., saying", "while saying", "by saying", "before adding that", "-- saying"
    const bool participle_slot =
        after_comma || (i > begin_ && (lower_[i - 1] == "while" || lower_[i - 1] == "by" || lower_[i - 1] == "upon" ||
                                       lower_[i - 1] == "before" || lower_[i - 1] == "after" ||
                                       lower_[i - 1] == "when" || tokens_[i - 1].kind == TokenKind::kDash ||
                                       (i > begin_ + 1 && lower_[i - 2] == "," && EndsWith(lower_[i - 1], "ly"))));
    if (participle_slot && EndsWith(lower_[i], "ing") && m.length == 1) return Participle(i, cue_end, e);
    // Passive without an agent ("is expected to") is not an attribution.
    if (i > begin_) {
      const std::string& prev = lower_[i - 1];
      if ((prev == "is" || prev == "are" || prev == "was" || prev == "were" || prev == "be" || prev == "been" ||
           prev == "being") &&
          e.lemma != "quote" && !EndsWith(lower_[i], "ing")) {  // "is demanding" is active
        return false;
      }
    }
    // An -ing form is a finite verb only after an auxiliary: "a company filing dated ..." is a noun.
    if (EndsWith(lower_[i], "ing") && i > begin_) {
      const std::string& prev = lower_[i - 1];
      const bool aux = prev == "is" || prev == "are" || prev == "was" || prev == "were" || prev == "been" ||
                       prev == "be" || prev == "'s" || prev == "'re" || prev == "am" || prev == "'m" ||
                       EndsWith(prev, "ly") || prev == "also" || prev == "still" || prev == "now";
      if (!aux && e.lemma != "cite") return false;
    }
    if (e.lemma == "cite") return Citing(i, cue_end);
    // A relative clause may name a source inside an earlier attribution: '..., said Mr. Kamin, who emphasized'.
    const bool relative = i > begin_ && (lower_[i - 1] == "who" || lower_[i - 1] == "which");
    std::optional<SourcePhrase> src = ctx_.reader.Before(i, relative ? begin_ : consumed_);
    if (!src && i > begin_ && lower_[i - 1] == ",") {
      // "An official, who requested anonymity, said ...", "Judge X, writing for the majority, said":
      // the relative or participle clause's attribution comes first; the main verb's source is read over it.
      for (uint32_t k : mine_) {
        const Candidate& c = (*out_)[k];
        if (c.cue_begin == kNoIndex || c.cue_begin <= begin_ || c.extent_end > i) continue;
        const std::string& before_cue = lower_[c.cue_begin - 1];
        if (before_cue == "who" || (before_cue == "," && EndsWith(lower_[c.cue_begin], "ing"))) {
          src = ctx_.reader.Before(i, begin_);
          break;
        }
      }
    }
    if (!src && i < consumed_) {
      // "X said A, but she denied B": a new subject after a conjunction inside the earlier content.
      for (uint32_t k = i; k > begin_ + 1 && i - k < 8; --k) {
        const std::string& w = lower_[k - 1];
        if ((w == "but" || w == "and" || w == "while" || w == "although" || w == "though") &&
            (lower_[k - 2] == "," || lower_[k - 2] == ";")) {
          src = ctx_.reader.Before(i, k);
          break;
        }
        if (tokens_[k - 1].kind == TokenKind::kPunct) break;
      }
    }
    if (!src) {
      // "Hawkins and others who want to ban abortion said ...": the subject before a relative clause.
      for (uint32_t k = i; k > begin_ + 1 && i - k < 14; --k) {
        if (lower_[k - 1] != "who") continue;
        uint32_t e = k - 1;
        if (IsCommaAt(e - 1)) --e;
        if (e < consumed_) break;
        auto subject = ctx_.reader.Before(e, begin_);
        if (subject && subject->end == e) src = subject;
        break;
      }
    }
    if (src.has_value() && !UsableSubject(*src, e)) src.reset();
    if (src.has_value() && !ctx_.reader.AgreesAsVerb(*src, i, e)) return false;  // "a media report", "a Telegram post"
    if (src) {
      const bool tell = e.lemma == "tell" || e.lemma == "inform" || e.lemma == "assure" || e.lemma == "remind" ||
                        e.lemma == "brief";
      if (tell && src->begin > begin_ + 1 && lower_[src->begin - 1] == "," && !ClauseFollows(cue_end)) {
        // "X left the lab, Mark Feld told investors on a call."
        if (Before(src->begin, i, cue_end, src)) return true;
      }
      if (cue_end < content_end_ && lower_[cue_end] == ",") {
        // "A, X says, B": the statement is split around its source; keep the longer part.
        const std::string& next = cue_end + 1 < content_end_ ? lower_[cue_end + 1] : lower_[cue_end];
        const bool subordinate = next == "as" || next == "while" || next == "because" || next == "when" ||
                                 next == "after" || next == "before" || next == "although" || next == "though" ||
                                 next == "since" || next == "amid" || next == "even" || next == "but" ||
                                 next == "and" || next == "citing" || next == "adding" || next == "saying" ||
                                 next == "according" || next == "in" || next == "on" || next == "at" || next == "if";
        if (!subordinate && src->begin > begin_ + 1 && lower_[src->begin - 1] == "," &&
            Words(cue_end + 1, content_end_) > Words(ClauseStart(src->begin - 1), src->begin - 1)) {
          Add(AttributionKind::kIndirect, cue_end + 1, content_end_, i, cue_end, src);
          return true;
        }
        if (Before(src->begin, i, cue_end, src)) return true;
      }
      uint32_t c0 = cue_end;
      if (tell) c0 = SkipObject(c0);
      c0 = ctx_.reader.SkipAdjuncts(c0, content_end_);
      uint32_t cue_last = cue_end;  // the cue with its particle or preposition: "lashed out at"
      const bool particle = c0 + 1 < content_end_ && (lower_[c0] == "out" || lower_[c0] == "up" ||
                                                      lower_[c0] == "back" || lower_[c0] == "down");
      if (c0 == cue_end && !tell && (particle || (e.cls != CueClass::kSpeech && e.cls != CueClass::kReport))) {
        c0 = SkipCueComplement(ctx_, i, cue_end, content_end_);
        cue_last = c0;
      }
      if (e.lemma == "ask") c0 = SkipListener(c0);
      const bool has_that = (c0 > cue_end && (lower_[c0 - 1] == "that" || lower_[c0 - 1] == ":")) ||
                            (e.lemma == "ask" && AsksQuestion(c0)) || QuotedSoon(c0);
      if (e.cls == CueClass::kWeak && !has_that) {
        // "CLAUSE, he noted." is as clear as "said".
        if (c0 >= content_end_) return Before(src->begin, i, cue_end, src);
        // Otherwise only a named or pronoun subject with a clause-sized object.
        if ((src->kind == SourceKind::kDescription && !src->person && !src->org) || Words(c0, content_end_) < 3) return false;
      }
      if (c0 < content_end_ && lower_[c0] == "," && c0 + 1 < content_end_) {
        // "X said, as ..." -- the content is the clause before the source.
        return Before(src->begin, i, cue_end, src);
      }
      if (c0 >= content_end_ && cue_end < end_ && lower_[cue_end] == ":" && NextParagraphIsStatement()) {
        // "The governor added:" and the statement as the next paragraph.
        const Paragraph& next = ctx_.doc.paragraphs()[ctx_.paragraph_of[s_] + 1];
        const uint32_t nb = ctx_.SentenceBegin(next.sentence_begin);
        const uint32_t last = next.sentence_end - 1;
        const uint32_t ne = ctx_.ContentEnd(ctx_.SentenceBegin(last), ctx_.SentenceEnd(last));
        if (ne > nb + 1) {
          Candidate& c = Add(AttributionKind::kIndirect, nb, ne, i, cue_end, src);
          c.paragraph = ctx_.paragraph_of[s_];
          return true;
        }
      }
      if (c0 + 1 < content_end_ && (lower_[c0] == "before" || lower_[c0] == "while" || lower_[c0] == "after") &&
          EndsWith(lower_[c0 + 1], "ing") && ctx_.info[c0 + 1] != nullptr && ctx_.info[c0 + 1]->cue != nullptr) {
        return false;  // "responded before adding that ...": the participle's attribution
      }
      // "talked at the ball", "spoke in Iowa": a place or time, no statement ("said at least 12" is one).
      const bool at_least = c0 + 1 < content_end_ && lower_[c0] == "at" &&
                            (lower_[c0 + 1] == "least" || lower_[c0 + 1] == "most");
      const bool prepositional =
          StartsWithPreposition(c0) && !at_least &&
          (tell || (c0 == cue_last && e.lemma != "say" && !has_that && !ClauseFollows(c0)));
      if (Words(c0, content_end_) >= 2 && !prepositional) {
        if (ctx_.quote_of[c0] != kNoIndex && ctx_.quotes[ctx_.quote_of[c0]].direct) return false;
        Add(AttributionKind::kIndirect, c0, content_end_, i, cue_last, src);
        return true;
      }
      if (e.cls == CueClass::kWeak) return false;
      return Before(src->begin, i, cue_end, src);
    }
    // "X says A and said B": the second cue shares the first's source.
    if (i > begin_ && (lower_[i - 1] == "and" || lower_[i - 1] == "but") && e.cls != CueClass::kWeak) {
      for (uint32_t k : mine_) {
        const Candidate& prev = (*out_)[k];
        if (prev.kind == AttributionKind::kDirect || prev.content_begin > i || prev.content_end <= i) continue;
        uint32_t c0 = ctx_.reader.SkipAdjuncts(cue_end, content_end_);
        if (Words(c0, content_end_) < 2 || StartsWithPreposition(c0)) return false;
        std::optional<SourcePhrase> shared = prev.source;
        const uint32_t from = k;
        Candidate& c = Add(AttributionKind::kIndirect, c0, content_end_, i, cue_end, shared);
        c.continues = (*out_)[from].continues != kNoIndex ? (*out_)[from].continues : from;
        c.source.reset();
        return true;
      }
    }
    if (i > begin_ && (lower_[i - 1] == "and" || lower_[i - 1] == "but") && e.cls != CueClass::kWeak) {
      auto subject = SentenceSubject(i - 1);
      uint32_t c0 = ctx_.reader.SkipAdjuncts(cue_end, content_end_);
      if (subject && Words(c0, content_end_) >= 2 && !StartsWithPreposition(c0)) {
        Add(AttributionKind::kIndirect, c0, content_end_, i, cue_end, subject);
        return true;
      }
    }
    if (e.cls == CueClass::kWeak) return false;
    // Inverted: CLAUSE, said X.
    if (after_comma) {
      auto inv = ctx_.reader.After(cue_end, content_end_);
      if (!inv) return false;
      uint32_t rest = ctx_.reader.SkipAdjuncts(inv->end, content_end_);
      if (rest < content_end_ && lower_[rest] != ",") return false;
      return Before(i, i, cue_end, inv);
    }
    return false;
  }

  bool IsCommaAt(uint32_t k) const { return lower_[k] == ","; }

  // "it seems", "it is expected", "you know": not sources.
  bool UsableSubject(const SourcePhrase& p, const CueEntry& e) const {
    if (p.kind != SourceKind::kPronoun) return true;
    const std::string& w = lower_[p.begin];
    if (w == "it") return e.cls == CueClass::kSpeech || e.cls == CueClass::kReport;
    return w != "you" && w != "i";
  }

  // The content is the clause before `src_begin` (which follows a comma).
  bool Before(uint32_t src_begin, uint32_t cue, uint32_t cue_end, const std::optional<SourcePhrase>& src) {
    if (src_begin <= begin_ + 1) return false;
    uint32_t clause_end = src_begin - 1;
    if (lower_[clause_end] != ",") {
      // The comma inside a closing mark: Not paying taxes ''makes me smart,'' Trump said.
      if (tokens_[clause_end].kind != TokenKind::kQuote || lower_[clause_end - 1] != ",") {
        const bool doubled = clause_end >= 2 && tokens_[clause_end - 1].kind == TokenKind::kQuote &&
                             lower_[clause_end - 2] == ",";
        if (!(tokens_[clause_end].kind == TokenKind::kQuote && doubled)) return false;
      }
      clause_end = src_begin;  // keep the closing mark; Add trims the comma before it
    }
    const uint32_t start = ClauseStart(src_begin - 1);
    if (Words(start, src_begin - 1) < 2) return false;
    // The clause must not be the tail of another attribution ("..., X told a briefing, citing Y").
    if (start > begin_ && start == consumed_ && lower_[start - 1] != ":" && lower_[start - 1] != ";") return false;
    // A direct quote before is the quote attributor's.
    if (ctx_.quote_of[src_begin - 2] != kNoIndex && ctx_.quotes[ctx_.quote_of[src_begin - 2]].direct) return false;
    Add(AttributionKind::kIndirect, start, clause_end == src_begin ? src_begin : src_begin - 1, cue, cue_end, src);
    if (consumed_ < cue_end) consumed_ = cue_end;
    return true;
  }

  // The noun phrase after "according to" when the source reader finds none: up to a comma, a
  // quote, or a pronoun or verb that starts a reduced relative ("figures her campaign released").
  std::optional<SourcePhrase> AccordingToObject(uint32_t from) const {
    const auto& pos = ctx_.doc.pos_tags();
    const bool tagged = pos.size() == tokens_.size();
    uint32_t k = from;
    while (k < content_end_ && k < from + 12) {
      if (tokens_[k].kind == TokenKind::kPunct || tokens_[k].kind == TokenKind::kQuote ||
          tokens_[k].kind == TokenKind::kDash) {
        break;
      }
      if (k > from && tagged &&
          (pos[k] == PartOfSpeech::kVerb || pos[k] == PartOfSpeech::kAux || pos[k] == PartOfSpeech::kPron ||
           pos[k] == PartOfSpeech::kSconj)) {
        break;
      }
      ++k;
    }
    return k > from ? ctx_.reader.Phrase(from, k) : std::nullopt;
  }

  // A verb by the POS tags; without tags, a lower-case -ed word or a verb of the cue lexicon.
  bool VerbAt(uint32_t k) const {
    const auto& pos = ctx_.doc.pos_tags();
    if (pos.size() == tokens_.size()) return pos[k] == PartOfSpeech::kVerb || pos[k] == PartOfSpeech::kAux;
    if (tokens_[k].Has(kCapitalized)) return false;
    return (lower_[k].size() > 4 && EndsWith(lower_[k], "ed")) ||
           (ctx_.info[k] != nullptr && ctx_.info[k]->cue != nullptr && ctx_.info[k]->cue->cls != CueClass::kPhrase);
  }

  bool NoVerbIn(uint32_t b, uint32_t e) const {
    const auto& pos = ctx_.doc.pos_tags();
    if (pos.size() != tokens_.size()) return ctx_.reader.SkipAdjuncts(b, e) >= e;
    for (uint32_t k = b; k < e; ++k) {
      if (pos[k] == PartOfSpeech::kVerb || pos[k] == PartOfSpeech::kAux) return false;
    }
    return true;
  }

  bool AccordingTo(uint32_t i, uint32_t cue_end) {
    auto src = ctx_.reader.After(cue_end, content_end_);
    if (!src) src = AccordingToObject(cue_end);
    if (!src) return false;
    const uint32_t after = src->end;
    const bool at_start = i == ClauseStart(i) || (i > begin_ && (lower_[i - 1] == "," || lower_[i - 1] == "but" ||
                                                                 lower_[i - 1] == "and"));
    if (at_start && after < content_end_ && lower_[after] == ",") {
      // According to X, CLAUSE (up to a later comma-separated cue's source is trimmed later).
      if (Words(after + 1, content_end_) < 2) return false;
      Add(AttributionKind::kIndirect, after + 1, content_end_, i, cue_end, src);
      return true;
    }
    if (i > begin_ && lower_[i - 1] == ",") {
      const uint32_t start = ClauseStart(i - 1);
      if (Words(start, i - 1) < 2) return false;
      Add(AttributionKind::kIndirect, start, i - 1, i, cue_end, src);
      return true;
    }
    if (at_start && after < content_end_) {
      // "According to a poll released Monday, CLAUSE", "According to X, who led the base, CLAUSE":
      // the source phrase runs on to the comma.
      for (uint32_t k = after; k < content_end_ && k < after + 12; ++k) {
        if (tokens_[k].kind == TokenKind::kQuote || lower_[k] == ";" || lower_[k] == ":") break;
        if (lower_[k] != ",") continue;
        if (Words(k + 1, content_end_) < 3) break;
        Add(AttributionKind::kIndirect, k + 1, content_end_, i, cue_end, src);
        return true;
      }
      if (Words(after, content_end_) < 2) return false;
      Add(AttributionKind::kIndirect, after, content_end_, i, cue_end, src);
      return true;
    }
    // "CLAUSE according to X." without a comma: the source ends the sentence.
    if (!at_start && NoVerbIn(after, content_end_)) {
      const uint32_t start = ClauseStart(i);
      if (Words(start, i) < 3) return false;
      Add(AttributionKind::kIndirect, start, i, i, cue_end, src);
      return true;
    }
    return false;
  }

  // The next paragraph exists, this sentence ends its paragraph, and it does not open with a quote mark
  // (the quote attributor reads those).
  bool NextParagraphIsStatement() const {
    const uint32_t p = ctx_.paragraph_of[s_];
    const auto& pars = ctx_.doc.paragraphs();
    if (p + 1 >= pars.size() || pars[p].sentence_end != s_ + 1) return false;
    const Paragraph& next = pars[p + 1];
    if (next.sentence_begin >= next.sentence_end) return false;
    const uint32_t nb = ctx_.SentenceBegin(next.sentence_begin);
    return nb < tokens_.size() && tokens_[nb].kind != TokenKind::kQuote && next.sentence_end - next.sentence_begin <= 6;
  }

  // A statement does not start with a preposition: "posted at https://...", "told investors on a call".
  bool StartsWithPreposition(uint32_t c0) const {
    if (c0 >= content_end_) return false;
    const std::string& w = lower_[c0];
    return w == "at" || w == "in" || w == "on" || w == "by" || w == "from" || w == "into" || w == "with" ||
           w == "for" || w == "of" || w == "during" || w == "after" || w == "before" || w == "since";
  }

  // Whether a reported clause follows the cue ending at `cue_end`: "that", a
  // colon, or more than a short object and a prepositional phrase.
  bool ClauseFollows(uint32_t cue_end) const {
    for (uint32_t k = cue_end; k < content_end_; ++k) {
      if (lower_[k] == "that" || lower_[k] == ":" || ctx_.quote_of[k] != kNoIndex) return true;
    }
    return Words(cue_end, content_end_) > 6;
  }

  // The name-like phrase that opens the sentence and ends before `limit`.
  std::optional<SourcePhrase> SentenceSubject(uint32_t limit) const {
    uint32_t k = begin_;
    while (k < limit && (tokens_[k].Has(kCapitalized) || ctx_.reader.Bits(k) != 0 ||
                         lower_[k] == "the" || lower_[k] == "'s" || lower_[k] == "'")) {
      ++k;
    }
    if (k == begin_) return std::nullopt;
    auto src = ctx_.reader.Before(k, begin_);
    if (!src || src->begin != begin_) return std::nullopt;
    return src;
  }

  // "..., saying CLAUSE": the speaker is the sentence's earlier source or subject.
  bool Participle(uint32_t i, uint32_t cue_end, const CueEntry& e) {
    std::optional<SourcePhrase> src;
    uint32_t continues = kNoIndex;
    for (uint32_t k : mine_) {
      const Candidate& c = (*out_)[k];
      if (c.content_end <= i && (continues == kNoIndex || (*out_)[continues].content_begin < c.content_begin)) {
        continues = k;
      }
    }
    if (continues == kNoIndex) {
      // The subject ends at the sentence's first verb: "Trump attacked Cruz, calling him ...".
      const uint32_t sb = AfterOpeningAdverbials(i);
      uint32_t subject_end = i;
      const auto& pos = ctx_.doc.pos_tags();
      const bool tagged = pos.size() == tokens_.size();
      for (uint32_t k = sb + 1; k < i; ++k) {
        // Without tags, a lower-case -ed word is the verb.
        const bool verb = tagged ? pos[k] == PartOfSpeech::kVerb || pos[k] == PartOfSpeech::kAux
                                 : !tokens_[k].Has(kCapitalized) && lower_[k].size() > 4 && EndsWith(lower_[k], "ed");
        if (verb) {
          subject_end = k;
          break;
        }
      }
      src = ctx_.reader.After(sb, subject_end);
      if (!src || src->begin != sb) {
        // "UN secretary general Antonio Guterres also expressed concerns ..."
        uint32_t k = sb;
        while (k < i && (tokens_[k].Has(kCapitalized) || ctx_.reader.Bits(k) != 0 ||
                         lower_[k] == "the" || lower_[k] == "'s")) {
          ++k;
        }
        if (k == sb) return false;
        src = ctx_.reader.Before(k, sb);
        if (!src || src->begin != sb) return false;
      }
    }
    if (e.lemma == "cite") {
      // "..., citing X": X is the source of the clause before.
      auto cited = ctx_.reader.After(cue_end, content_end_);
      if (!cited) return false;
      return Before(i, i, cue_end, cited);
    }
    uint32_t c0 = ctx_.reader.SkipAdjuncts(cue_end, content_end_);
    if (e.lemma == "ask") c0 = SkipListener(c0);
    const bool has_that = (c0 > cue_end && (lower_[c0 - 1] == "that" || lower_[c0 - 1] == ":")) ||
                          (e.lemma == "ask" && AsksQuestion(c0)) || QuotedSoon(c0);
    if (c0 < end_ && ctx_.quote_of[c0] != kNoIndex && ctx_.quotes[ctx_.quote_of[c0]].direct &&
        e.cls != CueClass::kWeak) {
      // ", saying, “...”" / ", adding: “...”": the quote is the content.
      return QuoteAfterParticiple(ctx_.quote_of[c0], i, cue_end, src, continues);
    }
    // A weak cue needs "that" -- unless it carries on a statement: '"I prefer Kasich," he said, noting he ...'.
    if (e.cls == CueClass::kWeak && !has_that && continues == kNoIndex) return false;
    if (Words(c0, content_end_) < 2) return false;
    if (ctx_.quote_of[c0] != kNoIndex && ctx_.quotes[ctx_.quote_of[c0]].direct) return false;
    Candidate& c = Add(AttributionKind::kIndirect, c0, content_end_, i, cue_end, src);
    if (continues != kNoIndex) c.continues = continues;
    return true;
  }

  // Where the sentence's subject starts, after opening adverbials ending in a comma before `limit`:
  // "In May, a judge sided with ...", "On Thursday, after remaining neutral, Warren endorsed ...".
  uint32_t AfterOpeningAdverbials(uint32_t limit) const {
    static constexpr std::string_view kOpeners[] = {
        "in", "on", "at", "after", "before", "during", "last", "earlier", "since", "when", "while", "following",
        "despite", "with", "for", "as", "by", "later", "then", "still", "now", "yet", "also", "meanwhile", "but",
        "and", "so", "however", "instead", "separately", "today", "yesterday", "over", "within", "under", "amid"};
    uint32_t sb = begin_;
    for (int round = 0; round < 3 && sb < limit; ++round) {
      bool opener = false;
      for (std::string_view w : kOpeners) opener |= lower_[sb] == w;
      if (!opener) break;
      uint32_t comma = kNoIndex;
      for (uint32_t k = sb + 1; k < limit && k < sb + 14; ++k) {
        if (tokens_[k].kind == TokenKind::kQuote) break;
        if (lower_[k] == ",") {
          comma = k;
          break;
        }
      }
      if (comma == kNoIndex || comma + 2 >= limit) break;
      sb = comma + 1;
    }
    return sb;
  }

  // A direct quote introduced by a participle no other finder attributed.
  bool QuoteAfterParticiple(uint32_t qi, uint32_t cue, uint32_t cue_end, const std::optional<SourcePhrase>& src,
                            uint32_t continues) {
    const QuoteSegment& q = ctx_.quotes[qi];
    if (q.content_end <= q.content_begin) return false;
    for (const Candidate& c : *out_) {
      if (c.quote == qi) return false;
    }
    Candidate c = MakeDirect(ctx_, qi);
    c.cue_begin = cue;
    c.cue_end = cue_end;
    c.source = src;
    if (continues != kNoIndex) c.continues = continues;
    out_->push_back(std::move(c));
    mine_.push_back(static_cast<uint32_t>(out_->size() - 1));
    consumed_ = std::max(consumed_, out_->back().extent_end);
    return true;
  }

  // "a media report citing an unnamed official that CLAUSE"
  bool Citing(uint32_t i, uint32_t cue_end) {
    auto src = ctx_.reader.Before(i, consumed_);
    if (!src) return false;
    for (uint32_t k = cue_end; k < content_end_ && k < cue_end + 14; ++k) {
      if (lower_[k] == "that" && Words(k + 1, content_end_) >= 2) {
        Add(AttributionKind::kIndirect, k + 1, content_end_, i, cue_end, src);
        return true;
      }
      if (lower_[k] == "," || ctx_.quote_of[k] != kNoIndex) break;
    }
    return false;
  }

  // "asked (him) whether ...", "asked about the deal": the content is the question.
  bool AsksQuestion(uint32_t c0) const {
    if (c0 + 1 >= content_end_) return false;
    const std::string& w = lower_[c0];
    return w == "whether" || w == "if" || w == "why" || w == "how" || w == "what" || w == "who" || w == "when" ||
           w == "where" || w == "which" || w == "about";
  }

  // A pronoun or short name heard by "asked": "asked him whether", "asked Clinton if".
  uint32_t SkipListener(uint32_t c0) const {
    if (c0 + 2 >= content_end_ || AsksQuestion(c0)) return c0;
    const std::string& w = lower_[c0];
    if (w == "him" || w == "her" || w == "them" || w == "me" || w == "us" || w == "voters" || w == "reporters") {
      return AsksQuestion(c0 + 1) ? c0 + 1 : c0;
    }
    uint32_t k = c0;
    while (k < content_end_ && k < c0 + 3 && tokens_[k].Has(kCapitalized)) ++k;
    return k > c0 && AsksQuestion(k) ? k : c0;
  }

  // A weak cue whose object holds a quotation soon: "called the move “a dangerous escalation”",
  // "calling it “meritless”".
  bool QuotedSoon(uint32_t c0) const {
    for (uint32_t k = c0; k < content_end_ && k < c0 + 6; ++k) {
      if (ctx_.quote_of[k] != kNoIndex) return !ctx_.quotes[ctx_.quote_of[k]].direct;
      if (lower_[k] == "," || lower_[k] == "that") return false;
    }
    return false;
  }

  // Skips the listener of "told": reporters, Reuters, a briefing, the BBC.
  uint32_t SkipObject(uint32_t i) const {
    if (i >= content_end_ || lower_[i] == "that") return i;
    // "told conservative radio host Hugh Hewitt on Wednesday that": a longer object, when no verb
    // comes before the boundary.
    for (uint32_t k = i; k < content_end_ && k < i + 11; ++k) {
      if (lower_[k] == "that") return k;
      if (k >= i + 6) {
        if (VerbAt(k) || lower_[k] == "," || ctx_.quote_of[k] != kNoIndex) break;
        continue;
      }
      if (lower_[k] == "," || lower_[k] == ":") return k;
      if (ctx_.quote_of[k] != kNoIndex) return k;
    }
    // No boundary: skip one short object (reporters, Reuters, CNN).
    uint32_t k = i;
    if (lower_[k] == "the" || lower_[k] == "a" || lower_[k] == "an") ++k;
    while (k < content_end_ && k < i + 3 && tokens_[k].Has(kCapitalized)) ++k;
    if (k == i && (lower_[k] == "reporters" || lower_[k] == "journalists" || lower_[k] == "lawmakers" ||
                   lower_[k] == "supporters" || lower_[k] == "me" || lower_[k] == "us" || lower_[k] == "him" ||
                   lower_[k] == "her" || lower_[k] == "them")) {
      ++k;
    }
    return k;
  }

  uint32_t Words(uint32_t b, uint32_t e) const {
    uint32_t n = 0;
    for (uint32_t k = b; k < e; ++k) {
      TokenKind kind = tokens_[k].kind;
      n += kind == TokenKind::kWord || kind == TokenKind::kNumber || kind == TokenKind::kAbbreviation;
    }
    return n;
  }

  // Whether a participle (after an adverb) starts at `v`: after a comma it opens the writer's
  // clause, not the source's ("..., implicitly putting his name on the line").
  bool WritersParticiple(uint32_t v, uint32_t ce) const {
    if (v + 1 < ce && EndsWith(lower_[v], "ly")) ++v;
    static constexpr std::string_view kPrepositions[] = {"including", "according", "following", "regarding",
                                                         "concerning", "during", "excluding", "involving",
                                                         "notwithstanding", "something", "nothing", "anything",
                                                         "everything", "morning", "evening", "spring", "thing"};
    for (std::string_view w : kPrepositions) {
      if (lower_[v] == w) return false;
    }
    return EndsWith(lower_[v], "ing") && lower_[v].size() > 5 && !tokens_[v].Has(kCapitalized);
  }

  Candidate& Add(AttributionKind kind, uint32_t cb, uint32_t ce, uint32_t cue, uint32_t cue_end,
                 const std::optional<SourcePhrase>& src) {
    // A participial clause after a comma is the writer's, not the source's:
    // "he would consider it an insult, implicitly putting his name on the line".
    // "An official, who requested anonymity, said ...": the relative clause ends where the main
    // clause's speech verb follows a comma.
    for (uint32_t k = cb + 1; k + 1 < ce; ++k) {
      if (lower_[k] != "," || ctx_.quote_of[k] != kNoIndex) continue;
      const WordInfo* wi = ctx_.info[k + 1];
      if (wi != nullptr && wi->cue != nullptr && (wi->cue->cls == CueClass::kSpeech || wi->cue->cls == CueClass::kReport) &&
          !EndsWith(lower_[k + 1], "ing") && !tokens_[k + 1].Has(kCapitalized) && VerbAt(k + 1)) {
        ce = k;
        break;
      }
    }
    for (uint32_t k = cb + 2; k + 1 < ce; ++k) {
      if (ctx_.quote_of[k] != kNoIndex) {
        // 'said things “should be wrapped up,” referring to ...': the comma inside the closing mark.
        if (lower_[k] == "," && tokens_[k + 1].kind == TokenKind::kQuote && tokens_[k + 1].Has(kClosingQuote) &&
            k + 2 < ce && WritersParticiple(k + 2, ce)) {
          ce = k + 2;
          break;
        }
        continue;
      }
      // A semicolon, or a dash before "and"/"but", starts the writer's next clause.
      if (lower_[k] == ";" || (tokens_[k].kind == TokenKind::kDash && lower_[k] != "-" &&
                               (lower_[k + 1] == "and" || lower_[k + 1] == "but"))) {
        ce = k;
        break;
      }
      // "... before adding that", "while saying": a participle cue starts the next attribution.
      if ((lower_[k] == "before" || lower_[k] == "while" || lower_[k] == "after") && EndsWith(lower_[k + 1], "ing") &&
          ctx_.info[k + 1] != nullptr && ctx_.info[k + 1]->cue != nullptr &&
          ctx_.info[k + 1]->cue->cls == CueClass::kSpeech) {
        ce = k;
        break;
      }
      if (lower_[k] != ",") continue;
      if (lower_[k + 1] == "which") {  // ", which forced her to leave": the writer's aside
        ce = k;
        break;
      }

      if (WritersParticiple(k + 1, ce)) {
        ce = k;
        break;
      }
    }
    // Trim punctuation at the edges (keep a closing quote mark of a fragment).
    while (ce > cb && tokens_[ce - 1].kind == TokenKind::kPunct) --ce;
    while (cb < ce && (tokens_[cb].kind == TokenKind::kPunct || tokens_[cb].kind == TokenKind::kDash)) ++cb;
    Candidate c;
    c.kind = kind;
    c.content_begin = cb;
    c.content_end = ce;
    c.content = {tokens_[cb].span.begin, tokens_[ce - 1].span.end};
    c.cue_begin = cue;
    c.cue_end = cue_end;
    c.source = src;
    c.paragraph = ctx_.paragraph_of[s_];
    uint32_t extent = std::max(ce, cue_end == kNoIndex ? 0u : cue_end);
    if (src) extent = std::max(extent, src->end);
    c.extent_end = extent;
    // Nothing this attribution covers is read again (letting later cues inside
    // the content find their own sources cost more precision than it gained on dev).
    consumed_ = std::max(consumed_, extent);
    for (uint32_t k = cb; k < ce; ++k) {
      if (ctx_.quote_of[k] != kNoIndex) {
        c.kind = AttributionKind::kMixed;
        break;
      }
    }
    out_->push_back(std::move(c));
    mine_.push_back(static_cast<uint32_t>(out_->size() - 1));
    return out_->back();
  }

  AttributionContext& ctx_;
  const std::vector<Token>& tokens_;
  const std::vector<std::string>& lower_;
  std::vector<Candidate>* out_;
  uint32_t s_;
  std::vector<uint32_t> mine_;
  uint32_t begin_ = 0, end_ = 0, content_end_ = 0;
  uint32_t consumed_ = 0;
  uint32_t final_begin_ = 0, final_end_ = 0;  // content of the sentence-final attribution, if any
};

}  // namespace

void FindReportedSpeech(AttributionContext& ctx, std::vector<Candidate>* out) {
  // Quote candidates first, sorted, so sentence readers can see what is taken.
  std::sort(out->begin(), out->end(), [](const Candidate& a, const Candidate& b) { return a.content.begin < b.content.begin; });
  const uint32_t n = static_cast<uint32_t>(ctx.doc.sentences().size());
  std::vector<std::vector<uint32_t>> by_sentence(n);
  for (uint32_t k = 0; k < out->size(); ++k) {
    const Candidate& c = (*out)[k];
    by_sentence[ctx.sentence_of[c.content_begin]].push_back(k);
    // A quote that runs over sentences also occupies the sentence of its cue.
    uint32_t last = c.extent_end > 0 ? ctx.sentence_of[c.extent_end - 1] : 0;
    if (last != ctx.sentence_of[c.content_begin]) by_sentence[last].push_back(k);
  }
  for (uint32_t s = 0; s < n; ++s) {
    if (ctx.SentenceBegin(s) >= ctx.SentenceEnd(s)) continue;
    SentenceReader(ctx, s, out, std::move(by_sentence[s])).Run();
  }
}

}  // namespace hearsay::internal
