// TSV row splitting for embedded tables. Covered by tests/core/data_test.cpp.
#include "core/data.hpp"

namespace yp::data {

namespace {
// Calls fn(line, number) for each line that is neither empty nor a '#' comment (a trailing CR dropped); numbers
// count every line from 1.
template <typename Fn>
void for_each_row_line(std::string_view tsv, Fn&& fn) {
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
    fn(l, line);
  }
}
}  // namespace

std::vector<Row> rows(std::string_view tsv) {
  std::vector<Row> out;
  for_each_row_line(tsv, [&](std::string_view l, std::size_t line) {
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
  });
  return out;
}

std::vector<std::string_view> first_column(std::string_view name) {
  // The lines rows() keeps, each cut at its first tab, without building the rows' field vectors (the 13,000-line
  // verb-stem table is read at the first article).
  std::vector<std::string_view> out;
  if (auto tsv = lookup(name))
    for_each_row_line(*tsv, [&](std::string_view l, std::size_t) { out.push_back(l.substr(0, l.find('\t'))); });
  return out;
}

}  // namespace yp::data
