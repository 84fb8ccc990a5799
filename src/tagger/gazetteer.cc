#include "tagger/gazetteer.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include "hearsay/input.h"
#include "tagger/byte_io.h"
#include "tagger/features.h"
#include "text/char_class.h"
#include "text/utf8.h"
#include "text/tsv.h"

namespace hearsay::internal {
namespace {


// Short names written in capitals (US, U.S., DPRK) are codes: case matters.
bool IsCode(std::string_view name) {
  if (name.size() > 5) return false;
  int letters = 0;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (c != '.') {
      return false;
    }
  }
  return letters >= 2;
}

std::string Lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    CharInfo ci = ClassifyAt(s, i);
    if (ci.cp < 0x80) {
      char c = static_cast<char>(ci.cp);
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    } else if (ci.cls == CharClass::kSingleQuote) {
      out.push_back('\'');
    } else if (ci.cls == CharClass::kUpper) {
      AppendUtf8(ToLowerCp(ci.cp), &out);
    } else {
      out.append(s.substr(i, ci.len));
    }
    i += ci.len;
  }
  return out;
}

bool ParseDouble(std::string_view s, double* v) {
  std::string tmp(s);
  char* end = nullptr;
  *v = std::strtod(tmp.c_str(), &end);
  return !tmp.empty() && end == tmp.c_str() + tmp.size();
}

template <typename T>
bool ParseUint(std::string_view s, T* v) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

size_t CountWords(std::string_view s) { return static_cast<size_t>(std::count(s.begin(), s.end(), ' ')) + 1; }

}  // namespace

std::string Gazetteer::Key(std::string_view name) {
  if (IsCode(name)) return "=" + std::string(name);
  return Lower(name);
}

Result<Gazetteer> Gazetteer::Load(const std::string& path) {
  Result<std::string> bytes = ReadFileBytes(path, size_t{64} << 20);
  if (!bytes.ok()) return Status(bytes.status().code(), "gazetteer " + path + ": " + bytes.status().message());
  return Parse(*bytes, path);
}

Result<Gazetteer> Gazetteer::Parse(std::string_view tsv, const std::string& name) {
  Gazetteer g;
  size_t line_no = 0;
  auto add_name = [&](auto& map, std::string_view n, uint32_t index) {
    std::string key = Key(n);
    map.emplace(key, index);
    size_t words = CountWords(key);
    g.max_words_ = std::max(g.max_words_, words);
    if (words > 1) g.first_words_.insert(key.substr(0, key.find(' ')));
  };
  while (!tsv.empty()) {
    size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto bad = [&](const std::string& why) {
      return DataError("gazetteer " + name + ":" + std::to_string(line_no) + ": " + why);
    };
    std::vector<std::string_view> f = SplitFields(line, '\t');
    if (f[0] == "C") {
      if (f.size() != 8) return bad("a country row has 8 columns, this one " + std::to_string(f.size()));
      CountryRecord c;
      c.iso2 = f[1];
      c.name = f[2];
      c.capital = f[7];
      if (c.iso2.size() != 2 || !ParseDouble(f[3], &c.lat) || !ParseDouble(f[4], &c.lon)) {
        return bad("bad country code or coordinates");
      }
      const uint32_t index = static_cast<uint32_t>(g.countries_.size());
      g.codes_.emplace(c.iso2, index);
      add_name(g.country_names_, c.name, index);
      for (std::string_view n : SplitFields(f[5], '|'))
        if (!n.empty()) add_name(g.country_names_, n, index);
      for (std::string_view d : SplitFields(f[6], '|'))
        if (!d.empty()) add_name(g.demonyms_, d, index);
      g.countries_.push_back(std::move(c));
    } else if (f[0] == "P") {
      if (f.size() != 9) return bad("a place row has 9 columns, this one " + std::to_string(f.size()));
      PlaceRecord p;
      p.name = f[2];
      p.country = f[4];
      p.capital = f[8] == "PPLC";
      if (!ParseUint(f[1], &p.geonames_id) || !ParseDouble(f[5], &p.lat) || !ParseDouble(f[6], &p.lon) ||
          !ParseUint(f[7], &p.population)) {
        return bad("bad id, coordinates or population");
      }
      const uint32_t index = static_cast<uint32_t>(g.places_.size());
      std::vector<std::string_view> names = SplitFields(f[3], '|');
      names.insert(names.begin(), f[2]);
      for (std::string_view n : names) {
        if (n.empty()) continue;
        std::string key = Key(n);
        auto& list = g.place_names_[key];
        if (list.empty() || list.back() != index) list.push_back(index);
        size_t words = CountWords(key);
        g.max_words_ = std::max(g.max_words_, words);
        if (words > 1) g.first_words_.insert(key.substr(0, key.find(' ')));
      }
      g.places_.push_back(std::move(p));
    } else {
      return bad("a row starts with C (country) or P (place), not '" + std::string(f[0]) + "'");
    }
  }
  if (g.countries_.empty()) return DataError("gazetteer " + name + ": no countries");
  for (auto& [key, list] : g.place_names_) {
    std::stable_sort(list.begin(), list.end(),
                     [&](uint32_t a, uint32_t b) { return g.places_[a].population > g.places_[b].population; });
  }
  g.max_words_ = std::min<size_t>(g.max_words_, 6);
  for (const auto& [key, index] : g.country_names_) g.mark_kinds_[Fnv1a64(key)] |= 1;
  for (const auto& [key, list] : g.place_names_) g.mark_kinds_[Fnv1a64(key)] |= 2;
  for (const auto& [key, index] : g.demonyms_) {
    g.mark_kinds_[Fnv1a64(key)] |= 4;
    g.mark_kinds_[Fnv1a64(key + "s")] |= 4;  // plural: Ukrainians
  }
  for (const std::string& w : g.first_words_) g.first_word_hashes_.insert(Fnv1a64(w));
  return g;
}

