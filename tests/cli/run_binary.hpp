// Helpers of the CLI tests that run the real binary (YP_CLI_PATH): a private temp directory, file
// reading/writing, and one run with stdin bytes, stdout, stderr and the exit status. Used by
// tests/cli/pipeline_test.cpp and cli_test.cpp; bad_input_test.cpp takes the file helpers and runs the binary
// its own way.
#pragma once

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace yp::test {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "yeonpyo-pipeline-test.XXXXXX").string();
    std::vector<char> buf(tmpl.begin(), tmpl.end());
    buf.push_back('\0');
    REQUIRE(::mkdtemp(buf.data()) != nullptr);
    path = buf.data();
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string operator/(const std::string& name) const { return (path / name).string(); }
};

inline std::string slurp(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}
inline void spit(const std::string& file, const std::string& bytes) {
  fs::create_directories(fs::path(file).parent_path());
  std::ofstream out(file, std::ios::binary);
  out << bytes;
}
inline std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

struct Run {
  int rc = -1;
  std::string out, err;
};

// Runs yeonpyo with `args` (each shell-quoted), stdin from `stdin_bytes`, the default store inside `dir`.
inline Run yeonpyo(const TempDir& dir, const std::vector<std::string>& args, const std::string& stdin_bytes = "") {
  std::string cmd = "env -u COLUMNS -u NO_COLOR YEONPYO_STORE=" + quote(dir / "default.yps") +
                    " XDG_DATA_HOME=" + quote(dir / "xdg") + " HOME=" + quote(dir / "home") + " " + quote(YP_CLI_PATH);
  for (const auto& a : args) cmd += " " + quote(a);
  spit(dir / ".stdin", stdin_bytes);
  cmd += " <" + quote(dir / ".stdin") + " >" + quote(dir / ".stdout") + " 2>" + quote(dir / ".stderr");
  int status = std::system(cmd.c_str());
  Run r;
  r.rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = slurp(dir / ".stdout");
  r.err = slurp(dir / ".stderr");
  return r;
}

inline bool has(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

}  // namespace yp::test
