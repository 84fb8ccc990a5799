// A fixture for tests that run the hearsay binary as a user would: a private
// temporary directory, files written into it, and a Run() that captures the
// exit status, stdout and stderr of one command.
#ifndef HEARSAY_TESTS_CLI_CLI_TEST_UTIL_H_
#define HEARSAY_TESTS_CLI_CLI_TEST_UTIL_H_

#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace hearsay::testing {

struct RunResult {
  int status = -1;  // exit status, or 128 + signal
  std::string out;
  std::string err;
};

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("hearsay_cli_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->test_suite_name() + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Writes `bytes` to `name` under the test directory (creating folders) and returns its path.
  std::string Write(const std::string& name, const std::string& bytes) {
    std::filesystem::path p = dir_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

  // Runs `hearsay ARGS` (a shell-quoted string) with `stdin_bytes` on standard
  // input and `env` ("NAME=value ...") in front.
  RunResult Run(const std::string& args, const std::string& stdin_bytes = "", const std::string& env = "") {
    const std::string in = Write("stdin.bin", stdin_bytes);
    const std::string out = (dir_ / "stdout.txt").string(), err = (dir_ / "stderr.txt").string();
    const std::string cmd = env + " " + HEARSAY_BINARY + " " + args + " <" + in + " >" + out + " 2>" + err;
    RunResult r;
    const int raw = std::system(cmd.c_str());
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
    r.out = Slurp(out);
    r.err = Slurp(err);
    return r;
  }

  static std::string Slurp(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(f), {});
  }

  static int CountLines(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }

  std::filesystem::path dir_;
};

}  // namespace hearsay::testing

#endif  // HEARSAY_TESTS_CLI_CLI_TEST_UTIL_H_
