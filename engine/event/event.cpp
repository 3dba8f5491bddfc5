// String forms of the event enums (type, polarity, modality, time source). Covered by tests/event/event_test.cpp.
#include "event/event.hpp"

#include <array>
#include <utility>

namespace yp::event {

namespace {
constexpr std::array<std::pair<EventType, std::string_view>, 15> kTypeNames{{
    {EventType::Visit, "visit"},
    {EventType::Meeting, "meeting"},
    {EventType::Contract, "contract"},
    {EventType::Agreement, "agreement"},
    {EventType::Announcement, "announcement"},
    {EventType::Investment, "investment"},
    {EventType::Acquisition, "acquisition"},
    {EventType::Opening, "opening"},
    {EventType::Founding, "founding"},
    {EventType::Launch, "launch"},
    {EventType::Cancellation, "cancellation"},
    {EventType::Statement, "statement"},
    {EventType::Appointment, "appointment"},
    {EventType::Resignation, "resignation"},
    {EventType::Other, "other"},
}};
}  // namespace

std::string_view to_string(EventType t) {
  for (const auto& [type, name] : kTypeNames)
    if (type == t) return name;
  return "other";
}

std::string_view to_string(Polarity p) { return p == Polarity::Negative ? "negative" : "positive"; }

std::string_view to_string(Modality m) {
  switch (m) {
    case Modality::Actual: return "actual";
    case Modality::Planned: return "planned";
    case Modality::Hypothetical: return "hypothetical";
  }
  return "actual";
}

std::string_view to_string(TimeSource s) {
  switch (s) {
    case TimeSource::Sentence: return "sentence";
    case TimeSource::Anaphor: return "anaphor";
    case TimeSource::Inherited: return "inherited";
    case TimeSource::Publication: return "publication";
  }
  return "publication";
}

std::optional<EventType> event_type_from_string(std::string_view s) {
  for (const auto& [type, name] : kTypeNames)
    if (name == s) return type;
  return std::nullopt;
}

void copy_time(Event& to, const Event& from) {
  to.when = from.when;
  to.grain = from.grain;
  to.mod = from.mod;
  to.fuzzy = from.fuzzy;
  to.timex = from.timex;
  to.time_text = from.time_text;
  to.time_source = from.time_source;
}

}  // namespace yp::event