const CountryRecord* Gazetteer::FindCountry(std::string_view name) const {
  if (IsCode(name)) {
    auto it = country_names_.find("=" + std::string(name));
    if (it != country_names_.end()) return &countries_[it->second];
  }
  auto it = country_names_.find(Lower(name));
  return it == country_names_.end() ? nullptr : &countries_[it->second];
}

const CountryRecord* Gazetteer::FindDemonym(std::string_view name) const {
  std::string key = Lower(name);
  auto it = demonyms_.find(key);
  if (it == demonyms_.end() && key.size() > 3 && key.back() == 's') {
    key.pop_back();
    it = demonyms_.find(key);
  }
  return it == demonyms_.end() ? nullptr : &countries_[it->second];
}

const CountryRecord* Gazetteer::CountryByCode(std::string_view iso2) const {
  auto it = codes_.find(std::string(iso2));
  return it == codes_.end() ? nullptr : &countries_[it->second];
}

std::vector<const PlaceRecord*> Gazetteer::FindPlaces(std::string_view name) const {
  std::vector<const PlaceRecord*> out;
  auto it = place_names_.find(Key(name));
  if (it == place_names_.end() && IsCode(name)) it = place_names_.find(Lower(name));
  if (it == place_names_.end()) return out;
  for (uint32_t i : it->second) out.push_back(&places_[i]);
  return out;
}

void Gazetteer::Mark(const std::vector<std::string_view>& words, std::vector<uint8_t>* bits) const {
  const size_t n = words.size();
  bits->assign(n, 0);
  // Hashes only, no strings: this runs on every sentence the NER tagger sees.
  auto lower_fnv = [](std::string_view w, uint64_t h) {
    for (size_t i = 0; i < w.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(w[i]);
      if (c >= 0x80) return Fnv1a64(Lower(w.substr(i)), h);
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
      h ^= c;
      h *= 0x100000001b3ull;
    }
    return h;
  };
  constexpr uint64_t kFnvBasis = 0xcbf29ce484222325ull;
  auto kinds = [&](uint64_t h) -> uint8_t {
    auto it = mark_kinds_.find(h);
    return it == mark_kinds_.end() ? 0 : it->second;
  };
  for (size_t i = 0; i < n; ++i) {
    std::string_view w = words[i];
    if (w.empty()) continue;
    const unsigned char c0 = static_cast<unsigned char>(w[0]);
    if (!((c0 >= 'A' && c0 <= 'Z') || c0 >= 0x80)) continue;  // names start with a capital
    const uint64_t lower = lower_fnv(w, kFnvBasis);
    const bool multi = first_word_hashes_.count(lower) > 0;
    uint64_t h = lower;
    for (size_t len = 1; len <= max_words_ && i + len <= n; ++len) {
      uint8_t k;
      if (len == 1) {
        k = kinds(lower);
        if (IsCode(w)) k |= kinds(Fnv1a64(w, Fnv1a64("=")));
      } else {
        if (!multi) break;
        h = lower_fnv(words[i + len - 1], Fnv1a64(" ", h));
        k = kinds(h);
      }
      if (k == 0) continue;
      auto mark = [&](uint8_t begin, uint8_t inside) {
        (*bits)[i] |= begin;
        for (size_t j = i + 1; j < i + len; ++j) (*bits)[j] |= inside;
      };
      if (k & 1) mark(kGazCountryBegin, kGazCountryInside);
      if (k & 2) mark(kGazCityBegin, kGazCityInside);
      if (k & 4) mark(kGazDemonym, kGazDemonym);
    }
  }
}

size_t Gazetteer::MemoryBytes() const {
  size_t bytes = countries_.size() * sizeof(CountryRecord) + places_.size() * sizeof(PlaceRecord);
  for (const auto& p : places_) bytes += p.name.capacity() > 15 ? p.name.capacity() : 0;
  bytes += (country_names_.size() + demonyms_.size() + codes_.size()) * 64;
  bytes += place_names_.size() * 96 + first_words_.size() * 48;
  return bytes;
}

}  // namespace hearsay::internal
