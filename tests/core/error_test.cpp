// Tests for engine/core/error.hpp: rendering and exit codes.
#include "core/error.hpp"

#include <catch2/catch.hpp>

TEST_CASE("Error::what names file and line", "[error]") {
  yp::Error e{yp::ErrorCode::InvalidUtf8, "invalid UTF-8 byte 0xff", "a.txt", 3, 17};
  CHECK(e.what() == "a.txt:3: invalid UTF-8 byte 0xff");
  yp::Error f{yp::ErrorCode::BadDate, "not a date", "", 0, 0};
  CHECK(f.what() == "not a date");
  CHECK(yp::exit_code(yp::ErrorCode::BadDate) != 0);
  CHECK(yp::exit_code(yp::ErrorCode::Ok) == 0);
}

TEST_CASE("Result holds a value or an error", "[error]") {
  yp::Result<int> ok = 3;
  REQUIRE(ok);
  CHECK(ok.value() == 3);
  yp::Result<int> bad = yp::Error{yp::ErrorCode::IoError, "cannot read", "x", 0, 0};
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code == yp::ErrorCode::IoError);
}
