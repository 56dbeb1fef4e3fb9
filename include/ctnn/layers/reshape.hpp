// ctnn/layers/reshape.hpp: Keras `Reshape(target_shape)`.
#pragma once

#include "ctnn/layers/layer.hpp"

namespace ctnn {

/// Reinterprets one sample, row-major, as `Dims...`; one dimension may be -1 and is then
/// inferred, as in Keras. No parameters, no data movement.
template <int... Dims>
struct reshape {
  static constexpr std::string_view keras_class = "Reshape";
  static constexpr std::string_view keras_name = "reshape";

  static constexpr int inferred_count = (0 + ... + (Dims == -1 ? 1 : 0));
  static constexpr std::size_t known_product = (std::size_t{1} * ... * (Dims > 0 ? std::size_t(Dims) : 1));

  /// The element count the target shape holds for an input of `in_size` elements.
  static constexpr std::size_t target_size(std::size_t in_size) {
    return inferred_count == 1 ? in_size / known_product * known_product : known_product;
  }

  template <class In>
  static consteval bool check() {
    CTNN_REQUIRE(sizeof...(Dims) >= 1, "ctnn::reshape: give the target shape, e.g. reshape<5, 5, 128>")
    CTNN_REQUIRE(((Dims > 0 || Dims == -1) && ...), "ctnn::reshape: every dimension must be positive, or -1 for the one inferred dimension")
    CTNN_REQUIRE(inferred_count <= 1, "ctnn::reshape: at most one dimension may be -1")
    CTNN_REQUIRE(In::size == target_size(In::size), "ctnn::reshape: the target shape must hold as many elements as the input (input elements == target elements)")
    return true;
  }
  template <class In>
  static constexpr auto output_dims() {
    return std::array<std::size_t, sizeof...(Dims)>{
        (Dims == -1 ? In::size / known_product : static_cast<std::size_t>(Dims))...};
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }
};

}  // namespace ctnn
