// Tests for engine/store/lock.hpp: exclusive excludes everything, shared admits shared, a timed-out wait is
// an IoError naming the store, the lock goes with its owner. (Processes: tests/cli/store.sh.)
#include "store/lock.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using yp::store::StoreLock;
using namespace std::chrono_literals;

TEST_CASE("StoreLock: exclusive excludes, shared admits shared, a timeout is a clear IoError") {
  const fs::path dir = fs::temp_directory_path() / ("yp-lock-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string store = (dir / "events.yps").string();
  CHECK(StoreLock::lock_path(store) == store + ".lock");

  {
    auto w = StoreLock::acquire(store, StoreLock::Mode::Exclusive, 0ms);
    REQUIRE(w.ok());
    CHECK(w.value().held());
    bool told = false;
    auto t0 = std::chrono::steady_clock::now();
    auto other = StoreLock::acquire(store, StoreLock::Mode::Exclusive, 150ms, [&] { told = true; });
    CHECK(std::chrono::steady_clock::now() - t0 >= 150ms);
    REQUIRE_FALSE(other.ok());
    CHECK(told);
    CHECK(other.error().code == yp::ErrorCode::IoError);
    CHECK(other.error().what().find(store) != std::string::npos);
    CHECK(other.error().message.find("another yeonpyo is using this store") != std::string::npos);
    auto reader = StoreLock::acquire(store, StoreLock::Mode::Shared, 50ms);
    REQUIRE_FALSE(reader.ok());
    CHECK(reader.error().message.find("another yeonpyo is writing this store") != std::string::npos);
  }
  {
    auto r1 = StoreLock::acquire(store, StoreLock::Mode::Shared, 0ms);
    auto r2 = StoreLock::acquire(store, StoreLock::Mode::Shared, 0ms);
    REQUIRE(r1.ok());
    REQUIRE(r2.ok());
    CHECK_FALSE(StoreLock::acquire(store, StoreLock::Mode::Exclusive, 30ms).ok());
    StoreLock moved = std::move(r1.value());
    CHECK(moved.held());
    CHECK_FALSE(r1.value().held());
  }
  // Every holder is gone: the lock is free again.
  CHECK(StoreLock::acquire(store, StoreLock::Mode::Exclusive, 0ms).ok());

  SECTION("the lock file cannot be created: a writer is refused, naming the store") {
    const std::string nowhere = (dir / "no-such-dir" / "events.yps").string();
    auto w = StoreLock::acquire(nowhere, StoreLock::Mode::Exclusive, 0ms);
    REQUIRE_FALSE(w.ok());
    CHECK(w.error().message.find("cannot create the lock file") != std::string::npos);
  }
  fs::remove_all(dir);
}
