// Hostile Keras files replayed in-process: every input that once crashed ctnn's own code under
// the fuzzer (tests/keras_files/fuzz_regressions/, written by scripts/fuzz.sh's triage) and the
// hand-made ones of ../shared/hostile/ctnn/ (see its README.md). Each must end in a file_error
// (or load, where it is a valid file) in bounded time, loaded into the fuzz targets' fixed types
// (fuzz/fuzz_models.hpp). ../shared/hostile/libhdf5/ is not replayed here: those files crash
// libhdf5 itself, and only the isolated load can contain them.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "fuzz_models.hpp"  // fuzz/

using Catch::Matchers::Contains;
using Catch::Matchers::Matches;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool sanitized = true;
#else
constexpr bool sanitized = false;
#endif
#else
constexpr bool sanitized = false;
#endif
// A hostile file is refused in well under a second when it is refused for the right reason; the
// sanitizers' build runs the same code several times slower.
constexpr std::chrono::duration<double> time_bound{sanitized ? 10.0 : 2.0};

std::vector<std::filesystem::path> files_in(const std::filesystem::path& directory) {
  std::vector<std::filesystem::path> files;
  if (std::filesystem::is_directory(directory))
    for (const auto& entry : std::filesystem::directory_iterator(directory))
      if (entry.is_regular_file() && entry.path().extension() != ".md") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

/// The file_error's message when reading `path` for `Model` throws one; fails the test when the
/// file loads or takes longer than the bound.
template <class Model>
std::string refusal(const std::filesystem::path& path) {
  INFO(path.filename().string() << " into a model of " << Model::param_count << " parameters");
  const auto start = std::chrono::steady_clock::now();
  std::string message = "(it loaded)";
  try {
    ctnn_fuzz::load_or_read<Model>(path);
  } catch (const ctnn::keras::file_error& error) {
    message = error.what();
  }
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  CHECK(took < time_bound);
  CHECK(message.size() < 4096);  // a message that quotes a hostile file is cut short
  // The file's name says what is wrong with it ("deep_...", "..._1e30"): the checks read what
  // follows it.
  const std::size_t named = message.find(path.string());
  CHECK(named != std::string::npos);
  return named == std::string::npos ? message : message.substr(named + path.string().size());
}

#ifdef CTNN_HOSTILE_DIR
const std::filesystem::path hostile = CTNN_HOSTILE_DIR;
#endif

}  // namespace

TEST_CASE("fuzz regressions: every input that once crashed ctnn's code is refused or loads, quickly",
          "[keras][fuzz]") {
  const std::vector<std::filesystem::path> files = files_in(CTNN_FUZZ_REGRESSIONS_DIR);
  for (const std::filesystem::path& path : files) {
    ctnn_fuzz::for_each_fixed_type([&]<class Model>() {
      INFO(path.filename().string() << " into a model of " << Model::param_count << " parameters");
      const auto start = std::chrono::steady_clock::now();
      try {
        ctnn_fuzz::load_or_read<Model>(path);
      } catch (const ctnn::keras::file_error& error) {
        CHECK(std::string(error.what()).find(path.string()) != std::string::npos);  // the message names the file
      }
      const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
      CHECK(took < time_bound);
    });
  }
  SUCCEED(files.size() << " regression inputs replayed");
}

#ifdef CTNN_HOSTILE_DIR
TEST_CASE("hostile files: JSON nested 100,000 deep is refused for its depth, without overflowing the stack",
          "[keras][fuzz][hostile]") {
  // At the top level, inside a Dense layer's config, inside a Functional layer's inbound_nodes.
  const auto depth = Matches(".*(nest|depth|deep).*", Catch::CaseSensitive::No);
  CHECK_THAT(refusal<ctnn_fuzz::tiny>(hostile / "deep_top_level.h5"), depth);
  CHECK_THAT(refusal<ctnn_fuzz::tiny>(hostile / "deep_in_dense_config.h5"), depth);
  CHECK_THAT(refusal<ctnn_fuzz::tiny_graph>(hostile / "deep_functional_inbound_args.h5"), depth);
}

TEST_CASE("hostile files: a float where an input dimension belongs is refused naming the value", "[keras][fuzz][hostile]") {
  // batch_input_shape [null, 1e30] and [null, -2.5]: no conversion to size_t (undefined
  // behaviour), and not reported as "(None, 0)".
  const std::string huge = refusal<ctnn_fuzz::tiny>(hostile / "input_shape_1e30.h5");
  CHECK_THAT(huge, Matches(".*input shape.*1(\\.0*)?e\\+?30.*", Catch::CaseSensitive::No));
  CHECK_THAT(huge, !Contains("(None, 0)"));
  const std::string negative = refusal<ctnn_fuzz::tiny>(hostile / "input_shape_negative_float.h5");
  CHECK_THAT(negative, Matches(".*input shape.*-2\\.5.*", Catch::CaseSensitive::No));
  CHECK_THAT(negative, !Contains("(None, 0)"));
  // The same in a Functional model's first InputLayer (the tf.keras conditional generator's).
  const std::string functional = refusal<keras_models::mnist_cgan_tfkeras::generator>(hostile / "cgan_input_shape_1e30.h5");
  CHECK_THAT(functional, Matches(".*1(\\.0*)?e\\+?30.*", Catch::CaseSensitive::No));
  CHECK_THAT(functional, !Contains("(None, 0)"));
}

TEST_CASE("hostile files: a weight declared 1e9 x 1e9 is refused before anything is allocated", "[keras][fuzz][hostile]") {
  CHECK_THAT(refusal<ctnn_fuzz::tiny>(hostile / "huge_shape_1e9x1e9.h5"), Contains("1000000000"));
  CHECK_THAT(refusal<ctnn_fuzz::tiny>(hostile / "huge_shape_1e9x1e9_weights_only.h5"), Contains("1000000000"));
}

TEST_CASE("hostile files: weights-only files with 10,000 and 40,000 weight owners are refused quickly", "[keras][fuzz][hostile]") {
  // One group per layer, each listing thousands of weights of distinct owners: a linear search per
  // owner took 22 s on the larger file. The type's layers are not what the file holds (which the
  // message may say at the first owner or at the first weight too many); refusal() bounds the time.
  for (const char* file : {"distinct_owners_10000_weights_only.h5", "distinct_owners_40000_weights_only.h5"}) {
    INFO(file);
    CHECK_THAT(refusal<ctnn_fuzz::tiny>(hostile / file), Contains("weights") || Contains("layer"));
  }
}

TEST_CASE("hostile files: every file of ../shared/hostile/ctnn is refused in bounded time by every fixed type",
          "[keras][fuzz][hostile]") {
  for (const std::filesystem::path& path : files_in(hostile))
    ctnn_fuzz::for_each_fixed_type([&]<class Model>() { (void)refusal<Model>(path); });
}
#endif
