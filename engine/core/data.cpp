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
  std::vector<std::string_view> out;
  if (auto tsv = lookup(name))
    for (const auto& row : rows(*tsv)) out.push_back(row.fields[0]);  // rows() gives every row a field
  return out;
}

}  // namespace yp::data
