#include "tagger/ner_tagger.h"

#include <deque>

#include "tagger/case_evidence.h"
#include "tagger/document_pass.h"
#include "tagger/entity_clusters.h"
#include "tagger/prediction_history.h"
#include "tagger/sentence_view.h"

namespace hearsay::internal {
namespace {

bool Capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// Punctuation (not "&") or a word in lower case without a capital in it:
// the model, greedy, now and then runs a name on over one ("the Golden
// Four ." "the Korean War and released"); no name ends with one.
bool CannotEndName(std::string_view w) {
  if (w.empty()) return true;
  bool letters = false, upper = false;
  for (char c : w) {
    letters = letters || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80) != 0;
    upper = upper || (c >= 'A' && c <= 'Z');
  }
  if (!letters) {  // all punctuation or digits: digits end names (Apollo 13)
    for (char c : w)
      if ((c >= '0' && c <= '9') || c == '&') return false;
    return true;
  }
  return w[0] >= 'a' && w[0] <= 'z' && !upper;
}

bool Punctuation(std::string_view w) {
  for (char c : w)
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80) != 0 || c == '&')
      return false;
  return true;
}

bool IsCompanyDesignator(std::string_view w) {
  if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
  static constexpr std::string_view kDesignators[] = {
      "Inc", "Corp", "Co", "Cos", "Ltd", "LLC", "PLC", "Plc", "SA", "SpA", "AG", "NV", "GmbH", "Bhd",
      "Limited", "Incorporated", "Corporation", "Bancorp", "Bancshares"};
  for (std::string_view d : kDesignators)
    if (w == d) return true;
  return false;
}

}  // namespace

void JoinCompanyNames(const std::vector<std::string_view>& words, std::vector<NameSpan>* names) {
  std::vector<NameSpan> out;
  for (size_t n = 0; n < names->size(); ++n) {
    NameSpan name = (*names)[n];
    auto free_word = [&](size_t w) {  // in no later name
      return w < words.size() && (n + 1 >= names->size() || (*names)[n + 1].begin > w);
    };
    // "Douglas & Lomason": the next name, or one capitalised word, after "&".
    while (name.last + 2 < words.size() && words[name.last + 1] == "&" && Capitalised(words[name.last + 2])) {
      if (n + 1 < names->size() && (*names)[n + 1].begin == name.last + 2) {
        name.last = (*names)[++n].last;
      } else if (free_word(name.last + 2)) {
        name.last += 2;
      } else {
        break;
      }
      name.label = EntityLabel::kOrganization;
    }
    if (free_word(name.last + 1) && IsCompanyDesignator(words[name.last + 1])) {
      ++name.last;
      name.label = EntityLabel::kOrganization;
    } else if (name.last > name.begin && IsCompanyDesignator(words[name.last])) {
      name.label = EntityLabel::kOrganization;
    }
    out.push_back(name);
  }
  names->swap(out);
}

