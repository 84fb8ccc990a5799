#include "input/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>
#include <string>

#include "text/utf8.h"

namespace hearsay::internal {
namespace {

constexpr size_t kPrescanBytes = 4096;
constexpr size_t kDetectBytes = 64 * 1024;

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The value after "charset" at `pos` in `s` (lower-cased ASCII), or "".
std::string ValueAfter(std::string_view s, size_t pos) {
  while (pos < s.size() && IsSpace(s[pos])) ++pos;
  if (pos >= s.size() || s[pos] != '=') return {};
  ++pos;
  while (pos < s.size() && IsSpace(s[pos])) ++pos;
  if (pos < s.size() && (s[pos] == '"' || s[pos] == '\'')) ++pos;
  size_t end = pos;
  while (end < s.size() && !IsSpace(s[end]) && s[end] != '"' && s[end] != '\'' && s[end] != ';' &&
         s[end] != '>' && s[end] != '/' && s[end] != ',')
    ++end;
  return std::string(s.substr(pos, end - pos));
}

// A charset declared by a <meta> tag or an XML declaration in the first bytes.
std::string DeclaredInMarkup(std::string_view bytes) {
  const std::string head = LowerAscii(bytes.substr(0, kPrescanBytes));
  if (head.rfind("<?xml", 0) == 0) {
    size_t end = head.find("?>");
    size_t enc = head.find("encoding", 0);
    if (enc != std::string::npos && (end == std::string::npos || enc < end)) {
      std::string v = ValueAfter(head, enc + 8);
      if (!v.empty()) return v;
    }
  }
  for (size_t pos = head.find("<meta"); pos != std::string::npos; pos = head.find("<meta", pos + 5)) {
    size_t end = head.find('>', pos);
    if (end == std::string::npos) end = head.size();
    std::string_view tag = std::string_view(head).substr(pos, end - pos);
    size_t cs = tag.find("charset");
    if (cs == std::string::npos) continue;
    std::string v = ValueAfter(tag, cs + 7);
    if (!v.empty()) return v;
  }
  return {};
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

}  // namespace

std::string Charset::Canonical(std::string_view label) {
  std::string l = LowerAscii(label);
  l.erase(std::remove_if(l.begin(), l.end(), [](char c) { return IsSpace(c); }), l.end());
  if (l.empty()) return {};
  // WHATWG Encoding: these labels all mean windows-1252 in a browser.
  if (l == "iso-8859-1" || l == "iso8859-1" || l == "latin1" || l == "l1" || l == "us-ascii" ||
      l == "ascii" || l == "cp1252" || l == "windows-1252" || l == "iso_8859-1" || l == "cp819" ||
      l == "ansi_x3.4-1968")
    return "windows-1252";
  if (l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8") return "UTF-8";
  if (l == "gb2312" || l == "gbk" || l == "x-gbk" || l == "chinese") return "GBK";
  // Any alias ICU knows is accepted; the name returned is the MIME or IANA one.
  UErrorCode err = U_ZERO_ERROR;
  const char* internal = ucnv_getCanonicalName(l.c_str(), "", &err);
  if (U_FAILURE(err) || internal == nullptr || *internal == '\0') {
    err = U_ZERO_ERROR;
    internal = ucnv_getAlias(l.c_str(), 0, &err);
    if (U_FAILURE(err) || internal == nullptr) return {};
  }
  for (const char* standard : {"MIME", "IANA"}) {
    err = U_ZERO_ERROR;
    const char* name = ucnv_getStandardName(internal, standard, &err);
    if (U_SUCCESS(err) && name != nullptr) return name;
  }
  return l;  // ICU knows it under this label
}

std::string Charset::FromContentType(std::string_view content_type) {
  std::string lower = LowerAscii(content_type);
  size_t cs = lower.find("charset");
  if (cs == std::string::npos) return {};
  return ValueAfter(lower, cs + 7);
}

std::string Charset::Detect(std::string_view bytes, std::string_view content_type) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") return "UTF-8";
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFF\xFE") return "UTF-16LE";
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFE\xFF") return "UTF-16BE";
  for (const std::string& label : {FromContentType(content_type), DeclaredInMarkup(bytes)}) {
    if (label.empty()) continue;
    // A page that reached us as ASCII-compatible bytes cannot be UTF-16.
    if (label.rfind("utf-16", 0) == 0 || label.rfind("utf-32", 0) == 0) return "UTF-8";
    std::string canonical = Canonical(label);
    if (!canonical.empty()) return canonical;
  }
  std::string_view sample = bytes.substr(0, kDetectBytes);
  size_t bad = 0;
  for (size_t i = 0; i < sample.size();) {
    if (static_cast<unsigned char>(sample[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t len = ValidSequenceLength(sample, i);
    if (len == 0) {
      if (i + 4 < sample.size()) ++bad;  // not a sequence cut by the sample's end
      len = 1;
    }
    i += len;
  }
  if (bad == 0) return "UTF-8";
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&err);
  std::string result = "windows-1252";
  if (U_SUCCESS(err)) {
    ucsdet_setText(det, sample.data(), static_cast<int32_t>(sample.size()), &err);
    const UCharsetMatch* match = U_SUCCESS(err) ? ucsdet_detect(det, &err) : nullptr;
    if (U_SUCCESS(err) && match != nullptr && ucsdet_getConfidence(match, &err) >= 30) {
      const char* name = ucsdet_getName(match, &err);
      if (U_SUCCESS(err) && name != nullptr) {
        std::string canonical = Canonical(name);
        if (!canonical.empty() && canonical.rfind("UTF-16", 0) != 0 && canonical.rfind("UTF-32", 0) != 0)
          result = canonical;
      }
    }
    ucsdet_close(det);
  }
  if (result == "UTF-8") result = "windows-1252";  // it was not valid UTF-8
  return result;
}

size_t Charset::RepairUtf8(std::string* s) {
  std::string_view v(*s);
  size_t i = 0;
  while (i < v.size()) {
    if (static_cast<unsigned char>(v[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t len = ValidSequenceLength(v, i);
    if (len == 0) break;
    i += len;
  }
  if (i == v.size()) return 0;
  std::string out(v.substr(0, i));
  out.reserve(v.size() + 16);
  size_t repaired = 0;
  while (i < v.size()) {
    unsigned char c = static_cast<unsigned char>(v[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    size_t len = ValidSequenceLength(v, i);
    if (len > 0) {
      out.append(v.substr(i, len));
      i += len;
      continue;
    }
    ++repaired;
    AppendUtf8(kReplacementChar, &out);
    ++i;
    while (i < v.size() && (static_cast<unsigned char>(v[i]) & 0xC0) == 0x80) ++i;
  }
  *s = std::move(out);
  return repaired;
}

std::string Charset::ToUtf8(std::string_view bytes, const std::string& charset) {
  std::string name = charset.empty() ? "UTF-8" : charset;
  if (name == "UTF-8") {
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    std::string out(bytes);
    RepairUtf8(&out);
    return out;
  }
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(name.c_str(), &err));
  if (U_FAILURE(err) || !conv) {
    err = U_ZERO_ERROR;
    conv.reset(ucnv_open("windows-1252", &err));
    if (U_FAILURE(err) || !conv) {
      std::string out(bytes);
      RepairUtf8(&out);
      return out;
    }
  }
  std::unique_ptr<UConverter, ConverterCloser> utf8(ucnv_open("UTF-8", &err));
  if (U_FAILURE(err) || !utf8) return {};
  // Bounded: a byte becomes at most 3 bytes of UTF-8 (BMP) or 4 per pair.
  std::string out(bytes.size() * 3 + 16, '\0');
  char* target = out.data();
  const char* source = bytes.data();
  ucnv_convertEx(utf8.get(), conv.get(), &target, out.data() + out.size(), &source, bytes.data() + bytes.size(),
                 nullptr, nullptr, nullptr, nullptr, true, true, &err);
  out.resize(U_SUCCESS(err) ? static_cast<size_t>(target - out.data()) : 0);
  if (out.size() >= 3 && out.compare(0, 3, "\xEF\xBB\xBF") == 0) out.erase(0, 3);
  RepairUtf8(&out);
  return out;
}

}  // namespace hearsay::internal
