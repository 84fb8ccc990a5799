// Readers for the annotated corpora the taggers learn from: CoNLL-U (UD
// English EWT: words and UPOS) and CoNLL-2003 (words and IOB2 NER tags).
//
//   Result<std::vector<LabeledSentence>> train = ReadConllu("en_ewt-ud-train.conllu");
//
// Multiword-token lines (1-2) and empty nodes (1.1) of CoNLL-U are skipped:
// the taggers see syntactic words, as hearsay's tokenizer splits clitics.
#ifndef HEARSAY_TAGGER_CORPUS_READER_H_
#define HEARSAY_TAGGER_CORPUS_READER_H_

#include <string>
#include <vector>

#include "hearsay/status.h"

namespace hearsay::internal {

struct LabeledSentence {
  std::vector<std::string> words;
  std::vector<std::string> tags;
  size_t document = 0;  // index of the document the sentence belongs to
};

// Words and UPOS (column 4) of a CoNLL-U file.
Result<std::vector<LabeledSentence>> ReadConllu(const std::string& path);
// Words and NER tags (last column) of a CoNLL-2003 file; -DOCSTART- lines
// start a new document.
Result<std::vector<LabeledSentence>> ReadConll2003(const std::string& path);

// IOB2 (B-X I-X O) to BILOU (B-X I-X L-X U-X O), and back to spans.
std::vector<std::string> IobToBilou(const std::vector<std::string>& iob);

struct TagSpan {
  size_t begin = 0, end = 0;  // word indices, half-open
  std::string type;
  friend bool operator==(const TagSpan&, const TagSpan&) = default;
};
// Entity spans of a BILOU or IOB2 sequence.
std::vector<TagSpan> SpansOf(const std::vector<std::string>& tags);

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_CORPUS_READER_H_
