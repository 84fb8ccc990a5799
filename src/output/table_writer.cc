// The table view: what a person reads in a terminal. Columns are aligned by
// code points (good enough for the Latin, Cyrillic and CJK-free text of most
// news); colour only when asked.
#include <algorithm>
#include <string>
#include <vector>

#include "hearsay/output.h"
#include "text/utf8.h"

namespace hearsay {
namespace {

struct Style {
  bool color;
  std::string Paint(std::string_view code, std::string_view s) const {
    if (!color) return std::string(s);
    return "\x1b[" + std::string(code) + "m" + std::string(s) + "\x1b[0m";
  }
  std::string Bold(std::string_view s) const { return Paint("1", s); }
  std::string Dim(std::string_view s) const { return Paint("2", s); }
  std::string Source(std::string_view s) const { return Paint("1;36", s); }
  std::string Cue(std::string_view s) const { return Paint("33", s); }
  std::string Figure(std::string_view s) const { return Paint("1;35", s); }
};

// Collapses line breaks and runs of spaces so each record stays on one line.
std::string OneLine(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

size_t Width(std::string_view s) { return internal::CountCodePoints(s); }

std::string Pad(std::string s, size_t width) {
  size_t w = Width(s);
  if (w < width) s.append(width - w, ' ');
  return s;
}

std::string FormatNumber(double v) {
  char buf[32];
  if (v == static_cast<double>(static_cast<long long>(v))) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  } else {
    std::snprintf(buf, sizeof buf, "%g", v);
  }
  return buf;
}

std::string Interval(const Quantity& q) {
  std::string lo = q.low ? FormatNumber(*q.low) : "";
  std::string hi = q.high ? FormatNumber(*q.high) : "";
  if (q.low && q.high && *q.low == *q.high) return "= " + lo;
  if (!q.low && !q.high) return "~ " + FormatNumber(q.value);
  return "[" + (lo.empty() ? std::string("…") : lo) + ", " + (hi.empty() ? std::string("…") : hi) + "]";
}

}  // namespace

void AppendTable(const Document& doc, const TableOptions& options, std::string* out) {
  Style st{options.color};
  const DocumentInfo& info = doc.info();
  out->append(st.Bold(info.id.empty() ? "(document)" : info.id));
  if (info.title) out->append("  " + OneLine(*info.title));
  if (info.published) out->append("  " + st.Dim(*info.published));
  out->append("\n");
  out->append("  " + std::to_string(doc.paragraphs().size()) + " paragraphs, " +
              std::to_string(doc.sentences().size()) + " sentences, " + std::to_string(doc.tokens().size()) +
              " tokens, " + std::to_string(doc.entities().size()) + " entities\n");

  out->append(st.Bold("Attributions (" + std::to_string(doc.attributions().size()) + ")") + "\n");
  if (doc.attributions().empty()) out->append("  none\n");
  std::vector<std::string> who;
  size_t who_width = 0;
  for (const Attribution& a : doc.attributions()) {
    std::string w = a.source.name.empty() ? "(unknown)" : a.source.name;
    std::vector<std::string> extra;
    if (a.source.role) extra.push_back(*a.source.role);
    if (a.source.affiliation) extra.push_back(*a.source.affiliation);
    if (!extra.empty()) {
      w += " (" + extra[0];
      if (extra.size() > 1) w += ", " + extra[1];
      w += ")";
    }
    who_width = std::max(who_width, std::min<size_t>(Width(w), 48));
    who.push_back(std::move(w));
  }
  for (size_t i = 0; i < doc.attributions().size(); ++i) {
    const Attribution& a = doc.attributions()[i];
    std::string cue = a.cue ? OneLine(doc.Text(*a.cue)) : std::string("—");
    out->append("  " + st.Source(Pad(who[i], who_width)) + " — " + st.Cue(cue) + " — «" +
                OneLine(doc.Text(a.content)) + "»" + st.Dim(std::string(" [") + ToString(a.kind) + "]") + "\n");
  }

  out->append(st.Bold("Quantities (" + std::to_string(doc.quantities().size()) + ")") + "\n");
  if (doc.quantities().empty()) out->append("  none\n");
  std::vector<std::vector<std::string>> rows;
  for (const Quantity& q : doc.quantities()) {
    rows.push_back({OneLine(doc.Text(q.span)), ToString(q.qualifier), Interval(q), q.counts.value_or("—"),
                    q.where.value_or("—"), q.date.value_or("—"), q.source ? "← " + *q.source : "← (publisher)"});
  }
  std::vector<size_t> widths(7, 0);
  for (const auto& r : rows) {
    for (size_t c = 0; c < r.size(); ++c) widths[c] = std::max(widths[c], Width(r[c]));
  }
  for (const auto& r : rows) {
    std::string line = "  ";
    for (size_t c = 0; c < r.size(); ++c) {
      std::string cell = c + 1 < r.size() ? Pad(r[c], widths[c]) : r[c];
      line += c == 0 ? st.Figure(cell) : cell;
      if (c + 1 < r.size()) line += "  ";
    }
    out->append(line + "\n");
  }
  if (!doc.warnings().empty()) {
    out->append(st.Bold("Warnings (" + std::to_string(doc.warnings().size()) + ")") + "\n");
    for (const Warning& w : doc.warnings()) out->append("  " + w.message + "\n");
  }
}

}  // namespace hearsay
