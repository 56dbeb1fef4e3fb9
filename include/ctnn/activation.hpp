// ctnn/activation.hpp: `ctnn::activation`, the value that names an activation function in a
// layer's options (`dense_opts{.activation = activation::relu}`), and what the kernels do with it.
//
// An activation function is a type (ctnn/activations.hpp says what it declares, and holds the
// ones of Keras that ctnn has). Options are template arguments, so the value that names one must
// be structural and of one type whatever the function: it is a pointer to the function's
// `activation_definition`, a constexpr table made from the type once (names, whether it is
// element-wise, and `apply` on a float and on vectors of 4, 8 and 16 floats). The kernels call
// through that table with the value known at compile time, so the call is direct and inlined:
// the fused epilogue holds the type's `apply` as if it were written there. `activation_of<F>` is
// the value of any type F, ctnn's or the user's.
#pragma once

#include <concepts>
#include <cstddef>
#include <cstring>
#include <string_view>
#include <type_traits>

#include "ctnn/activations.hpp"
#include "ctnn/detail/target.hpp"

namespace ctnn {

/// An activation applied to each value on its own: its Keras name and `apply` on a float (and,
/// written as a template, on vectors of floats).
template <class F>
concept elementwise_activation = requires(float x) {
  { F::keras_name } -> std::convertible_to<std::string_view>;
  { F::apply(x) } -> std::same_as<float>;
};

/// An activation over whole rows of an axis (softmax): its Keras name, the axis (-1, the last:
/// the only one ctnn applies them on) and `apply_rows(y, rows, n)`, in place.
template <class F>
concept rows_activation = requires(float* y, std::size_t n) {
  { F::keras_name } -> std::convertible_to<std::string_view>;
  { F::axis } -> std::convertible_to<int>;
  F::apply_rows(y, n, n);
};

/// A layer description that maps each value on its own and that Keras accepts as an activation
/// (`static constexpr bool activation_object = true`: ctnn::leaky_relu, ctnn::relu, ctnn::elu): an
/// activation too, `activation_of<ctnn::leaky_relu<0.3>>`, which a Keras file writes as that
/// layer's object ({"class_name": "LeakyReLU", "config": {"negative_slope": 0.3, ...}}).
/// ctnn/layers/keras_config.hpp makes its table, whose layer form is the layer's `keras_config`.
template <class L>
concept elementwise_layer = L::activation_object && requires(float x) {
  { L::keras_class } -> std::convertible_to<std::string_view>;
  { L::apply(x) } -> std::same_as<float>;
};

/// An activation function type. A layer type is not one, even where it has the members (a
/// layer's `keras_name` is the stem of its layer names): it is an `elementwise_layer`.
template <class F>
concept activation_function = (elementwise_activation<F> || rows_activation<F>) && !requires { F::keras_class; };

namespace detail {
using floats4 = float __attribute__((vector_size(4 * sizeof(float))));
using floats8 = float __attribute__((vector_size(8 * sizeof(float))));
using floats16 = float __attribute__((vector_size(16 * sizeof(float))));
}  // namespace detail

/// What an `activation` value points to: one per activation function type, made by
/// `activation_of<F>`. The vector entries take their vector by reference: by value, a vector
/// wider than the target's registers changes the ABI (GCC and Clang warn where such a function
/// is made).
struct activation_definition {
  std::string_view keras_name;   ///< "" for a layer as an activation: only its layer object denotes it
  std::string_view keras_alias;  ///< another name a file may use, or ""
  std::string_view cpp_name;     ///< how ctnn-keras-type spells it, or "" (a type that says none)
  keras_layer_form keras_layer;  ///< as a Keras layer object, when a layer computes it
  bool elementwise = true;
  void (*on_float)(float&) = nullptr;
  void (*on_floats4)(detail::floats4&) = nullptr;
  void (*on_floats8)(detail::floats8&) = nullptr;
  void (*on_floats16)(detail::floats16&) = nullptr;
  /// Not element-wise: each of `rows` rows of `n` values of the last axis, in place.
  void (*on_rows)(float* y, std::size_t rows, std::size_t n) = nullptr;
};

namespace detail {

/// v = F::apply(v), on a float or a vector of floats. A vector wider than the target's registers
/// (CTNN_SIMD_LANES=16 on an AVX2 build) is applied in register-wide parts, so that `apply` is
/// made only at widths the target has; an activation that is not element-wise leaves v as it is.
template <class F, class Value>
[[gnu::always_inline]] inline void apply_in_place(Value& v) {
  if constexpr (!elementwise_activation<F>) {
    (void)v;
  } else if constexpr (std::is_same_v<Value, float> || sizeof(Value) <= CTNN_ENGINE_REGISTER_BYTES) {
    v = F::apply(v);
  } else {
    using part = float __attribute__((vector_size(CTNN_ENGINE_REGISTER_BYTES)));
    part parts[sizeof(Value) / sizeof(part)];
    std::memcpy(parts, &v, sizeof v);
    for (part& p : parts) p = F::apply(p);
    std::memcpy(&v, parts, sizeof v);
  }
}

template <class F>
constexpr std::string_view alias_of() {
  if constexpr (requires { F::keras_alias; }) return F::keras_alias;
  else return {};
}
template <class F>
constexpr std::string_view cpp_name_of() {
  if constexpr (requires { F::cpp_name; }) return F::cpp_name;
  else return {};
}
template <class F>
constexpr keras_layer_form layer_form_of() {
  if constexpr (requires { F::keras_layer; }) return F::keras_layer;
  else return {};
}
template <class F>
constexpr auto rows_of() -> void (*)(float*, std::size_t, std::size_t) {
  if constexpr (rows_activation<F>) {
    static_assert(F::axis == -1, "ctnn: an activation that is not element-wise applies over the last axis only (axis = -1)");
    return &F::apply_rows;
  } else {
    return nullptr;
  }
}

/// The table of the activation function type F.
template <activation_function F>
constexpr activation_definition make_definition() {
  return {F::keras_name,
          alias_of<F>(),
          cpp_name_of<F>(),
          layer_form_of<F>(),
          elementwise_activation<F>,
          &apply_in_place<F, float>,
          &apply_in_place<F, floats4>,
          &apply_in_place<F, floats8>,
          &apply_in_place<F, floats16>,
          rows_of<F>()};
}

/// Where F's table is: one made here for any type, or, for ctnn's own, the named one below.
template <activation_function F>
inline constexpr activation_definition definition_of = make_definition<F>();
template <activation_function F>
inline constexpr const activation_definition* table_of = &definition_of<F>;

}  // namespace detail

// ctnn's activations have their tables by name (`activations::relu_table`): Clang's messages
// write a pointer template argument as its variable's name alone, `{&relu_table}`, where a table
// made by the template reads `{&definition_of}` whatever the function.
#define CTNN_NAMED_ACTIVATION_TABLE(name)                                                                     \
  namespace activations {                                                                                     \
  inline constexpr activation_definition name##_table = detail::make_definition<name>();                     \
  }                                                                                                           \
  namespace detail {                                                                                          \
  template <>                                                                                                 \
  inline constexpr const activation_definition* table_of<activations::name> = &activations::name##_table;  \
  }
CTNN_NAMED_ACTIVATION_TABLE(linear)
CTNN_NAMED_ACTIVATION_TABLE(relu)
CTNN_NAMED_ACTIVATION_TABLE(sigmoid)
CTNN_NAMED_ACTIVATION_TABLE(tanh)
CTNN_NAMED_ACTIVATION_TABLE(selu)
CTNN_NAMED_ACTIVATION_TABLE(leaky_relu)
CTNN_NAMED_ACTIVATION_TABLE(elu)
CTNN_NAMED_ACTIVATION_TABLE(silu)
CTNN_NAMED_ACTIVATION_TABLE(gelu)
CTNN_NAMED_ACTIVATION_TABLE(softplus)
CTNN_NAMED_ACTIVATION_TABLE(relu6)
CTNN_NAMED_ACTIVATION_TABLE(softmax)
CTNN_NAMED_ACTIVATION_TABLE(softsign)
CTNN_NAMED_ACTIVATION_TABLE(exponential)
CTNN_NAMED_ACTIVATION_TABLE(mish)
CTNN_NAMED_ACTIVATION_TABLE(celu)
CTNN_NAMED_ACTIVATION_TABLE(log_sigmoid)
CTNN_NAMED_ACTIVATION_TABLE(hard_tanh)
CTNN_NAMED_ACTIVATION_TABLE(tanh_shrink)
CTNN_NAMED_ACTIVATION_TABLE(squareplus)
CTNN_NAMED_ACTIVATION_TABLE(sparse_plus)
CTNN_NAMED_ACTIVATION_TABLE(sparse_sigmoid)
CTNN_NAMED_ACTIVATION_TABLE(soft_shrink)
CTNN_NAMED_ACTIVATION_TABLE(hard_shrink)
CTNN_NAMED_ACTIVATION_TABLE(hard_silu)
CTNN_NAMED_ACTIVATION_TABLE(log_softmax)
#undef CTNN_NAMED_ACTIVATION_TABLE

/// The activation a layer applies to its output (Keras's `activation=` of Dense, Conv2D,
/// Conv2DTranspose and Activation): `activation::relu`, ..., or `activation_of<F>` for any
/// activation function type F (ctnn/activations.hpp), one of the user's included. `silu` is
/// Keras 3's name; a Keras 2 file's "swish" reads as silu. Every activation but softmax maps
/// each value on its own; softmax needs the whole row of the last axis (`is_elementwise`,
/// `activate_rows`).
struct activation {
  const activation_definition* definition = &activations::linear_table;

