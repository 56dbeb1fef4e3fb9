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

TEST_CASE("keras_limits: a graph far larger than its file, or calls that wait on each other, are refused quickly",
          "[keras][limits][shared]") {
  const ctnn::keras::detail::h5_file file(files_dir / "valid_keras2.h5");
  using ctnn::keras::detail::functional_architecture;
  using nlohmann::json;
  auto input = [](const char* name) {
    return json{{"class_name", "InputLayer"}, {"name", name}, {"config", {{"name", name}, {"batch_input_shape", {nullptr, 2}}}},
                {"inbound_nodes", json::array()}};
  };
  auto model = [](json layers, const char* output) {
    return json{{"class_name", "Functional"},
                {"config", {{"name", "m"}, {"layers", std::move(layers)}, {"input_layers", {{"x", 0, 0}}}, {"output_layers", {{output, 0, 0}}}}}};
  };
  // One layer called 70,000 times (each call a few bytes of JSON): refused at the cap on calls, not
  // numbered in quadratic time.
  json calls = json::array();
  for (int k = 0; k < 70'000; ++k) calls.push_back(json::array({json::array({"x", 0, 0, json::object()})}));
  json many = model(json::array({input("x"), {{"class_name", "Dense"}, {"name", "d"}, {"config", {{"name", "d"}}}, {"inbound_nodes", calls}}}), "d");
  CHECK_THROWS_WITH(functional_architecture(many, file), Contains("the architecture calls more than 65536 layers in all"));
  // A nested model (its output its input) called 5,000 times: inlined at most 4096 times in all.
  json inner = model(json::array({input("x")}), "x");
  inner["name"] = "inner";
  json inner_calls = json::array();
  for (int k = 0; k < 5'000; ++k) inner_calls.push_back(json::array({json::array({"x", 0, 0, json::object()})}));
  inner["inbound_nodes"] = inner_calls;
  json outer = model(json::array({input("x"), inner}), "inner");
  CHECK_THROWS_WITH(functional_architecture(outer, file), Contains("the architecture calls nested models more than 4096 times in all"));
  // Two layers that read each other: neither call is ever made, and the first is named.
  auto dense = [](const char* name, const char* reads) {
    return json{{"class_name", "Dense"}, {"name", name}, {"config", {{"name", name}}},
                {"inbound_nodes", json::array({json::array({json::array({reads, 0, 0, json::object()})})})}};
  };
  json cycle = model(json::array({input("x"), dense("p", "q"), dense("q", "p")}), "q");
  CHECK_THROWS_WITH(functional_architecture(cycle, file), Contains("the architecture refers to a layer 'q' it does not define before 'p'"));
}
