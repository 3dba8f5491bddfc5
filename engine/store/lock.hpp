// An advisory lock (flock) on a store: writers hold it exclusively from before they read the store until
// after they have written it, readers hold it shared while they read, so two ingests never interleave and
// no reader sees a half-written store. Covered by tests/store/lock_test.cpp and tests/cli/store.sh.
//
// Usage:
//   auto lock = yp::store::StoreLock::acquire("events.yps", StoreLock::Mode::Exclusive, std::chrono::seconds{30});
//   if (!lock) return fail(lock.error());   // IoError: "another yeonpyo is writing this store ..."
//   ... load, ingest, save ...               // the lock is released when `lock` goes out of scope
#pragma once

#include "core/error.hpp"

#include <chrono>
#include <functional>
#include <string>

namespace yp::store {

class StoreLock {
 public:
  enum class Mode { Shared, Exclusive };

  // The lock file of the store at `store_path`: "<store_path>.lock" beside it.
  static std::string lock_path(const std::string& store_path);

  // Takes the lock, waiting up to `timeout` (polling) while another process holds it in a conflicting
  // mode. `on_wait` is called once if the lock is not free at the first try (to tell the user).
  // Errors (IoError, naming the store): the wait timed out; the lock file cannot be created. Only an
  // Exclusive lock creates the lock file; a Shared lock without one (no writer ever locked this store, or
  // a read-only copy) is granted without locking.
  static Result<StoreLock> acquire(const std::string& store_path, Mode mode, std::chrono::milliseconds timeout,
                                   const std::function<void()>& on_wait = {});

  StoreLock(StoreLock&& other) noexcept;
  StoreLock& operator=(StoreLock&& other) noexcept;
  StoreLock(const StoreLock&) = delete;
  StoreLock& operator=(const StoreLock&) = delete;
  ~StoreLock();

  bool held() const { return fd_ >= 0; }

 private:
  explicit StoreLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace yp::store
