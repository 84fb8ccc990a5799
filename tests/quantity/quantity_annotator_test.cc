// The quantity annotator on the written test set (quantity_cases.h), on the
// contract example, and with attributions and entities supplied by hand (the
// attribution and tagging annotators run before this one in the pipeline).
#include "quantity/quantity_annotator.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include "hearsay/output.h"
#include "quantity_cases.h"
#include "quantity_heldout_cases.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace hearsay {
namespace {

using testing::kQuantityCases;
using testing::QuantityCase;

Document Annotated(std::string text, const char* published = "2024-11-05",
                   std::vector<Attribution> attributions = {}, std::vector<Entity> entities = {}) {
  DocumentInfo info;
  info.id = "test";
  if (published != nullptr) info.published = published;
  Document doc = std::move(DecodeText(text, info)).value();
  Tokenizer().Annotate(doc);
  SentenceSplitter().Annotate(doc);
  doc.mutable_attributions() = std::move(attributions);
  doc.mutable_entities() = std::move(entities);
  QuantityAnnotator().Annotate(doc);
  return doc;
}

Span Find(const Document& doc, std::string_view needle, size_t from = 0) {
  size_t at = doc.text().find(needle, from);
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

std::string Show(const std::optional<std::string>& s) { return s ? "\"" + *s + "\"" : "null"; }
std::string Show(const std::optional<double>& d) {
  if (!d) return "null";
  std::ostringstream o;
  o << *d;
  return o.str();
}

// Compares an optional field with the case's expectation ("null" = absent). Returns "" or a complaint.
std::string CheckString(const char* field, const char* want, const std::optional<std::string>& got) {
  if (want == nullptr) return "";
  if (std::string(want) == "null" ? !got.has_value() : (got && *got == want)) return "";
  return std::string(field) + " " + Show(got) + " (want " + want + ") ";
}

std::string CheckNumber(const char* field, const char* want, const std::optional<double>& got) {
  if (want == nullptr) return "";
  if (std::string(want) == "null") return got ? std::string(field) + " " + Show(got) + " (want null) " : "";
  double w = std::atof(want);
  if (got && std::fabs(*got - w) <= 1e-9 * std::max(1.0, std::fabs(w))) return "";
  return std::string(field) + " " + Show(got) + " (want " + want + ") ";
}

// Returns "" when the case holds, else what went wrong.
std::string Check(const QuantityCase& c) {
  Document doc = Annotated(c.text);
  std::string listing;
  const Quantity* match = nullptr;
  for (const Quantity& q : doc.quantities()) {
    std::string_view t = doc.Text(q.span);
    listing += "[" + std::string(t) + "] ";
    if (c.none ? t.find(c.figure) != std::string_view::npos : t == c.figure) match = &q;
  }
  if (c.none) return match ? "found a quantity " + listing : "";
  if (match == nullptr) return "no quantity \"" + std::string(c.figure) + "\"; found " + listing;
  const Quantity& q = *match;
  std::string err;
  if (std::fabs(q.value - c.value) > 1e-9 * std::max(1.0, std::fabs(c.value))) {
    err += "value " + Show(std::optional<double>(q.value)) + " ";
  }
  if (q.qualifier != c.qualifier) {
    err += std::string("qualifier ") + ToString(q.qualifier) + " (want " + ToString(c.qualifier) + ") ";
  }
  err += CheckNumber("low", c.low, q.low);
  err += CheckNumber("high", c.high, q.high);
  err += CheckString("counts", c.counts, q.counts);
  err += CheckString("unit", c.unit, q.unit);
  err += CheckString("where", c.where, q.where);
  err += CheckString("date", c.date, q.date);
  err += CheckString("event", c.event, q.event);
  return err;
}

TEST(QuantityAnnotatorTest, WrittenTestSetPerKind) {
  struct Tally {
    int passed = 0;
    int total = 0;
  };
  std::map<std::string, Tally> per_kind;
  std::vector<std::string> kinds;  // in table order
  int passed = 0, total = 0;
  for (const QuantityCase& c : kQuantityCases) {
    std::string err = Check(c);
    if (!per_kind.count(c.kind)) kinds.push_back(c.kind);
    Tally& t = per_kind[c.kind];
    ++t.total;
    ++total;
    if (err.empty()) {
      ++t.passed;
      ++passed;
    }
    EXPECT_EQ(err, "") << "[" << c.kind << "] " << c.text;
  }
  std::cout << "quantity test set (tests/quantity/quantity_cases.h):\n";
  for (const std::string& k : kinds) {
    std::cout << "  " << k << std::string(12 - std::min<size_t>(k.size(), 11), ' ') << per_kind[k].passed << "/"
              << per_kind[k].total << "\n";
  }
  std::cout << "  all         " << passed << "/" << total << "\n";
  EXPECT_GE(total, 200);
}

// The held-out set measures, it does not steer: a miss is printed, not
// failed, unless the share right falls below the floor.
TEST(QuantityAnnotatorTest, HeldOutSetFigure) {
  int passed = 0, total = 0;
  for (const QuantityCase& c : testing::kHeldOutCases) {
    std::string err = Check(c);
    ++total;
    if (err.empty()) {
      ++passed;
    } else {
      std::cout << "  held-out miss: " << c.text << " -- " << err << "\n";
    }
  }
  std::cout << "held-out set (tests/quantity/quantity_heldout_cases.h): " << passed << "/" << total << "\n";
  EXPECT_GE(passed * 10, total * 7);
}

TEST(QuantityAnnotatorTest, ContractExampleGivesItsFourQuantities) {
  const char* text =
      "Officials say 3,000 evacuated after dam breach near Lviv\n\nMore than 3,000 people were evacuated on "
      "Monday after a dam burst near Lviv, regional officials said.\n\n\xE2\x80\x9CWe expect the water to recede "
      "by Wednesday,\xE2\x80\x9D said Olena Kovalchuk, a spokesperson for the regional administration. She added "
      "that about 40 homes had been destroyed.\n\nAccording to the emergency service, as many as 12 people are "
      "missing.\n";
  Document probe = Annotated(text);
  std::vector<Attribution> attributions(5);
  attributions[0].content = Find(probe, "3,000 evacuated after dam breach near Lviv");
  attributions[0].source.name = "officials";
  attributions[1].content = Find(probe, "More than 3,000 people were evacuated on Monday after a dam burst near Lviv");
  attributions[1].source.name = "regional officials";
  attributions[2].content = Find(probe, "We expect the water to recede by Wednesday");
  attributions[2].source.name = "Olena Kovalchuk";
  attributions[3].content = Find(probe, "about 40 homes had been destroyed");
  attributions[3].source.name = "Olena Kovalchuk";
  attributions[4].content = Find(probe, "as many as 12 people are missing");
  attributions[4].source.name = "the emergency service";
  Document doc = Annotated(text, "2024-11-05", attributions);
  ASSERT_EQ(doc.quantities().size(), 4u);
  const auto& q = doc.quantities();
  EXPECT_EQ(doc.Text(q[0].span), "3,000");
  EXPECT_EQ(q[0].qualifier, Qualifier::kExact);
  EXPECT_EQ(q[0].low, 3000);
  EXPECT_EQ(q[0].high, 3000);
  EXPECT_EQ(q[0].counts, "people");
  EXPECT_EQ(q[0].event, "evacuated");
  EXPECT_EQ(q[0].where, "Lviv");
  EXPECT_EQ(q[0].date, std::nullopt);
  EXPECT_EQ(q[0].attribution, 0u);
  EXPECT_EQ(q[0].source, "officials");
  EXPECT_EQ(doc.Text(q[1].span), "More than 3,000");
  EXPECT_EQ(q[1].qualifier, Qualifier::kOver);
  EXPECT_EQ(q[1].low, 3000);
  EXPECT_EQ(q[1].high, std::nullopt);
  EXPECT_EQ(q[1].date, "2024-11-04");
  EXPECT_EQ(q[1].attribution, 1u);
  EXPECT_EQ(q[1].source, "regional officials");
  EXPECT_EQ(doc.Text(q[2].span), "about 40");
  EXPECT_EQ(q[2].qualifier, Qualifier::kApprox);
  EXPECT_EQ(q[2].low, std::nullopt);
  EXPECT_EQ(q[2].counts, "homes");
  EXPECT_EQ(q[2].event, "destroyed");
  EXPECT_EQ(q[2].where, "Lviv");
  EXPECT_EQ(q[2].attribution, 3u);
  EXPECT_EQ(q[2].source, "Olena Kovalchuk");
  EXPECT_EQ(doc.Text(q[3].span), "as many as 12");
  EXPECT_EQ(q[3].qualifier, Qualifier::kAtMost);
  EXPECT_EQ(q[3].high, 12);
  EXPECT_EQ(q[3].counts, "people");
  EXPECT_EQ(q[3].event, "missing");
  EXPECT_EQ(q[3].where, "Lviv");
  EXPECT_EQ(q[3].attribution, 4u);
  EXPECT_EQ(q[3].source, "the emergency service");
}

TEST(QuantityAnnotatorTest, TakesTheNarrowestAttributionThatHoldsTheFigure) {
  const char* text = "The agency said the minister claimed that 40 soldiers died.";
  Document probe = Annotated(text);
  std::vector<Attribution> attributions(2);
  attributions[0].content = Find(probe, "the minister claimed that 40 soldiers died");
  attributions[0].source.name = "the agency";
  attributions[1].content = Find(probe, "40 soldiers died");
  attributions[1].source.name = "the minister";
  Document doc = Annotated(text, "2024-11-05", attributions);
  ASSERT_EQ(doc.quantities().size(), 1u);
  EXPECT_EQ(doc.quantities()[0].attribution, 1u);
  EXPECT_EQ(doc.quantities()[0].source, "the minister");
}

TEST(QuantityAnnotatorTest, FigureOutsideAnyAttributionHasNoSource) {
  Document doc = Annotated("The army has 40 tanks.");
  ASSERT_EQ(doc.quantities().size(), 1u);
  EXPECT_EQ(doc.quantities()[0].attribution, std::nullopt);
  EXPECT_EQ(doc.quantities()[0].source, std::nullopt);
}

TEST(QuantityAnnotatorTest, UsesLocationEntitiesWhenTheTaggerRan) {
  const char* text = "Some 300 soldiers arrived in Zaporizhzhia Oblast.";
  Document probe = Annotated(text);
  Entity e;
  e.span = Find(probe, "Zaporizhzhia Oblast");
  e.label = EntityLabel::kLocation;
  e.entity = "Zaporizhzhia Oblast";
  Document doc = Annotated(text, "2024-11-05", {}, {e});
  ASSERT_EQ(doc.quantities().size(), 1u);
  EXPECT_EQ(doc.quantities()[0].where, "Zaporizhzhia Oblast");
}

TEST(QuantityAnnotatorTest, PersonEntityIsNotAPlace) {
  const char* text = "He sent 30 letters to Biden.";
  Document probe = Annotated(text);
  Entity e;
  e.span = Find(probe, "Biden");
  e.label = EntityLabel::kPerson;
  e.entity = "Joe Biden";
  Document doc = Annotated(text, "2024-11-05", {}, {e});
  ASSERT_EQ(doc.quantities().size(), 1u);
  EXPECT_EQ(doc.quantities()[0].where, std::nullopt);
}

TEST(QuantityAnnotatorTest, RelativeDatesNeedAPublishedDate) {
  Document doc = Annotated("On Monday 40 people were hurt.", nullptr);
  ASSERT_EQ(doc.quantities().size(), 1u);
  EXPECT_EQ(doc.quantities()[0].date, std::nullopt);
}

TEST(QuantityAnnotatorTest, PlaceCarriesOverFromTheFigureBefore) {
  Document doc = Annotated("More than 3,000 people were evacuated near Lviv. She said about 40 homes were lost.");
  ASSERT_EQ(doc.quantities().size(), 2u);
  EXPECT_EQ(doc.quantities()[1].where, "Lviv");
}

TEST(QuantityAnnotatorTest, SameValueFigureLendsWhatItCounts) {
  Document doc = Annotated(
      "Officials said 10,000 North Korean troops are in Kursk. \"We assess that as many as 10,000 have made their "
      "way there,\" he said.");
  ASSERT_EQ(doc.quantities().size(), 2u);
  EXPECT_EQ(doc.quantities()[1].counts, "North Korean troops");
}

TEST(QuantityAnnotatorTest, OddTextNeverFails) {
  const char* texts[] = {"", "1", "$", "between", "between 5 and", "from 3 to", "tens of", "hundreds",
                         "a", "one", "-5", "5-", "--- 1,000 --- ---", "\xE2\x82\xA9", "9/", "12:00:00",
                         "1 2 3 4 5 6 7 8 9 10", "555-", "(555)", "+", "half a", "two-", "-two",
                         "99999999999999999999999999999999999999 people", "0.0000001%", "1e308 troops"};
  for (const char* t : texts) {
    Document doc = Annotated(t);
    for (const Quantity& q : doc.quantities()) {
      EXPECT_LE(q.span.end, doc.text().size()) << t;
      EXPECT_LT(q.span.begin, q.span.end) << t;
      EXPECT_TRUE(std::isfinite(q.value)) << t;
    }
  }
}

// Invariants every output must keep: spans inside the text and in order,
// finite values, intervals that match their qualifier.
void ExpectWellFormed(const Document& doc, const std::string& what) {
  uint32_t last_end = 0;
  for (const Quantity& q : doc.quantities()) {
    ASSERT_LE(q.span.end, doc.text().size()) << what;
    ASSERT_LT(q.span.begin, q.span.end) << what;
    EXPECT_LE(last_end, q.span.begin) << what << ": " << doc.Text(q.span);
    last_end = q.span.end;
    EXPECT_TRUE(std::isfinite(q.value)) << what;
    switch (q.qualifier) {
      case Qualifier::kExact:
        EXPECT_TRUE(q.low && q.high && *q.low == q.value && *q.high == q.value) << what << ": " << doc.Text(q.span);
        break;
      case Qualifier::kApprox:
        EXPECT_TRUE(!q.low && !q.high) << what;
        break;
      case Qualifier::kOver:
      case Qualifier::kAtLeast:
        EXPECT_TRUE(q.low && !q.high) << what;
        break;
      case Qualifier::kUnder:
      case Qualifier::kAtMost:
        EXPECT_TRUE(!q.low && q.high) << what;
        break;
      case Qualifier::kRange:
        EXPECT_TRUE(q.low && q.high && *q.low < *q.high) << what << ": " << doc.Text(q.span);
        break;
    }
    if (q.date) {
      EXPECT_EQ(q.date->size(), 10u) << what;
    }
  }
}

TEST(QuantityAnnotatorTest, RandomFigureSoupKeepsTheInvariants) {
  const char* words[] = {"10,000", "1.2", "million", "bn", "$", "€", "%", "percent", "about", "more", "than",
                         "between", "and", "from", "to", "-", "–", "or", "more", "hundreds", "of", "tens",
                         "thousands", "a", "dozen", "half", "third", "two", "twenty-five", "first", "21st",
                         "2024", "Oct.", "31", "on", "Monday", "in", "Russia", "the", "troops", "people",
                         "were", "killed", "(", ")", "555", "1234", "9/11", "10:30", "as", "many", "up",
                         "at", "least", "some", "nearly", "one", "No.", "5", ",", ".", "\n", "km", "won"};
  uint64_t state = 42;
  auto next = [&state]() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<uint32_t>(state >> 33);
  };
  for (int round = 0; round < 300; ++round) {
    std::string text;
    int n = 1 + static_cast<int>(next() % 40);
    for (int k = 0; k < n; ++k) {
      text += words[next() % (sizeof(words) / sizeof(words[0]))];
      text += next() % 5 == 0 ? "" : " ";
    }
    Document doc = Annotated(text);
    ExpectWellFormed(doc, text);
  }
}

TEST(QuantityAnnotatorTest, RealNewsKeepsTheInvariants) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(HEARSAY_SOURCE_DIR) / ".." / "shared" / "data" / "polnear" / "dev" / "text";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "no ../shared/data/polnear";
  size_t docs = 0, quantities = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::ifstream f(e.path(), std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(f)), {});
    Document doc = Annotated(text, "2016-10-01");
    ExpectWellFormed(doc, e.path().filename().string());
    ++docs;
    quantities += doc.quantities().size();
  }
  std::cout << "polnear dev: " << quantities << " quantities in " << docs << " documents\n";
  EXPECT_GT(quantities, docs);
}

TEST(QuantityAnnotatorTest, QuantitiesAreInTextOrderAndDoNotOverlap) {
  Document doc = Annotated(
      "Between 10,000 and 12,000 troops, including 500 officers and three generals, moved 40 km in two days, "
      "costing $1.2bn or 3.5% of the budget. Hundreds of people and tens of thousands of refugees fled.");
  ASSERT_GE(doc.quantities().size(), 8u);
  for (size_t i = 1; i < doc.quantities().size(); ++i) {
    EXPECT_LE(doc.quantities()[i - 1].span.end, doc.quantities()[i].span.begin);
  }
}

}  // namespace
}  // namespace hearsay
