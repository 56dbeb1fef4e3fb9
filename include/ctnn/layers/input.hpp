// ctnn/layers/input.hpp: the model's input, Keras `Input(shape=...)` / `input_shape=`.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <vector>

#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// The smallest of `dims`, which holds at least one. A template rather than a function of a span:
/// GCC's note on a broken rule then shows the value, not the call.
constexpr int smallest_extent(const auto& dims) {
  int smallest = dims[0];
  for (int d : dims) smallest = d < smallest ? d : smallest;
  return smallest;
}

/// An input's rules, on its extents (`opts`: the template's `Dims...` as a std::array, or a file's
/// shape without its batch axis); an input reads no value, so `in` is empty. The smallest extent
/// is compared, so that GCC's note shows one that is not positive.
inline constexpr auto input_rules = ctnn::rules(
    CTNN_RULE(opts.size() >= 1, "ctnn::input: give the shape of one sample, e.g. input<100> or input<28, 28, 1>"),
    CTNN_RULE(smallest_extent(opts) > 0, "ctnn::input: every dimension of the input must be positive"));

template <class Input, int Id>
struct input_id;

/// The shape of one input sample, without the batch axis: `input<100>` is Keras
/// `input_dim=100`, `input<28, 28, 1>` is `input_shape=(28, 28, 1)`. It must open every model.
template <int... Dims>
struct input {
  static constexpr std::string_view keras_class = "InputLayer";
  static constexpr std::string_view keras_name = "input";
  static constexpr bool view = true;
  /// In a graph (ctnn/functional.hpp) a value is its type, so two inputs of one shape would be
  /// one value: `input<28, 28, 1>::id<1>{}` is another input of the same shape.
  template <int Id>
  using id = input_id<input, Id>;

  /// The shape as the rules read it.
  static constexpr std::array<int, sizeof...(Dims)> sample_dims{Dims...};

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(input_rules, (sample_dims), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return std::array<std::size_t, sizeof...(Dims)>{static_cast<std::size_t>(Dims)...};
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }

  /// An InputLayer's configuration holds its shape, which the loader compares itself, naming the
  /// input (ctnn/io/keras_h5.hpp); nothing else of it is checked.
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {};
  }
};

namespace keras {

/// A file's InputLayer as ctnn::input<dims...>, for ctnn-keras-type: the shape Keras 2 writes as
/// batch_input_shape and Keras 3 as batch_shape, the batch axis first. That the file gives a shape
/// and every extent but the batch's (no None) is the file's business, said here; what the extents
/// must be is the type's rules.
template <class Config = config_reader>
layer_reading read_input(const Config& config, std::span<const extents>) {
  const char* key = config.contains("batch_input_shape") ? "batch_input_shape" : "batch_shape";
  if (config.type(key) != config_reader::kind::list || config.length(key) < 2)
    throw config_error("the file gives no per-sample input shape (batch_input_shape / batch_shape)");
  const std::size_t rank = config.length(key);
  std::string written = "(";  // as Keras prints it: (None, 28, 28, 1)
  for (std::size_t axis = 0; axis < rank; ++axis)
    written += (axis ? ", " : "") + (config.type(key, {axis}) == config_reader::kind::null ? std::string("None") : config.dump(key, {axis}));
  written += ")";
  std::vector<int> dims;
  for (std::size_t axis = 1; axis < rank; ++axis) {
    if (config.type(key, {axis}) == config_reader::kind::null)
      throw config_error("its input shape " + written + " has an unknown extent (None) on axis " + std::to_string(axis) +
                         "; a ctnn input has a fixed shape: write the type by hand with the extent you feed");
    if (config.type(key, {axis}) != config_reader::kind::integer || config.integer(key, {axis}) < -1'000'000'000 ||
        config.integer(key, {axis}) > 1'000'000'000)
      throw config_error("its input shape " + written + " has an extent that is not a positive whole number on axis " +
                         std::to_string(axis));
    dims.push_back(static_cast<int>(config.integer(key, {axis})));
  }
  // Not require_rules: an input reads no value, so the message names the shape the file gives.
  if (const std::size_t broken = input_rules.first_broken(dims, std::span<const std::size_t>{}); broken != input_rules.none)
    throw config_error(std::string(input_rules.message(broken)) + "; its input shape is " + written);
  layer_reading reading{"ctnn::input<", {}};
  for (int d : dims) {
    reading.cpp += (reading.output.empty() ? "" : ", ") + std::to_string(d);
    reading.output.push_back(static_cast<std::size_t>(d));
  }
  reading.cpp += ">";
  return reading;
}
template <class Config = config_reader>
inline constexpr layer_kind input_kind{"InputLayer", 0, read_input<Config>};

}  // namespace keras

/// Input `Input` (an input<...>) under identity `Id`: a graph value, whose layer is `Input`.
template <class Input, int Id>
struct input_id {
  using layer = Input;
};

template <class T>
inline constexpr bool is_input_v = false;
template <int... Dims>
inline constexpr bool is_input_v<input<Dims...>> = true;

}  // namespace ctnn
