// NerTagger: finds the names of people, organisations, places and other
// things (PER, ORG, LOC, MISC) and adds them to Document::entities().
//
// Runs the NER SequenceModel (averaged perceptron over BILOU labels, greedy
// decoding with well-formedness constraints; trained on CoNLL-2003, see
// models/MODELS.md) over each sentence, with gazetteer, word-cluster, POS
// (from the PosTagger, which must run first), prediction-history and
// case-evidence (is this capitalised word written in lower case elsewhere in
// the document?) features, then a second pass over the document with what
// the first said of each capitalised word elsewhere in it (DocumentPass). A person's leading title is left out of the
// name (Governor Alicia Moreno -> Alicia Moreno), and a title followed by one
// to three capitalised words makes a person whatever label the model chose. Each line of a sentence is tagged apart: no entity crosses a line
// break. Each entity's `entity` is first its own text; EntityClusters
// then replaces it with its cluster's canonical name. Needs the tokenizer and
// sentence splitter.
//
// Thread-safe: the model is immutable and scratch space is per thread.
#ifndef HEARSAY_TAGGER_NER_TAGGER_H_
#define HEARSAY_TAGGER_NER_TAGGER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "hearsay/document.h"
#include "hearsay/pipeline.h"
#include "tagger/tagger_models.h"
#include "tagger/word_lexicon.h"

namespace hearsay::internal {

// A name among a sentence's words: words [begin, last], and its type.
struct NameSpan {
  size_t begin = 0, last = 0;
  EntityLabel label = EntityLabel::kMisc;
};

// The names that the words [begin, last] the model decoded as one name of
// type `label` stand for, appended to `out`: punctuation and lower-case
// words at its end and punctuation at its start dropped, a person's leading
// title dropped, an organisation and a person parted at a title between
// them ("Federal Reserve Governor Lawrence Lindsey"). None if nothing is left.
// With `lexicon`, a title followed only by words the dictionary writes in
// lower case ("General Staff") names an organisation, not a person.
void ReadNames(const std::vector<std::string_view>& words, size_t begin, size_t last, EntityLabel label,
               std::vector<NameSpan>* out, const WordLexicon* lexicon = nullptr);

// Joins names parted by "&" into one organisation ("Douglas & Lomason",
// "Edward D. Jones & Co"), and makes a name with a company designator after
// or at its end an organisation ("Pirelli SpA", "Daniels Pharmaceuticals
// Inc"). `names` are in text order.
void JoinCompanyNames(const std::vector<std::string_view>& words, std::vector<NameSpan>* names);

class NerTagger : public Annotator {
 public:
  explicit NerTagger(std::shared_ptr<const TaggerModels> models);
  std::string_view name() const override { return "ner-tagger"; }
  // Replaces doc's entities with the names found, in text order.
  void Annotate(Document& doc) const override;

 private:
  // The names `labels` (BILOU) give `words`, after ReadNames and
  // JoinCompanyNames.
  void DecodeNames(const std::vector<std::string_view>& words, const std::vector<uint8_t>& labels,
                   std::vector<NameSpan>* out) const;
  struct LabelInfo {
    char kind = 'O';  // B I L U O
    EntityLabel label = EntityLabel::kMisc;
  };
  std::shared_ptr<const TaggerModels> models_;
  std::vector<LabelInfo> labels_;
  bool uses_pos_ = false;  // the model was trained with POS features
  bool uses_document_pass_ = false;  // ... and with the second pass (DocumentPass)
};

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_NER_TAGGER_H_