void ReadNames(const std::vector<std::string_view>& words, size_t begin, size_t last, EntityLabel label,
               std::vector<NameSpan>* out, const WordLexicon* lexicon) {
  // A closing bracket whose opening one is inside stays ("Rad ( B )"); a
  // number left at the end after such trimming went with what was trimmed
  // ("P. Such 8-118 )").
  auto opened_inside = [&](size_t end) {
    for (size_t k = begin; k < end; ++k)
      if (words[k] == "(") return true;
    return false;
  };
  const size_t decoded_last = last;
  while (last > begin && CannotEndName(words[last]) && !(words[last] == ")" && opened_inside(last))) --last;
  if (last < decoded_last)
    while (last > begin && words[last][0] >= '0' && words[last][0] <= '9') --last;
  while (begin < last && Punctuation(words[begin])) ++begin;
  if ((CannotEndName(words[last]) && words[last] != ")") || Punctuation(words[begin])) return;
  // "Staff" in "General Staff": a word the dictionary writes in lower case
  // and no name list holds.
  auto common_word = [&](std::string_view w) {
    if (lexicon == nullptr) return false;
    const uint16_t bits = lexicon->Find(LowerKey(w));
    return (bits & kLexDictLower) != 0 && (bits & kLexNameBits) == 0;
  };
  auto all_common = [&](size_t from) {
    for (size_t k = from; k <= last; ++k)
      if (!common_word(words[k])) return false;
    return true;
  };
  auto capitalised = [&](size_t from) {  // one to three capitalised words, to `last`
    if (from > last || last - from >= 3) return false;
    for (size_t k = from; k <= last; ++k)
      if (!Capitalised(words[k])) return false;
    return true;
  };
  auto capitalised_run = [&](size_t from) { return capitalised(from) && !all_common(from); };
  // Titles that also open the names of bodies and things ("General Motors",
  // "Justice Department", "King Edward Hospital").
  auto opens_other_names = [](std::string_view t) {
    static constexpr std::string_view kAmbiguous[] = {"General", "Justice", "King", "Queen", "Prince", "Princess",
                                                      "Lord", "Lady", "Judge", "Prime", "Secretary", "Minister",
                                                      "Director", "Coach", "Professor"};
    for (std::string_view a : kAmbiguous)
      if (t == a) return true;
    return false;
  };
  // A name right after a title is a person's ("President Trump"), whatever
  // the model said -- after a title that also opens other names, only if
  // the name is not common words.
  if (label != EntityLabel::kPerson && begin > 0 && IsPersonTitle(words[begin - 1]) &&
      (opens_other_names(words[begin - 1]) ? capitalised_run(begin) : capitalised(begin))) {
    out->push_back({begin, last, EntityLabel::kPerson});
    return;
  }
  // A title before a name is not part of it (Governor Alicia Moreno); and a
  // title with one to three capitalised words after it is a person,
  // whatever the model said (it reads a capitalised title opening a
  // sentence as an organisation now and then).
  if (label != EntityLabel::kLocation && begin < last && IsPersonTitle(words[begin])) {
    size_t name = begin;
    while (name < last && IsPersonTitle(words[name])) ++name;
    // A title and common words name a body, not a person ("General Staff",
    // "General Assembly").
    if (all_common(name)) {
      out->push_back({begin, last, EntityLabel::kOrganization});
      return;
    }
    if (capitalised_run(name) || label == EntityLabel::kPerson) {
      out->push_back({name, last, EntityLabel::kPerson});
      return;
    }
  }
  // A title inside a name other than a person's parts an organisation or a
  // place from the person it precedes: "Federal Reserve Governor Lawrence
  // Lindsey", "U.N. Ambassador Albright".
  if (label != EntityLabel::kPerson) {
    for (size_t m = begin + 1; m < last; ++m) {
      if (!IsPersonTitle(words[m])) continue;
      size_t name = m;
      while (name < last && IsPersonTitle(words[name])) ++name;
      if (!capitalised_run(name)) break;
      out->push_back({begin, m - 1, label});
      out->push_back({name, last, EntityLabel::kPerson});
      return;
    }
  }
  out->push_back({begin, last, label});
}

NerTagger::NerTagger(std::shared_ptr<const TaggerModels> models) : models_(std::move(models)) {
  const std::string& meta = models_->ner().meta();
  uses_document_pass_ = UsesDocumentPass(models_->ner());
  uses_pos_ = meta.find("\npos_model=") != std::string::npos && meta.find("\npos_model=none\n") == std::string::npos;
  for (const std::string& l : models_->ner().labels()) {
    LabelInfo info;
    if (l.size() > 2 && l[1] == '-') {
      info.kind = l[0];
      const std::string type = l.substr(2);
      info.label = type == "PER"   ? EntityLabel::kPerson
                   : type == "ORG" ? EntityLabel::kOrganization
                   : type == "LOC" ? EntityLabel::kLocation
                                   : EntityLabel::kMisc;
    }
    labels_.push_back(info);
  }
}

