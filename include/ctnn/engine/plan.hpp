// ctnn/engine/plan.hpp: what the fused engine does with a graph of layers (a chain, for a
// sequential model), decided at compile time from the layer types alone.
//
// The plan is a short list of steps, in an order where every step comes after the steps whose
// results it reads. A step is one loop nest: a producer (dense, conv2d,
// conv2d_transpose) with an epilogue that applies, while the result is still in registers, its
// bias, its activation and the element-wise layers that follow it (activation_layer, leaky_relu,
// batch_normalization). Reshape, flatten, dropout and the input are views and never run. A
// nearest upsampling2d that feeds a stride-1 conv2d is read through by the conv (no upsampled
// tensor); a bilinear one, or one before a strided conv, is computed straight into the conv's
// zero-bordered input copy, which exists anyway. A batch normalization right after a linear
// producer is folded into the producer's weights when weights are set. Any other layer is a step
// of its own that runs its reference kernel. `describe()` prints the plan, so a test can check
// what was decided.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "ctnn/activation.hpp"
#include "ctnn/graph.hpp"
#include "ctnn/layers/activation_layer.hpp"
#include "ctnn/layers/batch_normalization.hpp"
#include "ctnn/layers/conv2d.hpp"
#include "ctnn/layers/conv2d_transpose.hpp"
#include "ctnn/layers/dense.hpp"
#include "ctnn/layers/dropout.hpp"
#include "ctnn/layers/flatten.hpp"
#include "ctnn/layers/input.hpp"
#include "ctnn/layers/leaky_relu.hpp"
#include "ctnn/layers/reshape.hpp"
#include "ctnn/layers/upsampling2d.hpp"

