// ctnn/layers/dense.hpp: Keras `Dense(units, activation, use_bias)`.
#pragma once

#include "ctnn/activation.hpp"
#include "ctnn/layers/layer.hpp"

namespace ctnn {

/// Keyword arguments of Dense, in Keras's order.
struct dense_opts {
  ctnn::activation activation = ctnn::activation::linear;
  bool use_bias = true;
};

/// y = activation(x . kernel + bias) on the last axis: (..., in) -> (..., units), as Keras applies
/// Dense to inputs of any rank. Parameters: in * units + units. Kernel [in, units], bias [units].
template <int Units, dense_opts Opts = dense_opts{}>
struct dense {
  static constexpr std::string_view keras_class = "Dense";
  static constexpr std::string_view keras_name = "dense";
  static constexpr int units = Units;
  static constexpr dense_opts opts = Opts;

  template <class In>
  static consteval bool check() {
    CTNN_REQUIRE(Units > 0, "ctnn::dense: units must be positive")
    return true;
  }
  template <class In>
  static constexpr auto output_dims() {
    auto dims = In::dims;
    dims[In::rank - 1] = static_cast<std::size_t>(Units);
    return dims;
  }
  template <class In>
  static constexpr weight_list weights() {
    constexpr std::size_t in = In::dims[In::rank - 1], out = static_cast<std::size_t>(Units);
    weight_list list{{"kernel", {in, out}, true, initializer::glorot_uniform}};
    if (Opts.use_bias) list.push_back({"bias", {out}, true, initializer::zeros});
    return list;
  }
};

}  // namespace ctnn
