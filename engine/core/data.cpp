// TSV row splitting for embedded tables. Covered by tests/core/data_test.cpp.
#include "core/data.hpp"

namespace yp::data {

std::vector<Row> rows(std::string_view tsv) {
  std::vector<Row> out;
  std::size_t line = 0;
  std::size_t pos = 0;
  while (pos < tsv.size()) {
    std::size_t nl = tsv.find('\n', pos);
    if (nl == std::string_view::npos) nl = tsv.size();
    std::string_view l = tsv.substr(pos, nl - pos);
    pos = nl + 1;
    ++line;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (l.empty() || l.front() == '#') continue;
    Row r;
    r.line = line;
    std::size_t s = 0;
    while (true) {
      std::size_t t = l.find('\t', s);
      if (t == std::string_view::npos) {
        r.fields.push_back(l.substr(s));
        break;
      }
      r.fields.push_back(l.substr(s, t - s));
      s = t + 1;
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<std::string_view> first_column(std::string_view name) {
  // The lines rows() keeps, each cut at its first tab, without building the rows' field vectors (the 13,000-line
  // verb-stem table is read at the first article).
  std::vector<std::string_view> out;
  auto tsv = lookup(name);
  if (!tsv) return out;
  const std::string_view t = *tsv;
  std::size_t pos = 0;
  while (pos < t.size()) {
    std::size_t nl = t.find('\n', pos);
    if (nl == std::string_view::npos) nl = t.size();
    std::string_view l = t.substr(pos, nl - pos);
    pos = nl + 1;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (l.empty() || l.front() == '#') continue;
    out.push_back(l.substr(0, l.find('\t')));
  }
  return out;
}

}  // namespace yp::data
