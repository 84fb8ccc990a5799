#include "text/noun_lemma.h"

#include <gtest/gtest.h>

#include <string>

namespace hearsay::internal {
namespace {

struct Case {
  const char* word;
  const char* lemma;
};

class NounLemmaTest : public ::testing::TestWithParam<Case> {};

TEST_P(NounLemmaTest, Singular) { EXPECT_EQ(NounLemma(GetParam().word), GetParam().lemma) << GetParam().word; }

INSTANTIATE_TEST_SUITE_P(
    Plurals, NounLemmaTest,
    ::testing::Values(Case{"troops", "troop"}, Case{"Soldiers", "soldier"}, Case{"casualties", "casualty"},
                      Case{"churches", "church"}, Case{"boxes", "box"}, Case{"addresses", "address"},
                      Case{"servicemen", "serviceman"}, Case{"Gunmen", "gunman"}, Case{"congresswomen", "congresswoman"},
                      Case{"people", "person"}, Case{"persons", "person"}, Case{"children", "child"},
                      Case{"crises", "crisis"}, Case{"buses", "bus"}, Case{"bases", "base"},
                      Case{"lives", "life"}));

INSTANTIATE_TEST_SUITE_P(
    SingularsStay, NounLemmaTest,
    ::testing::Values(Case{"personnel", "personnel"}, Case{"police", "police"}, Case{"news", "news"},
                      Case{"specimen", "specimen"}, Case{"abdomen", "abdomen"}, Case{"crisis", "crisis"},
                      Case{"virus", "virus"}, Case{"glass", "glass"}, Case{"troop", "troop"}, Case{"gas", "gas"},
                      Case{"", ""}));

}  // namespace
}  // namespace hearsay::internal
