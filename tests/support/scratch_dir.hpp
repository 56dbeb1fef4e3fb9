// tests/support/scratch_dir.hpp: a fresh folder for the files a test writes, removed afterwards;
// one per test (ctest runs tests in parallel). With CTNN_IO_OUTPUT_DIR set, that folder instead,
// kept, so that another program can read what the test wrote.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>

namespace ctnn_test {

class scratch_dir {
 public:
  explicit scratch_dir(const std::string& name, bool keep_in_output_dir = false) {
    const char* output = std::getenv("CTNN_IO_OUTPUT_DIR");
    if (keep_in_output_dir && output != nullptr && *output != '\0') {
      path_ = output;
      keep_ = true;
    } else {
      path_ = std::filesystem::temp_directory_path() / ("ctnn_" + name + "_" + std::to_string(std::random_device{}()));
    }
    std::filesystem::create_directories(path_);
  }
  ~scratch_dir() {
    std::error_code ignored;
    if (!keep_) std::filesystem::remove_all(path_, ignored);
  }
  scratch_dir(const scratch_dir&) = delete;
  scratch_dir& operator=(const scratch_dir&) = delete;

  std::filesystem::path operator/(const std::string& file) const { return path_ / file; }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
  bool keep_ = false;
};

}  // namespace ctnn_test
