// ctnn/layers/flatten.hpp: Keras `Flatten()`.
#pragma once

#include "ctnn/layers/layer.hpp"

namespace ctnn {

/// (rows, columns, channels) -> (rows * columns * channels), row-major as in Keras
/// (channels_last). No parameters, no data movement.
struct flatten {
  static constexpr std::string_view keras_class = "Flatten";
  static constexpr std::string_view keras_name = "flatten";

  template <class In>
  static consteval bool check() {
    return true;
  }
  template <class In>
  static constexpr auto output_dims() {
    return std::array<std::size_t, 1>{In::size};
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }
};

}  // namespace ctnn
