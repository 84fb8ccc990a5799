#include "tagger/sentence_view.h"

namespace hearsay::internal {

std::vector<Sentence> SentenceLines(const Document& doc) {
  const auto& tokens = doc.tokens();
  std::vector<Sentence> lines;
  for (const Sentence& sentence : doc.sentences()) {
    Sentence line = sentence;
    for (uint32_t t = sentence.token_begin + 1; t < sentence.token_end; ++t) {
      if (!tokens[t].Has(kNewlineBefore)) continue;
      line.token_end = t;
      lines.push_back(line);
      line.token_begin = t;
    }
    line.token_end = sentence.token_end;
    lines.push_back(line);
  }
  return lines;
}

void SentenceView::Fill(const Document& doc, const Sentence& s) {
  const auto& tokens = doc.tokens();
  sentence_.words.clear();
  sentence_.gazetteer.clear();
  sentence_.history.clear();
  sentence_.pos.clear();
  sentence_.case_evidence.clear();
  sentence_.document.clear();
  sentence_.document_any_case.clear();
  buffer_.clear();
  copied_.clear();
  for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
    std::string_view text = doc.TokenText(tokens[t]);
    std::string_view word = NormalizeWord(text, &scratch_);
    if (word.data() != text.data()) {
      copied_.emplace_back(sentence_.words.size(), buffer_.size());
      buffer_.append(word);
    }
    sentence_.words.push_back(word);
  }
  // Views into buffer_ are made only now that it has stopped growing.
  for (size_t k = 0; k < copied_.size(); ++k) {
    const auto [index, offset] = copied_[k];
    const size_t end = k + 1 < copied_.size() ? copied_[k + 1].second : buffer_.size();
    sentence_.words[index] = std::string_view(buffer_).substr(offset, end - offset);
  }
  sentence_.all_caps = LooksAllCaps(sentence_.words);
}

}  // namespace hearsay::internal
