// StoreLock: flock(2) on "<store>.lock", polled with a timeout. Covered by tests/store/lock_test.cpp and
// tests/cli/store.sh (concurrent ingests, a writer that waits and one that times out).
#include "store/lock.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

namespace yp::store {

std::string StoreLock::lock_path(const std::string& store_path) { return store_path + ".lock"; }

Result<StoreLock> StoreLock::acquire(const std::string& store_path, Mode mode, std::chrono::milliseconds timeout,
                                     const std::function<void()>& on_wait) {
  const std::string file = lock_path(store_path);
  // A reader does not create the lock file: a store that no writer has locked yet (or a read-only copy) is
  // read without it (a writer that starts meanwhile cannot mislead it: every segment is checked against the
  // manifest, so the worst case is a refusal, never wrong data).
  int fd = mode == Mode::Exclusive ? ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644)
                                   : ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int err = errno;
    if (mode == Mode::Shared && (err == EACCES || err == EROFS || err == ENOENT)) return StoreLock(-1);
    return Error{ErrorCode::IoError, fmt::format("cannot create the lock file {}: {}", file, std::strerror(err)),
                 store_path};
  }
  const int op = (mode == Mode::Exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  bool told = false;
  while (::flock(fd, op) != 0) {
    int err = errno;
    if (err == EINTR) continue;
    if (err != EWOULDBLOCK) {
      ::close(fd);
      return Error{ErrorCode::IoError, fmt::format("cannot lock {}: {}", file, std::strerror(err)), store_path};
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      ::close(fd);
      const auto secs = std::chrono::duration<double>(timeout).count();
      return Error{ErrorCode::IoError,
                   fmt::format("another yeonpyo is {} this store; gave up after waiting {:g} s (try again when it "
                               "has finished, or pass a longer --lock-timeout)",
                               mode == Mode::Exclusive ? "using" : "writing", secs),
                   store_path};
    }
    if (!told && on_wait) on_wait();
    told = true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return StoreLock(fd);
}

StoreLock::StoreLock(StoreLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
StoreLock& StoreLock::operator=(StoreLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}
StoreLock::~StoreLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the last descriptor releases the flock
}

}  // namespace yp::store
