// ctnn/layers/layer.hpp: what every layer description provides, and the properties by which it
// tells the rest of ctnn what it is.
//
// A layer description is an empty type that *describes*: its Keras identity, the rules its
// hyper-parameters and input must obey, its output-shape rule, its parameter layout and how the
// forward pass may treat it. It never loops; its reference kernel lives in ctnn/reference/, next
// to the kernels of the other layers. Nothing else in ctnn names a layer: the model, the
// engine's planner and the loaders read these members, the way Eigen's assignment loop reads an
// evaluator's flags.
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <string_view>
#include <type_traits>

#include "ctnn/activation.hpp"
#include "ctnn/conv_arithmetic.hpp"
#include "ctnn/detail/require.hpp"
#include "ctnn/hyperparameters.hpp"
#include "ctnn/producer_contract.hpp"
#include "ctnn/shape.hpp"
#include "ctnn/weights.hpp"

namespace ctnn {

/// @brief Matches a layer description: `L::keras_class` ("Conv2D"), `L::keras_name` ("conv2d",
/// the stem of Keras's automatic layer names), and, for input shapes `In...` (one for most
/// layers, several for a merge):
/// - `L::check<In...>()`: consteval; each broken rule is one static_assert, and the function then
///   returns false;
/// - `L::output_dims<In...>()`: the output extents as a std::array (called only when check passed);
/// - `L::weights<In...>()`: the weight arrays in Keras `get_weights()` order and layouts.
/// `detail::description_complete<L>()` names the first member a type lacks, in one message.
template <class L>
concept layer_description = requires {
  { L::keras_class } -> std::convertible_to<std::string_view>;
  { L::keras_name } -> std::convertible_to<std::string_view>;
};

// ---- Properties: how the forward pass may treat a layer ------------------------------------
// A description declares one of these (a view may also have `apply`: Activation('linear') is
// both, and a view wins); a layer with none is a step of its own that runs its reference kernel
// (a merge, an embedding, a zero padding).
//
// - `static constexpr bool view = true;`: the output is the input's values, reinterpreted
//   (input, reshape, flatten, dropout). Never computed: the graph sees through it.
// - `template <class V> static V apply(V v)`: element-wise, one scalar function applied to each
//   value, written once for a float and for a vector of floats (activation_layer, leaky_relu).
//   The engine applies it in a producer's epilogue, the reference kernel to each value.
// - `static constexpr bool channel_affine = true;` and `static affine_coefficients affine(
//   const float* params, std::size_t channels, std::size_t c)`: y = x * scale + shift per channel of
//   the last axis (batch_normalization). Folded into a linear producer's weights, or applied in
//   its epilogue, with the coefficients the reference kernel uses.
// - `static constexpr producer_kind producer`: a loop nest the engine lowers and fuses an epilogue
//   into. `matrix_product`: a product on the last axis (dense). `convolution`: a convolution whose
//   `geometry<In>()` (a conv_geometry) both the reference kernel and the lowering read.
//   `depthwise`: a convolution whose output channel o reads input channel o / M only (M = out_c /
//   in_c), with a `geometry<In>()` as well (depthwise_conv2d). `separable`: a depthwise
//   convolution (its `geometry<In>()` and `depthwise_contract<In>()`) followed by a product on the
//   last axis (its `contract<In>()`), as separable_conv2d.
//   Producers also say `static constexpr activation function` and, in `contract<In>()`
//   (ctnn/producer_contract.hpp), which weights are the kernel and the bias, the kernel's layout
//   and their FLOPs.
// - `static constexpr resampling resample`: an image resampling that a following convolution
//   reads through instead of materialising it (upsampling2d).
// - `static constexpr std::size_t label_count`: the input holds labels, whole numbers in
//   [0, label_count), which `predict` checks before it runs (embedding).

/// What a producer layer computes.
enum class producer_kind { matrix_product, convolution, depthwise, separable };

/// A per-channel affine map y = x * scale + shift.
struct affine_coefficients {
  float scale = 1.0f;
  float shift = 0.0f;
};

/// An image resampling by whole factors, as UpSampling2D does.
struct resampling {
  ctnn::interpolation interpolation = ctnn::interpolation::nearest;
  extent2 size = 1;
};

namespace detail {
template <class L>
concept has_view = requires {
  requires L::view;
};
template <class L>
concept has_apply = requires(float v) {
  { L::apply(v) } -> std::same_as<float>;
};
template <class L>
concept has_channel_affine = requires(const float* p, std::size_t n) {
  requires L::channel_affine;
  { L::affine(p, n, n) } -> std::same_as<affine_coefficients>;
};
template <class L>
concept has_producer = requires {
  { L::producer } -> std::convertible_to<producer_kind>;
  { L::function } -> std::convertible_to<activation>;
  L::template contract<shape<1>>;
};
template <class L>
concept has_resample = requires {
  { L::resample } -> std::convertible_to<resampling>;
};
template <class L>
concept has_labels = requires {
  { L::label_count } -> std::convertible_to<std::size_t>;
};
}  // namespace detail

/// What the planner reads of a layer: its properties, as values.
template <class L>
inline constexpr bool is_view_v = detail::has_view<L>;
template <class L>
inline constexpr bool is_elementwise_v = detail::has_apply<L>;
template <class L>
inline constexpr bool is_channel_affine_v = detail::has_channel_affine<L>;
template <class L>
inline constexpr bool is_producer_v = detail::has_producer<L>;
template <class L>
inline constexpr bool is_resampling_v = detail::has_resample<L>;
template <class L>
inline constexpr bool reads_labels_v = detail::has_labels<L>;

namespace detail {

template <class L>
inline constexpr bool has_check = requires { L::template check<shape<1>>; };
template <class L>
inline constexpr bool has_weights = requires { L::template weights<shape<1>>; };
template <class L, class... In>
inline constexpr bool has_output_dims = requires { L::template output_dims<In...>(); };

/// A description's members beyond its names (`layer_description`, which every model's frame and
/// `operator|` already require), checked one by one: the first missing one is the one error.
template <class L>
consteval bool description_complete() {
  CTNN_REQUIRE(has_check<L>, "ctnn: a layer description needs `template <class... In> static consteval bool check()` (its rules: CTNN_CHECK_RULES or one CTNN_REQUIRE each)")
  CTNN_REQUIRE(has_weights<L>, "ctnn: a layer description needs `template <class... In> static constexpr weight_list weights()` (its weights in Keras order)")
  return true;
}

/// The shape rule, asked only once the rules hold for the input shapes `In...` (a rule like
/// "the input must be an image" guards the shape rule's reads).
template <class L, class... In>
consteval bool description_has_output_dims() {
  CTNN_REQUIRE((has_output_dims<L, In...>), "ctnn: a layer description needs `template <class... In> static constexpr auto output_dims()` (its output extents as a std::array)")
  return true;
}

}  // namespace detail

/// A layer that changes neither the shape nor owns parameters (activations, dropout, ...).
struct same_shape_layer {
  template <class In>
  static constexpr auto output_dims() {
    return In::dims;
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }
};

}  // namespace ctnn