namespace ctnn::engine {

/// What the planner needs to know of a layer kind.
enum class role {
  view,                 ///< input, reshape, flatten, dropout: the data stays where it is
  dense,                ///< a producer: a matrix product on the last axis
  conv2d,               ///< a producer: a convolution
  conv2d_transpose,     ///< a producer: a transposed convolution, as sub-pixel convolutions
  nearest_upsampling,   ///< read through by a following conv2d (as phases when its stride is 1)
  bilinear_upsampling,  ///< read through by a following conv2d (into the conv's input scratch)
  activation,           ///< element-wise, absorbed into an epilogue
  leaky_relu,           ///< element-wise, absorbed into an epilogue
  batch_normalization,  ///< per-channel affine, folded or absorbed into an epilogue
  other,                ///< runs its reference kernel as a step of its own
};

template <class Layer>
inline constexpr role role_of = role::other;
template <int... Dims>
inline constexpr role role_of<input<Dims...>> = role::view;
template <int... Dims>
inline constexpr role role_of<reshape<Dims...>> = role::view;
template <>
inline constexpr role role_of<flatten> = role::view;
template <real Rate>
inline constexpr role role_of<dropout<Rate>> = role::view;
template <int Units, dense_opts Opts>
inline constexpr role role_of<dense<Units, Opts>> = role::dense;
template <conv2d_opts Opts>
inline constexpr role role_of<conv2d<Opts>> = role::conv2d;
template <conv2d_transpose_opts Opts>
inline constexpr role role_of<conv2d_transpose<Opts>> = role::conv2d_transpose;
template <upsampling2d_opts Opts>
inline constexpr role role_of<upsampling2d<Opts>> =
    Opts.interpolation == interpolation::nearest ? role::nearest_upsampling : role::bilinear_upsampling;
template <activation A>
inline constexpr role role_of<activation_layer<A>> = role::activation;
template <real Alpha>
inline constexpr role role_of<leaky_relu<Alpha>> = role::leaky_relu;
template <batch_normalization_opts Opts>
inline constexpr role role_of<batch_normalization<Opts>> = role::batch_normalization;

/// One operation of an epilogue, applied to each output value in order.
struct epilogue_op {
  enum class kind { activation, leaky_relu, affine } what{};
  activation function = activation::linear;  ///< kind::activation
  float slope = 0.0f;                        ///< kind::leaky_relu
  std::size_t position = 0;                  ///< the layer it comes from
};

inline constexpr std::size_t max_epilogue = 8;
/// The most sub-pixel phases a nearest upsampling is lowered to (4 x 4).
inline constexpr int max_phases = 16;

enum class step_kind { dense, conv, layer };

/// One loop nest of the fused forward pass.
struct step {
  step_kind kind{};
  std::size_t first = 0;       ///< first position computed (its input is layer<first>::input_shape)
  std::size_t last = 0;        ///< last position computed (its output is layer<last>::output_shape)
  std::size_t producer = 0;    ///< the dense/conv layer; for step_kind::layer the layer itself
  std::size_t upsampling = 0;  ///< an upsampling2d the conv reads its input through, else 0
  bool phases_of_upsampling = false;  ///< nearest, stride 1: sub-pixel phases on the small input;
                                      ///< otherwise the upsampled input is built in the conv's scratch
  std::size_t folded = 0;      ///< a batch_normalization folded into the producer's weights, else 0
  std::array<epilogue_op, max_epilogue> epilogue{};
  std::size_t epilogue_size = 0;
};

/// Per layer, what the planner reads: its role, its producer facts, its channels.
struct layer_facts {
  role kind = role::other;
  activation function = activation::linear;  ///< a producer's or activation_layer's function
  float slope = 0.0f;                        ///< leaky_relu
  std::size_t channels_in = 0;               ///< last axis of the input
  std::size_t channels_out = 0;              ///< last axis of the output
  bool stride_one = false;                   ///< conv2d: strides (1, 1)
  int upsampling_cells = 1;                  ///< upsampling2d: size.h * size.w
  std::string_view name;                     ///< Keras class, for describe()
};

template <class At>
consteval layer_facts facts_of() {
  using L = typename At::description;
  layer_facts f;
  f.kind = role_of<L>;
  f.name = L::keras_class;
  f.channels_in = At::input_shape::rank == 0 ? 0 : At::input_shape::dims[At::input_shape::rank - 1];
  f.channels_out = At::output_shape::dims[At::output_shape::rank - 1];
  if constexpr (role_of<L> == role::dense || role_of<L> == role::conv2d || role_of<L> == role::conv2d_transpose)
    f.function = L::opts.activation;
  if constexpr (role_of<L> == role::conv2d) f.stride_one = L::opts.strides == extent2{1};
  if constexpr (role_of<L> == role::activation) f.function = L::function;
  if constexpr (role_of<L> == role::nearest_upsampling || role_of<L> == role::bilinear_upsampling)
    f.upsampling_cells = L::opts.size.h * L::opts.size.w;
  if constexpr (role_of<L> == role::leaky_relu) f.slope = static_cast<float>(L::alpha);
  return f;
}

/// The plan of a graph whose nodes (positions 0..N-1, every node after its inputs, the output
/// last) have these facts and these inputs. Returns the steps in order and how many there are.
/// A chain of nodes joins a step only where it is a chain in the graph too: the next node reads
/// this one alone, and nothing else reads this one.
template <std::size_t N, std::size_t A>
consteval std::pair<std::array<step, N>, std::size_t> plan_graph(const std::array<layer_facts, N>& layers,
                                                                 const detail::links<N, A>& graph) {
  std::array<std::size_t, N> readers{}, reader{};
  for (std::size_t p = 0; p < N; ++p)
    for (std::size_t k = 0; k < graph.arity[p]; ++k) ++readers[graph.inputs[p][k]], reader[graph.inputs[p][k]] = p;
  // The node that continues a chain from t, or N.
  auto next_in_chain = [&](std::size_t t) -> std::size_t {
    if (t + 1 == N || readers[t] != 1 || graph.arity[reader[t]] != 1) return N;
    return reader[t];
  };
  std::array<step, N> steps{};
  std::array<bool, N> covered{};
  std::size_t count = 0;
  for (std::size_t i = 0; i < N; ++i) {
    const layer_facts& here = layers[i];
    if (covered[i] || graph.arity[i] == 0 || here.kind == role::view) continue;
    step s;
    s.first = i;
    const bool upsampling = here.kind == role::nearest_upsampling || here.kind == role::bilinear_upsampling;
    const std::size_t after = next_in_chain(i);
    if (upsampling && after != N && layers[after].kind == role::conv2d) {
      s.kind = step_kind::conv;
      s.upsampling = i;
      // Each phase is a kernel of its own: past 16 phases, compile time outweighs the saving.
      s.phases_of_upsampling = here.kind == role::nearest_upsampling && layers[after].stride_one &&
                               here.upsampling_cells <= max_phases;
      s.producer = after;
    } else if (here.kind == role::dense || here.kind == role::conv2d || here.kind == role::conv2d_transpose) {
      s.kind = here.kind == role::dense ? step_kind::dense : step_kind::conv;
      s.producer = i;
    } else {
      s.kind = step_kind::layer;
      s.producer = i;
      s.last = i;
      steps[count++] = s;
      continue;
    }
    covered[s.producer] = true;
    const layer_facts& producer = layers[s.producer];
    if (producer.function != activation::linear)
      s.epilogue[s.epilogue_size++] = {epilogue_op::kind::activation, producer.function, 0.0f, s.producer};
    s.last = s.producer;
    // Absorb what follows while each value can still be told its channel: a batch normalization
    // over C channels reads channel (flat index mod C), which is (producer channel mod C) when C
    // divides the producer's channel count.
    std::size_t j = next_in_chain(s.producer);
    while (j != N && s.epilogue_size < max_epilogue) {
      const layer_facts& next = layers[j];
      if (next.kind == role::view) {
        j = next_in_chain(j);
        continue;
      }
      if (next.kind == role::activation) {
        if (next.function != activation::linear)
          s.epilogue[s.epilogue_size++] = {epilogue_op::kind::activation, next.function, 0.0f, j};
      } else if (next.kind == role::leaky_relu) {
        s.epilogue[s.epilogue_size++] = {epilogue_op::kind::leaky_relu, activation::linear, next.slope, j};
      } else if (next.kind == role::batch_normalization && producer.channels_out % next.channels_in == 0) {
        if (s.epilogue_size == 0 && s.folded == 0) s.folded = j;
        else s.epilogue[s.epilogue_size++] = {epilogue_op::kind::affine, activation::linear, 0.0f, j};
      } else {
        break;
      }
      covered[j] = true;
      s.last = j;
      j = next_in_chain(j);
    }
    steps[count++] = s;
  }
  return {steps, count};
}

/// The plan of a model, as a type with constants: `plan<Model>::steps`, `plan<Model>::size`.
template <class Model>
struct plan {
  static constexpr std::size_t positions = Model::node_count;
  static constexpr std::array<layer_facts, positions> facts = Model::over_positions([](auto... p) {
    return std::array<layer_facts, positions>{facts_of<typename Model::template layer<p>>()...};
  });
  static constexpr auto planned = plan_graph(facts, Model::node_links);
  /// Node -> the node whose result it shows: a view (reshape, flatten, dropout) shows its
  /// input's, any other node its own.
  static constexpr std::array<std::size_t, positions> value_of = [] {
    std::array<std::size_t, positions> value{};
    for (std::size_t p = 0; p < positions; ++p)
      value[p] = facts[p].kind == role::view && Model::node_links.arity[p] == 1 ? value[Model::node_links.inputs[p][0]] : p;
    return value;
  }();
  static constexpr std::size_t size = planned.second;
  static constexpr std::array<step, size> steps = [] {
    std::array<step, size> result{};
    for (std::size_t k = 0; k < size; ++k) result[k] = planned.first[k];
    return result;
  }();

  /// One line per step, e.g. "dense(1) + leaky_relu(2) -> [3]" or "conv2d(4) reads up_sampling2d(3)":
  /// what each loop nest computes, by layer position.
  static std::string describe() {
    std::string text;
    for (const step& s : steps) {
      auto name = [](std::size_t p) { return std::string(facts[p].name) + "(" + std::to_string(p) + ")"; };
      std::string line = s.kind == step_kind::layer ? "reference " + name(s.producer) : name(s.producer);
      if (s.upsampling != 0) line += (s.phases_of_upsampling ? " reads " : " builds its input with ") + name(s.upsampling);
      if (s.folded != 0) line += " folds " + name(s.folded);
      if (s.kind != step_kind::layer && facts[s.producer].function != activation::linear)
        line += " + " + std::string(keras_name(facts[s.producer].function));
      for (std::size_t k = 0; k < s.epilogue_size; ++k)
        if (s.epilogue[k].position != s.producer) line += " + " + name(s.epilogue[k].position);
      text += line + "\n";
    }
    return text;
  }
};

}  // namespace ctnn::engine
