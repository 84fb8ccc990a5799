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

namespace {

bool AllDigits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (c < '0' || c > '9') return false;
  return true;
}

bool AllLetters(std::string_view w) {
  if (w.empty() || w.size() > 3) return false;
  for (char c : w)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

// How many tokens from t on make one word of the NER corpus (1: the token
// alone). The corpus (Reuters, CoNLL-2003) writes results' scores "6-2",
// list numbers "3.", averages ".496" and currencies "C$" as one token; the
// NER model learned the names around them next to those words.
uint32_t JoinedTokens(const Document& doc, const Sentence& s, uint32_t t) {
  const auto& tokens = doc.tokens();
  auto text = [&](uint32_t k) { return doc.TokenText(tokens[k]); };
  auto touching = [&](uint32_t k) { return tokens[k].span.begin == tokens[k - 1].span.end; };
  const uint32_t end = s.token_end;
  if (AllDigits(text(t))) {
    // digits (-digits)+: a score 6-2, bowling figures 7-0-29-0
    uint32_t k = t + 1;
    while (k + 1 < end && touching(k) && touching(k + 1) && text(k) == "-" && AllDigits(text(k + 1))) k += 2;
    if (k > t + 1 && (k >= end || !touching(k))) return k - t;
    if (t == s.token_begin && t + 1 < end && touching(t + 1) && text(t + 1) == "." &&
        (t + 2 >= end || !touching(t + 2))) {
      return 2;
    }
  }
  if (text(t) == "." && t + 1 < end && touching(t + 1) && AllDigits(text(t + 1)) && (t == 0 || !touching(t)))
    return 2;
  if (AllLetters(text(t)) && t + 1 < end && touching(t + 1) && text(t + 1) == "$") return 2;
  return 1;
}

}  // namespace

void SentenceView::Fill(const Document& doc, const Sentence& s, bool join_numbers) {
  const auto& tokens = doc.tokens();
  sentence_.words.clear();
  sentence_.gazetteer.clear();
  sentence_.history.clear();
  sentence_.pos.clear();
  sentence_.case_evidence.clear();
  sentence_.document.clear();
  sentence_.document_any_case.clear();
  sentence_.first_pass.clear();
  sentence_.headline = false;
  buffer_.clear();
  copied_.clear();
  first_token_.clear();
  for (uint32_t t = s.token_begin; t < s.token_end;) {
    first_token_.push_back(t - s.token_begin);
    const uint32_t joined = join_numbers ? JoinedTokens(doc, s, t) : 1;
    if (joined > 1) {  // ASCII, and contiguous in the text
      sentence_.words.push_back(doc.Text({tokens[t].span.begin, tokens[t + joined - 1].span.end}));
      t += joined;
      continue;
    }
    std::string_view text = doc.TokenText(tokens[t]);
    ++t;
    std::string_view word = NormalizeWord(text, &scratch_);
    if (word.data() != text.data()) {
      copied_.emplace_back(sentence_.words.size(), buffer_.size());
      buffer_.append(word);
    }
    sentence_.words.push_back(word);
  }
  first_token_.push_back(s.token_end - s.token_begin);
  // Views into buffer_ are made only now that it has stopped growing.
  for (size_t k = 0; k < copied_.size(); ++k) {
    const auto [index, offset] = copied_[k];
    const size_t end = k + 1 < copied_.size() ? copied_[k + 1].second : buffer_.size();
    sentence_.words[index] = std::string_view(buffer_).substr(offset, end - offset);
  }
  sentence_.all_caps = LooksAllCaps(sentence_.words);
}

}  // namespace hearsay::internal