  static const activation linear, relu, sigmoid, tanh, selu, leaky_relu, elu, silu, gelu, softplus, relu6, softmax;
  static const activation softsign, exponential, mish, celu, log_sigmoid, hard_tanh, tanh_shrink, squareplus, sparse_plus,
      sparse_sigmoid, soft_shrink, hard_shrink, hard_silu, log_softmax;

  friend constexpr bool operator==(const activation&, const activation&) = default;
};

/// The value that names the activation function type F in options; for an element-wise layer
/// type, the activation that layer computes (defined in ctnn/layers/keras_config.hpp).
template <class F>
  requires activation_function<F> || elementwise_layer<F>
inline constexpr activation activation_of{detail::table_of<F>};

inline constexpr activation activation::linear{&activations::linear_table};
inline constexpr activation activation::relu{&activations::relu_table};
inline constexpr activation activation::sigmoid{&activations::sigmoid_table};
inline constexpr activation activation::tanh{&activations::tanh_table};
inline constexpr activation activation::selu{&activations::selu_table};
inline constexpr activation activation::leaky_relu{&activations::leaky_relu_table};
inline constexpr activation activation::elu{&activations::elu_table};
inline constexpr activation activation::silu{&activations::silu_table};
inline constexpr activation activation::gelu{&activations::gelu_table};
inline constexpr activation activation::softplus{&activations::softplus_table};
inline constexpr activation activation::relu6{&activations::relu6_table};
inline constexpr activation activation::softmax{&activations::softmax_table};
inline constexpr activation activation::softsign{&activations::softsign_table};
inline constexpr activation activation::exponential{&activations::exponential_table};
inline constexpr activation activation::mish{&activations::mish_table};
inline constexpr activation activation::celu{&activations::celu_table};
inline constexpr activation activation::log_sigmoid{&activations::log_sigmoid_table};
inline constexpr activation activation::hard_tanh{&activations::hard_tanh_table};
inline constexpr activation activation::tanh_shrink{&activations::tanh_shrink_table};
inline constexpr activation activation::squareplus{&activations::squareplus_table};
inline constexpr activation activation::sparse_plus{&activations::sparse_plus_table};
inline constexpr activation activation::sparse_sigmoid{&activations::sparse_sigmoid_table};
inline constexpr activation activation::soft_shrink{&activations::soft_shrink_table};
inline constexpr activation activation::hard_shrink{&activations::hard_shrink_table};
inline constexpr activation activation::hard_silu{&activations::hard_silu_table};
inline constexpr activation activation::log_softmax{&activations::log_softmax_table};

/// The activations ctnn has, in the order a file's name is looked up (keras::read_activation).
inline constexpr activation builtin_activations[] = {
    activation::linear, activation::relu,     activation::sigmoid, activation::tanh,
    activation::selu,   activation::leaky_relu, activation::elu,   activation::silu,
    activation::gelu,   activation::softplus, activation::relu6,   activation::softmax,
    activation::softsign, activation::exponential, activation::mish, activation::celu, activation::log_sigmoid,
    activation::hard_tanh, activation::tanh_shrink, activation::squareplus, activation::sparse_plus,
    activation::sparse_sigmoid, activation::soft_shrink, activation::hard_shrink, activation::hard_silu,
    activation::log_softmax};

/// Keras's name of an activation, as stored in model configurations.
constexpr std::string_view keras_name(activation a) { return a.definition->keras_name; }

/// How messages and the engine's plan name `a`: its Keras name, or for a layer as an activation
/// the class of the layer object that denotes it ("LeakyReLU").
constexpr std::string_view display_name(activation a) {
  return a.definition->keras_name.empty() ? a.definition->keras_layer.class_name : a.definition->keras_name;
}

/// Another name a Keras file may give the activation `a` ("swish", Keras 2's name of silu), or "".
constexpr std::string_view keras_alias(activation a) { return a.definition->keras_alias; }

/// Whether `a` maps each value on its own. Softmax does not: it reads the whole row of the last
/// axis, so a producer's epilogue cannot apply it value by value (`activate_rows`).
constexpr bool is_elementwise(activation a) { return a.definition->elementwise; }

/// f(x) for one activation chosen at run time: what the reference kernels call. Softmax is not a
/// function of one value: `activate(activation::softmax, x)` returns x, and `activate_rows`
/// applies it to whole rows.
inline float activate(activation a, float x) {
  a.definition->on_float(x);
  return x;
}

/// What an activation that is not element-wise does to a layer's result, `rows` rows of the last
/// axis's `n` values, in place, after `activate` has been applied to every value: softmax over
/// each row; nothing for every other activation.
inline void activate_rows(activation a, float* y, std::size_t rows, std::size_t n) {
  if (!a.definition->elementwise) a.definition->on_rows(y, rows, n);
}

/// f(x) on one value or on each lane of a vector of 4, 8 or 16 floats (GCC/Clang `vector_size`
/// types), with `A` known at compile time: what an element-wise layer's `apply` and a producer's
/// epilogue compute. The call through A's table is to a constant, so it is direct and inlined;
/// every path returns exactly what `activate(A, x)` returns for each value. Softmax returns v
/// (see `activate_rows`).
template <activation A, class Value>
[[gnu::always_inline]] inline Value activate(Value v) {
  if constexpr (A == activation::linear || !is_elementwise(A)) {
    return v;
  } else if constexpr (std::is_same_v<Value, float>) {
    constexpr auto apply = A.definition->on_float;
    apply(v);
    return v;
  } else {
    static_assert(std::is_same_v<Value, detail::floats4> || std::is_same_v<Value, detail::floats8> ||
                      std::is_same_v<Value, detail::floats16>,
                  "ctnn: activations apply to a float or a vector of 4, 8 or 16 floats");
    if constexpr (std::is_same_v<Value, detail::floats4>) {
      constexpr auto apply = A.definition->on_floats4;
      apply(v);
    } else if constexpr (std::is_same_v<Value, detail::floats8>) {
      constexpr auto apply = A.definition->on_floats8;
      apply(v);
    } else {
      constexpr auto apply = A.definition->on_floats16;
      apply(v);
    }
    return v;
  }
}

}  // namespace ctnn
