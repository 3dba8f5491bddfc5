// Tests for engine/event/event.cpp: enum string forms round-trip and reject unknown names.
#include "event/event.hpp"

#include <catch2/catch.hpp>

using namespace yp::event;

TEST_CASE("event types round-trip through their names", "[event]") {
  for (auto t : {EventType::Visit, EventType::Meeting, EventType::Contract, EventType::Agreement,
                 EventType::Announcement, EventType::Investment, EventType::Acquisition, EventType::Opening,
                 EventType::Founding, EventType::Launch, EventType::Cancellation, EventType::Statement,
                 EventType::Appointment, EventType::Resignation, EventType::Other}) {
    auto back = event_type_from_string(to_string(t));
    REQUIRE(back);
    CHECK(*back == t);
  }
  CHECK(to_string(EventType::Cancellation) == "cancellation");
}

TEST_CASE("unknown event type names are refused", "[event]") {
  CHECK_FALSE(event_type_from_string(""));
  CHECK_FALSE(event_type_from_string("Visit"));  // names are lower case
  CHECK_FALSE(event_type_from_string("방문"));
  CHECK_FALSE(event_type_from_string("visits"));
}

TEST_CASE("polarity, modality and time source names", "[event]") {
  CHECK(to_string(Polarity::Positive) == "positive");
  CHECK(to_string(Polarity::Negative) == "negative");
  CHECK(to_string(Modality::Actual) == "actual");
  CHECK(to_string(Modality::Planned) == "planned");
  CHECK(to_string(Modality::Hypothetical) == "hypothetical");
  CHECK(to_string(TimeSource::Sentence) == "sentence");
  CHECK(to_string(TimeSource::Anaphor) == "anaphor");
  CHECK(to_string(TimeSource::Inherited) == "inherited");
  CHECK(to_string(TimeSource::Publication) == "publication");
}
