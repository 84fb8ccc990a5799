// A small gazetteer written for the tagger tests (not the real one).
#ifndef HEARSAY_TESTS_TAGGER_TEST_GAZETTEER_H_
#define HEARSAY_TESTS_TAGGER_TEST_GAZETTEER_H_

#include <string_view>

namespace hearsay::internal {

inline constexpr std::string_view kTestGazetteer =
    "# test gazetteer\n"
    "C\tUA\tUkraine\t49.0\t32.0\tUkraine|Ukrayina\tUkrainian\tKyiv\n"
    "C\tUS\tUnited States\t38.0\t-97.0\tUnited States|United States of America|US|USA|U.S.\tAmerican\tWashington D.C.\n"
    "C\tKP\tNorth Korea\t40.0\t127.0\tNorth Korea|Democratic People's Republic of Korea|DPRK\tNorth Korean\tPyongyang\n"
    "C\tFR\tFrance\t46.0\t2.0\tFrance|French Republic\tFrench\tParis\n"
    "C\tGB\tUnited Kingdom\t54.0\t-2.0\tUnited Kingdom|UK|Britain\tBritish\tLondon\n"
    "P\t703448\tKyiv\tKiev\tUA\t50.45466\t30.52380\t2797553\tPPLC\n"
    "P\t2988507\tParis\t\tFR\t48.85341\t2.34880\t2138551\tPPLC\n"
    "P\t4717560\tParis\t\tUS\t33.66094\t-95.55551\t24782\tPPL\n"
    "P\t4140963\tWashington, D.C.\tWashington\tUS\t38.89511\t-77.03637\t601723\tPPLC\n"
    "P\t2634715\tWashington\t\tGB\t54.9\t-1.51667\t53526\tPPL\n"
    "P\t2643743\tLondon\t\tGB\t51.50853\t-0.12574\t7556900\tPPLC\n"
    "P\t6058560\tLondon\t\tCA\t42.98339\t-81.23304\t346765\tPPL\n"
    "P\t709717\tDnipro\tDnipropetrovsk\tUA\t48.4593\t35.03865\t1032822\tPPLA\n"
    "P\t2646\tNew York City\tNew York\tUS\t40.71427\t-74.00597\t8804190\tPPL\n";

}  // namespace hearsay::internal

#endif  // HEARSAY_TESTS_TAGGER_TEST_GAZETTEER_H_
