// String forms of the TimeExpr enums (the corpus and the CLI speak these). Covered by tests/time/expression_test.cpp.
#include "time/expression.hpp"

#include <array>
#include <utility>

namespace yp::time {

namespace {
constexpr std::array<std::pair<Grain, std::string_view>, 15> kGrainNames{{
    {Grain::Minute, "minute"},   {Grain::Hour, "hour"},       {Grain::Day, "day"},
    {Grain::Week, "week"},       {Grain::MonthPart, "month-part"}, {Grain::Month, "month"},
    {Grain::Quarter, "quarter"}, {Grain::Half, "half"},       {Grain::Season, "season"},
    {Grain::Year, "year"},       {Grain::Decade, "decade"},   {Grain::Range, "range"},
    {Grain::Duration, "duration"}, {Grain::Vague, "vague"},   {Grain::Century, "century"},
}};
}  // namespace

std::string_view to_string(ExprType t) {
  switch (t) {
    case ExprType::Date: return "date";
    case ExprType::Range: return "range";
    case ExprType::Duration: return "duration";
    case ExprType::Set: return "set";
    case ExprType::Time: return "time";
    case ExprType::Vague: return "vague";
  }
  return "date";
}

std::string_view to_string(Grain g) {
  for (const auto& [grain, name] : kGrainNames)
    if (grain == g) return name;
  return "day";
}

std::string_view to_string(Mod m) {
  switch (m) {
    case Mod::None: return "";
    case Mod::Start: return "START";
    case Mod::Mid: return "MID";
    case Mod::End: return "END";
    case Mod::Approx: return "APPROX";
    case Mod::Before: return "BEFORE";
    case Mod::After: return "AFTER";
    case Mod::OnOrBefore: return "ON_OR_BEFORE";
    case Mod::OnOrAfter: return "ON_OR_AFTER";
    case Mod::Less: return "LESS_THAN";
    case Mod::More: return "MORE_THAN";
  }
  return "";
}

std::string_view to_string(AnchorKind a) {
  switch (a) {
    case AnchorKind::Publication: return "publication";
    case AnchorKind::Expression: return "expression";
    case AnchorKind::None: return "none";
  }
  return "none";
}

std::optional<Grain> grain_from_string(std::string_view s) {
  for (const auto& [grain, name] : kGrainNames)
    if (name == s) return grain;
  return std::nullopt;
}

}  // namespace yp::time
