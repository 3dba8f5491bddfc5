// Fuzz target: the store loader (yp::store::EventStore::load, its public API) on arbitrary bytes as a
// store file: magic, format version, length, checksum and the archive behind them. A checksum is beyond
// what mutation finds, so the first byte chooses: even, the rest is the file as it is; odd, the rest is a
// payload that gets a correct header (magic, format version 1, length, XXH3-64) — a crafted store.
// Checks: a file is either refused as CorruptStore/IoError with a message naming the problem, or loads
// into a store that can be queried, saved and loaded again to the same events.
// The file is written to one temporary path per process ($TMPDIR or /tmp).
// Run by scripts/fuzz.sh and replayed by ctest "fuzz: replay store_load" (tests/fuzz-regressions/store_load).
#include "fuzz_check.hpp"

#include "store/event_store.hpp"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace {
std::string temp_path(const char* what) {
  const char* dir = std::getenv("TMPDIR");
  return std::string(dir && *dir ? dir : "/tmp") + "/yp-fuzz-store-" + std::to_string(::getpid()) + what;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace yp;
  static const std::string path = temp_path(".yps");
  static const std::string again = temp_path("-again.yps");
  std::string file;
  if (size > 0 && (data[0] & 1u)) {
    const std::string payload(reinterpret_cast<const char*>(data) + 1, size - 1);
    file.assign("YEONPYO\x1a", 8);
    auto put = [&](std::uint64_t v, int n) {
      for (int i = 0; i < n; ++i) file.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
    };
    put(1, 4);
    put(payload.size(), 8);
    put(XXH3_64bits(payload.data(), payload.size()), 8);
    file += payload;
  } else if (size > 0) {
    file.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  }
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(file.data(), static_cast<std::streamsize>(file.size()));
    YP_FUZZ_CHECK(out.good());
  }
  auto r = store::EventStore::load(path);
  if (!r) {
    const auto& e = r.error();
    YP_FUZZ_CHECK(e.code == ErrorCode::CorruptStore || e.code == ErrorCode::IoError);
    YP_FUZZ_CHECK(!e.message.empty());
  } else {
    auto& st = r.value();
    const auto rows = st.query({});
    YP_FUZZ_CHECK(rows.size() == st.size());
    YP_FUZZ_CHECK(st.save(again).ok());
    auto back = store::EventStore::load(again);
    YP_FUZZ_CHECK(back.ok());
    YP_FUZZ_CHECK(back.value().size() == st.size());
    std::error_code ec;
    std::filesystem::remove_all(again, ec);  // a saved store is a directory of segments
  }
  ::unlink(path.c_str());
  return 0;
}
