// Timeline writers behind one interface: table (terminal), csv (RFC 4180, UTF-8), jsonl (one object
// per line). Dates shown are inclusive ISO days. Covered by tests/export/*.cpp.
//
// Usage:
//   auto w = yp::exporter::make_writer("csv");   // Result<std::unique_ptr<Writer>>
//   w.value()->write(std::cout, events);
#pragma once

#include "core/error.hpp"
#include "event/event.hpp"

#include <memory>
#include <ostream>
#include <string_view>
#include <vector>

namespace yp::exporter {

class Writer {
 public:
  virtual ~Writer() = default;
  virtual void write(std::ostream& out, const std::vector<const event::Event*>& events) = 0;
};

// "table", "csv", "json" / "jsonl" (JSON Lines). Unknown name -> BadArgument listing the choices.
Result<std::unique_ptr<Writer>> make_writer(std::string_view format);
// The formats make_writer accepts.
std::vector<std::string_view> writer_names();

// Event JSON object (the schema documented in docs/formats.md), used by jsonl and `extract --json`.
std::string event_to_json_line(const event::Event& e);

}  // namespace yp::exporter
