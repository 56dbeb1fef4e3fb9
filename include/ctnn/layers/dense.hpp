// ctnn/layers/dense.hpp: Keras `Dense(units, activation, use_bias)`.
#pragma once

#include "ctnn/activation.hpp"
#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/options_schema.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Keyword arguments of Dense, in Keras's order.
struct dense_opts {
  ctnn::activation activation = ctnn::activation::linear;
  bool use_bias = true;

  template <class Self = dense_opts>  // a template: only a Keras reader or loader instantiates it
  static constexpr auto schema() {
    return ctnn::schema("ctnn::dense_opts", field("activation", &Self::activation), field("use_bias", &Self::use_bias));
  }
};

/// What Dense's rules read: its units, which are a template argument of their own, and its options.
struct dense_arguments {
  int units = 0;
  dense_opts opts{};
};
inline constexpr auto dense_rules = ctnn::rules(CTNN_RULE(opts.units > 0, "ctnn::dense: units must be positive"));

/// Dense's shape rule, on values: (..., in) -> (..., units). The type (output_dims) and
/// ctnn-keras-type (keras::dense_kind) both compute extents with it.
template <class Extents>
constexpr Extents dense_output(int units, Extents dims) {
  dims[dims.size() - 1] = static_cast<std::size_t>(units);
  return dims;
}

/// y = activation(x . kernel + bias) on the last axis: (..., in) -> (..., units), as Keras applies
/// Dense to inputs of any rank. Parameters: in * units + units. Kernel [in, units], bias [units].
template <int Units, dense_opts Opts = dense_opts{}>
struct dense {
  static constexpr std::string_view keras_class = "Dense";
  static constexpr std::string_view keras_name = "dense";
  static constexpr int units = Units;
  static constexpr dense_opts opts = Opts;
  static constexpr producer_kind producer = producer_kind::matrix_product;
  static constexpr ctnn::activation function = Opts.activation;

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(dense_rules, (dense_arguments{Units, Opts}), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return dense_output(Units, In::dims);
  }
  template <class In>
  static constexpr weight_list weights() {
    constexpr std::size_t in = In::dims[In::rank - 1], out = static_cast<std::size_t>(Units);
    weight_list list{{"kernel", {in, out}, true, initializer::glorot_uniform}};
    if (Opts.use_bias) list.push_back({"bias", {out}, true, initializer::zeros});
    return list;
  }
  /// The kernel [in, units] is weight 0, the bias weight 1; each row of the input (every leading
  /// axis) is one product with it.
  template <class In>
  static constexpr producer_contract contract() {
    constexpr std::size_t in = In::dims[In::rank - 1], out = static_cast<std::size_t>(Units);
    return {0, Opts.use_bias ? 1 : producer_contract::no_weight, kernel_layout::cells_in_out(1, in, out), 2 * In::size * out};
  }

  template <class In>
  static constexpr keras::layer_config keras_config() {
    return keras::options_config(Opts, {{"units", Units}});
  }
};

namespace keras {

template <class Config = config_reader>
layer_reading read_dense(const Config& config, std::span<const extents> inputs) {
  const dense_arguments arguments{option_traits<int>::read(config, "units"), read_options<dense_opts>(config)};
  require_rules(dense_rules, arguments, inputs[0], held_entries(config, {"units"}));
  return {"ctnn::dense<" + std::to_string(arguments.units) + ", " + spell_options(arguments.opts) + ">",
          dense_output(arguments.units, inputs[0])};
}
template <class Config = config_reader>
inline constexpr layer_kind dense_kind{"Dense", 1, read_dense<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/dense.hpp"
