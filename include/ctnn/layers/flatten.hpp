// ctnn/layers/flatten.hpp: Keras `Flatten()`.
#pragma once

#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"

namespace ctnn {

/// Flatten's shape rule, on values: one axis that holds every element. The type (output_dims)
/// and ctnn-keras-type (keras::flatten_kind) both compute extents with it.
constexpr std::size_t flatten_output(std::span<const std::size_t> dims) { return element_count(dims); }

/// (rows, columns, channels) -> (rows * columns * channels), row-major as in Keras
/// (channels_last). No parameters, no data movement.
struct flatten {
  static constexpr std::string_view keras_class = "Flatten";
  static constexpr std::string_view keras_name = "flatten";
  static constexpr bool view = true;

  template <class In>
  static consteval bool check() {
    return true;
  }
  template <class In>
  static constexpr auto output_dims() {
    return std::array<std::size_t, 1>{flatten_output(In::dims)};
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }

  /// A Keras file's Flatten holds nothing that ctnn checks (ctnn/layers/keras_config.hpp).
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {};
  }
};

namespace keras {

/// A file's Flatten as ctnn::flatten, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_flatten(const Config&, std::span<const extents> inputs) {
  return {"ctnn::flatten", {flatten_output(inputs[0])}};
}
template <class Config = config_reader>
inline constexpr layer_kind flatten_kind{"Flatten", 1, read_flatten<Config>};

}  // namespace keras

}  // namespace ctnn
