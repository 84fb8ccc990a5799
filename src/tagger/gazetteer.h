// Gazetteer: countries and populated places that location names are linked to.
//
// Loaded from models/gazetteer.tsv (built by scripts/build_gazetteer.py from
// ../shared/data/gazetteer and world-countries' coordinates; licences in
// models/NOTICE): 250 countries with their names, codes, demonyms, capital and
// centre, and 24,323 places of 15,000 people or more (GeoNames) with country,
// coordinates and population.
//
// Places are also found by their aliases (ASCII spelling, the name before a
// comma: "Washington, D.C." is also "Washington"). Names match case-insensitively, except short all-capital names (US, UK,
// DPRK), which match only as written so that "us" is never the United States.
// Typographic apostrophes match straight ones.
//
//   Result<Gazetteer> g = Gazetteer::Load("models/gazetteer.tsv");
//   const CountryRecord* c = g->FindCountry("U.S.");          // US
//   const CountryRecord* d = g->FindDemonym("North Korean");  // KP
//   for (const PlaceRecord* p : g->FindPlaces("Paris")) ...   // most populous first
//
// Immutable after loading; every method is thread-safe.
#ifndef HEARSAY_TAGGER_GAZETTEER_H_
#define HEARSAY_TAGGER_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "hearsay/status.h"

namespace hearsay::internal {

struct CountryRecord {
  std::string iso2;     // ISO 3166-1 alpha-2
  std::string name;     // common English name: "United States"
  double lat = 0, lon = 0;
  std::string capital;  // first capital, may be empty
};

struct PlaceRecord {
  uint32_t geonames_id = 0;
  std::string name;
  std::string country;  // ISO alpha-2
  double lat = 0, lon = 0;
  uint32_t population = 0;
  bool capital = false;  // GeoNames PPLC: a country's capital
};

class Gazetteer {
 public:
  // Reads the TSV at `path`: NotFound, IoError, or a DataError naming the line.
  static Result<Gazetteer> Load(const std::string& path);
  // Parses gazetteer TSV text (tests write small ones); `name` is for messages.
  static Result<Gazetteer> Parse(std::string_view tsv, const std::string& name);

  // The country called `name` (any of its names or kept codes), or nullptr.
  const CountryRecord* FindCountry(std::string_view name) const;
  // The country whose people are `name` ("Ukrainian", "Ukrainians", "North Korean"), or nullptr.
  const CountryRecord* FindDemonym(std::string_view name) const;
  // The country with ISO code `iso2`, or nullptr.
  const CountryRecord* CountryByCode(std::string_view iso2) const;
  // Places called `name`, most populous first (empty if none).
  std::vector<const PlaceRecord*> FindPlaces(std::string_view name) const;

  // Sets the GazetteerBit (features.h) of each word of a sentence that is part
  // of a country, place or demonym name: the NER tagger's gazetteer feature.
  void Mark(const std::vector<std::string_view>& words, std::vector<uint8_t>* bits) const;

  size_t num_countries() const { return countries_.size(); }
  size_t num_places() const { return places_.size(); }
  // Approximate bytes held in memory.
  size_t MemoryBytes() const;

 private:
  static std::string Key(std::string_view name);
  // Index in countries_/places_ per key; places sorted by population.
  std::vector<CountryRecord> countries_;
  std::vector<PlaceRecord> places_;
  std::unordered_map<std::string, uint32_t> country_names_;
  std::unordered_map<std::string, uint32_t> demonyms_;
  std::unordered_map<std::string, std::vector<uint32_t>> place_names_;
  std::unordered_map<std::string, uint32_t> codes_;
  // Keys of the first word of every multi-word name, to skip work in Mark.
  std::unordered_set<std::string> first_words_;
  size_t max_words_ = 1;
  // For Mark, which runs on every sentence: FNV-1a hashes of every key, with
  // bits 1 country, 2 place, 4 demonym; and of every first word of a longer key.
  std::unordered_map<uint64_t, uint8_t> mark_kinds_;
  std::unordered_set<uint64_t> first_word_hashes_;
};

}  // namespace hearsay::internal

#endif  // HEARSAY_TAGGER_GAZETTEER_H_