void NerTagger::Annotate(Document& doc) const {
  std::vector<Entity>& entities = doc.mutable_entities();
  entities.clear();
  const auto& tokens = doc.tokens();
  // Per thread, kept between documents: its word score cache stays warm
  // (keyed by model, so any model may use it).
  thread_local TaggerScratch scratch;
  // One view per line, kept for the second pass, which must see the words
  // with what the first saw (gazetteer, history, POS). A deque: a view's
  // words may point into its own buffer, which must not move.
  thread_local std::deque<SentenceView> views;
  std::vector<uint8_t> labels;
  PredictionHistory history(models_->ner().labels());
  CaseEvidence evidence;
  for (const Token& t : tokens) evidence.AddWord(doc.TokenText(t));
  // Each line of a sentence is tagged on its own (see SentenceLines).
  std::vector<Sentence> lines = SentenceLines(doc);
  std::erase_if(lines, [](const Sentence& s) { return s.token_end <= s.token_begin; });
  while (views.size() < lines.size()) views.emplace_back();
  DocumentPass pass(models_->ner().labels());
  for (size_t k = 0; k < lines.size(); ++k) {
    const Sentence& s = lines[k];
    SentenceView& view = views[k];
    view.Fill(doc, s, /*join_numbers=*/true);
    view.sentence().headline = k == 0 && LooksLikeHeadline(view.sentence().words);
    models_->gazetteer().Mark(view.sentence().words, &view.sentence().gazetteer);
    history.Codes(view.sentence().words, &view.sentence().history);
    evidence.Codes(view.sentence().words, &view.sentence().case_evidence);
    auto& pos = view.sentence().pos;
    pos.clear();
    if (uses_pos_ && doc.pos_tags().size() == tokens.size()) {
      for (size_t i = 0; i < view.sentence().words.size(); ++i)
        pos.push_back(static_cast<uint8_t>(doc.pos_tags()[s.token_begin + view.first_token(i)]));
    }
    models_->ner().Tag(view.sentence(), &scratch, &labels);
    // A headline's labels tell the body nothing (see DocumentPass).
    if (!view.sentence().headline) history.Update(view.sentence().words, labels);
    pass.Add(view.sentence(), labels, scratch);
  }
  thread_local std::vector<std::vector<uint8_t>> line_labels;
  if (line_labels.size() < lines.size()) line_labels.resize(lines.size());
  for (size_t k = 0; k < lines.size(); ++k) {
    if (uses_document_pass_) {
      pass.Retag(models_->ner(), k, &views[k].sentence(), &scratch, &line_labels[k]);
    } else {
      pass.FirstPass(k, &line_labels[k]);
    }
  }
  std::vector<NameSpan> names;
  for (size_t k = 0; k < lines.size(); ++k) {
    const Sentence& s = lines[k];
    SentenceView& view = views[k];
    names.clear();
    DecodeNames(view.sentence().words, line_labels[k], &names);
    for (const NameSpan& name : names) {
      Entity e;
      e.span = {tokens[s.token_begin + view.first_token(name.begin)].span.begin,
                tokens[s.token_begin + view.first_token(name.last + 1) - 1].span.end};
      e.label = name.label;
      e.entity = std::string(doc.Text(e.span));
      entities.push_back(std::move(e));
    }
  }
}

void NerTagger::DecodeNames(const std::vector<std::string_view>& words, const std::vector<uint8_t>& labels,
                            std::vector<NameSpan>* out) const {
  size_t begin = 0;
  bool open = false;
  for (size_t i = 0; i < labels.size(); ++i) {
    const LabelInfo& info = labels_[labels[i]];
    if (info.kind == 'B' || info.kind == 'U') {
      begin = i;
      open = true;
    }
    if (open && (info.kind == 'L' || info.kind == 'U')) {
      ReadNames(words, begin, i, info.label, out, &models_->lexicon());
      open = false;
    }
    if (info.kind == 'O') open = false;
  }
  JoinCompanyNames(words, out);
}

}  // namespace hearsay::internal
