// What the loader accepts from a file, and no more: JSON nested deeper than any Keras model,
// attributes larger than their limit, numbers that are no extent, messages that would quote
// megabytes. (The files of ../shared/hostile/ that once broke these are replayed by
// fuzz_regression_test.cpp.)
#include <filesystem>
#include <string>

#include <catch2/catch.hpp>
#include <ctnn/io/detail/keras_reader.hpp>

using Catch::Matchers::Contains;
using Catch::Matchers::EndsWith;
using Catch::Matchers::StartsWith;

namespace {
const std::filesystem::path files_dir = CTNN_KERAS_FILES_DIR;

std::string nested_arrays(int depth) { return std::string(std::size_t(depth), '[') + std::string(std::size_t(depth), ']'); }
}  // namespace

TEST_CASE("keras_limits: an architecture may nest JSON 100 levels deep, not 101", "[keras][limits]") {
  const ctnn::keras::detail::h5_file file(files_dir / "valid_keras2.h5");
  using ctnn::keras::detail::parse_architecture;
  // depth counts the containers around a value: the outermost array is level 0.
  CHECK(parse_architecture(nested_arrays(101), file, "model_config").is_array());
  CHECK_THROWS_WITH(parse_architecture(nested_arrays(102), file, "model_config"),
                    Contains("valid_keras2.h5: the architecture (model_config) nests JSON more than 100 levels deep"));
  // 100,000 levels, as in ../shared/hostile/ctnn/deep_*: refused at level 101, whatever follows.
  CHECK_THROWS_WITH(parse_architecture(std::string(100'000, '['), file, "config.json"),
                    Contains("the architecture (config.json) nests JSON more than 100 levels deep"));
  CHECK_THROWS_WITH(parse_architecture("{\"class_name\": ", file, "config.json"),
                    Contains("the architecture (config.json) is not valid Keras JSON: [json.exception.parse_error.101]"));
}

TEST_CASE("keras_limits: an extent is a whole number that fits, nothing else", "[keras][limits]") {
  using ctnn::keras::detail::declared_extent;
  CHECK(declared_extent(nlohmann::json(4)) == std::size_t{4});
  CHECK(declared_extent(nlohmann::json(0u)) == std::size_t{0});
  CHECK(declared_extent(nlohmann::json(std::uint64_t{1} << 40)) == std::size_t{1} << 40);
  CHECK_FALSE(declared_extent(nlohmann::json(std::uint64_t{1} << 41)));
  CHECK_FALSE(declared_extent(nlohmann::json(-1)));
  CHECK_FALSE(declared_extent(nlohmann::json(1e30)));
  CHECK_FALSE(declared_extent(nlohmann::json(-2.5)));
  CHECK_FALSE(declared_extent(nlohmann::json(4.0)));  // Keras writes extents as integers
  CHECK_FALSE(declared_extent(nlohmann::json(nullptr)));
  CHECK_FALSE(declared_extent(nlohmann::json("4")));

  const std::size_t dims[] = {28, 28, 1};
  using ctnn::keras::detail::declared_shape_is;
  CHECK(declared_shape_is(nlohmann::json::parse("[null, 28, 28, 1]"), dims));
  CHECK(declared_shape_is(nlohmann::json::parse("[null, null, 28, 1]"), dims));
  CHECK_FALSE(declared_shape_is(nlohmann::json::parse("[null, 28, 28]"), dims));
  CHECK_FALSE(declared_shape_is(nlohmann::json::parse("[null, 28, 1e30, 1]"), dims));
  CHECK_FALSE(declared_shape_is(nlohmann::json::parse("{\"0\": 28}"), dims));
}

TEST_CASE("keras_limits: a string attribute larger than its limit is refused", "[keras][limits]") {
  SECTION("fixed-length text: refused from what it declares, before it is read") {
    const ctnn::keras::detail::h5_file file(files_dir / "valid_keras2.h5");
    const ctnn::keras::detail::handle weights = file.open_group(file.root(), "model_weights", "the weights");
    // layer_names: 3 strings of 11 bytes ("dense", "leaky_re_lu", "dense_1")
    CHECK(file.strings(weights.get(), "layer_names", "the layer list", 33).size() == 3);
    CHECK_THROWS_WITH(file.strings(weights.get(), "layer_names", "the layer list", 32),
                      Contains("valid_keras2.h5: the layer list: the attribute 'layer_names' declares 3 strings of 11 "
                               "bytes, more than the 32 bytes accepted"));
  }
  SECTION("variable-length text: its count is checked before, its total length once read") {
    const ctnn::keras::detail::h5_file file(files_dir / "valid_keras3_names.h5");  // model_config: 1679 bytes
    const ctnn::keras::detail::handle weights = file.open_group(file.root(), "model_weights", "the weights");
    // layer_names: "dense", "leaky_re_lu", "dense_1", 23 bytes in all
    CHECK(file.strings(weights.get(), "layer_names", "the layer list", 24).size() == 3);
    CHECK_THROWS_WITH(file.strings(weights.get(), "layer_names", "the layer list", 23),
                      Contains("the attribute 'layer_names' declares 3 strings, more than the 23 bytes accepted"));
    CHECK_THROWS_WITH(file.strings(file.root(), "model_config", "the architecture", 100),
                      Contains("the attribute 'model_config' holds more than the 100 bytes accepted"));
  }
}

TEST_CASE("keras_limits: a message quoting megabytes keeps its start and its end", "[keras][limits]") {
  const std::string start = "ctnn::keras::load: model.h5: layer 1 '", end = "' (Dense): units is 4, the type says 3";
  const std::string message = start + std::string(1'000'000, 'x') + end;
  const ctnn::keras::file_error error(message);
  const std::string what = error.what();
  CHECK(what.size() <= ctnn::keras::longest_file_message);
  CHECK(what.size() > ctnn::keras::longest_file_message - 200);
  // 3008 characters kept from the start, 960 from the end
  CHECK_THAT(what, StartsWith(start) && EndsWith(end) &&
                       Contains(" [... " + std::to_string(message.size() - 3008 - 960) + " characters cut ...] "));
  CHECK(std::string(ctnn::keras::file_error("short").what()) == "short");
}
