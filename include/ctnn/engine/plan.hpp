// ctnn/engine/plan.hpp: what the fused engine does with a graph of layers (a chain, for a
// sequential model), decided at compile time from the layers' properties alone
// (ctnn/layers/layer.hpp): the planner never names a layer.
//
// The plan is a short list of steps, in an order where every step comes after the steps whose
// results it reads. A step is one loop nest: a producer (a layer with the `producer` property:
// dense, conv2d, conv2d_transpose) with an epilogue that applies, while the result is still in
// registers, its bias, its activation and the element-wise layers that follow it (`apply`:
// activation_layer, leaky_relu; `channel_affine`: batch_normalization). Views (input, reshape,
// flatten, dropout) never run. A nearest resampling (`resample`: upsampling2d) that feeds a
// stride-1 convolution is read through by the conv (no upsampled tensor); a bilinear one, or one
// before a strided conv, is computed straight into the conv's zero-bordered input copy, which
// exists anyway. A channel affine map right after a linear producer is folded into the
// producer's weights when weights are set. A producer whose own activation is not element-wise
// (softmax, `is_elementwise`) applies it to whole rows of the last axis after its loop nest
// (`step::rows`), and nothing after it joins its step. Any other layer is a step of its own that
// runs its reference kernel. `describe()` prints the plan, so a test can check what was decided.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "ctnn/activation.hpp"
#include "ctnn/detail/meta.hpp"
#include "ctnn/graph.hpp"
#include "ctnn/layers/layer.hpp"

namespace ctnn::engine {

/// One operation of an epilogue, applied to each output value in order.
struct epilogue_op {
  enum class kind { function, affine } what{};
  /// The layer it comes from: its `apply` (kind::function), or its per-channel coefficients
  /// (kind::affine); the producer itself for the producer's own activation.
  std::size_t position = 0;
};

inline constexpr std::size_t max_epilogue = 8;
/// The most sub-pixel phases a nearest upsampling is lowered to (4 x 4).
inline constexpr int max_phases = 16;

/// What a step's loop nest is: a producer's (a product on the last axis, or a convolution), or a
/// layer's reference kernel.
enum class step_kind { matrix_product, convolution, depthwise, separable, reference };

/// The loop nest of a producer of each kind.
constexpr step_kind step_kind_of(producer_kind kind) {
  switch (kind) {
    case producer_kind::matrix_product: return step_kind::matrix_product;
    case producer_kind::convolution: return step_kind::convolution;
    case producer_kind::depthwise: return step_kind::depthwise;
    case producer_kind::separable: return step_kind::separable;
  }
  return step_kind::reference;
}

/// One loop nest of the fused forward pass.
struct step {
  step_kind kind{};
  std::size_t first = 0;       ///< first position computed (its input is layer<first>::input_shape)
  std::size_t last = 0;        ///< last position computed (its output is layer<last>::output_shape)
  std::size_t producer = 0;    ///< the producer; for step_kind::reference the layer itself
  std::size_t upsampling = detail::none;  ///< a resampling the conv reads its input through
  bool phases_of_upsampling = false;  ///< nearest, stride 1: sub-pixel phases on the small input;
                                      ///< otherwise the upsampled input is built in the conv's scratch
  std::size_t folded = detail::none;  ///< a channel affine layer folded into the producer's weights
  std::array<epilogue_op, max_epilogue> epilogue{};
  std::size_t epilogue_size = 0;
  /// The producer's own activation when it is not element-wise (softmax): applied to each row of
  /// the last axis once the loop nest has written the step's result; nothing is fused after it.
  activation rows = activation::linear;
};

/// Per layer, what the planner reads: its properties, as values.
struct layer_facts {
  bool view = false, elementwise = false, affine = false, producer = false, resampling = false;
  step_kind loop = step_kind::reference;     ///< a producer's loop nest: its producer_kind's step kind
  bool reads_through = false;                ///< a convolution (not transposed) that can read a resampling through
  bool stride_one = false;                   ///< that convolution has strides (1, 1)
  activation function = activation::linear;  ///< a producer's own activation
  bool nearest = false;                      ///< a resampling's interpolation
  int upsampling_cells = 1;                  ///< a resampling's size.h * size.w
  std::size_t channels_in = 0;               ///< last axis of the input
  std::size_t channels_out = 0;              ///< last axis of the output
  std::string_view name;                     ///< Keras class, for describe()
};

/// What the planner reads of the node `At` (a `detail::layer_at`), as values.
template <class At>
consteval layer_facts planner_facts_of() {
  using L = typename At::description;
  layer_facts f;
  f.name = L::keras_class;
  f.channels_in = At::input_shape::rank == 0 ? 0 : At::input_shape::dims[At::input_shape::rank - 1];
  f.channels_out = At::output_shape::dims[At::output_shape::rank - 1];
  if constexpr (is_view_v<L>) {
    f.view = true;
  } else if constexpr (is_producer_v<L>) {
    f.producer = true;
    f.function = L::function;
    f.loop = step_kind_of(L::producer);
    if constexpr (L::producer == producer_kind::convolution) {
      constexpr conv_geometry g = L::template geometry<typename At::input_shape>();
      f.reads_through = !g.transpose;
      f.stride_one = g.stride_h == 1 && g.stride_w == 1;
    }
  } else if constexpr (is_resampling_v<L>) {
    f.resampling = true;
    f.nearest = L::resample.interpolation == interpolation::nearest;
    f.upsampling_cells = L::resample.size.h * L::resample.size.w;
  } else if constexpr (is_channel_affine_v<L>) {
    f.affine = true;
  } else if constexpr (is_elementwise_v<L>) {
    f.elementwise = true;
  }
  return f;
}

/// The plan of a graph whose nodes (positions 0..N-1, every node after its inputs) have these
/// facts and these inputs, and whose model outputs are the nodes marked in `is_output`. Returns
/// the steps in order and how many there are. A chain of nodes joins a step only where it is a
/// chain in the graph too: the next node reads this one alone, nothing else reads this one, and
/// this one is not a model output (whose values the caller reads, so a step must write them).
template <std::size_t N, std::size_t A>
consteval std::pair<std::array<step, N>, std::size_t> plan_graph(const std::array<layer_facts, N>& layers,
                                                                 const detail::links<N, A>& graph,
                                                                 const std::array<bool, N>& is_output) {
  std::array<std::size_t, N> readers{}, reader{};
  for (std::size_t p = 0; p < N; ++p)
    for (std::size_t k = 0; k < graph.arity[p]; ++k) ++readers[graph.inputs[p][k]], reader[graph.inputs[p][k]] = p;
  // The node that continues a chain from t, or N.
  auto next_in_chain = [&](std::size_t t) -> std::size_t {
    if (t + 1 == N || is_output[t] || readers[t] != 1 || graph.arity[reader[t]] != 1) return N;
    return reader[t];
  };
  std::array<step, N> steps{};
  std::array<bool, N> covered{};
  std::size_t count = 0;
  for (std::size_t i = 0; i < N; ++i) {
    const layer_facts& here = layers[i];
    if (covered[i] || graph.arity[i] == 0 || here.view) continue;
    step s;
    s.first = i;
    const std::size_t after = next_in_chain(i);
    if (here.resampling && after != N && layers[after].reads_through) {
      s.kind = step_kind::convolution;
      s.upsampling = i;
      // Each phase is a kernel of its own: past 16 phases, compile time outweighs the saving.
      s.phases_of_upsampling = here.nearest && layers[after].stride_one && here.upsampling_cells <= max_phases;
      s.producer = after;
    } else if (here.producer) {
      s.kind = here.loop;
      s.producer = i;
    } else {
      s.kind = step_kind::reference;
      s.producer = i;
      s.last = i;
      steps[count++] = s;
      continue;
    }
    covered[s.producer] = true;
    const layer_facts& producer = layers[s.producer];
    s.last = s.producer;
    // An activation that needs the whole row (softmax) is not an epilogue op: it runs over the
    // step's result, and what follows it cannot join the epilogue, which runs before it.
    if (!is_elementwise(producer.function)) {
      s.rows = producer.function;
      steps[count++] = s;
      continue;
    }
    if (producer.function != activation::linear) s.epilogue[s.epilogue_size++] = {epilogue_op::kind::function, s.producer};
    // Absorb what follows while each value can still be told its channel: a batch normalization
    // over C channels reads channel (flat index mod C), which is (producer channel mod C) when C
    // divides the producer's channel count.
    std::size_t j = next_in_chain(s.producer);
    while (j != N && s.epilogue_size < max_epilogue) {
      const layer_facts& next = layers[j];
      if (next.view) {
        j = next_in_chain(j);
        continue;
      }
      if (next.elementwise) {
        s.epilogue[s.epilogue_size++] = {epilogue_op::kind::function, j};
      } else if (next.affine && producer.channels_out % next.channels_in == 0) {
        if (s.epilogue_size == 0 && s.folded == detail::none) s.folded = j;
        else s.epilogue[s.epilogue_size++] = {epilogue_op::kind::affine, j};
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

/// The plan of a model, as a type with constants: `plan<Layout>::steps`, `plan<Layout>::size`.
/// `Layout` is a model's compile-time layout (ctnn/layout.hpp).
template <class Layout>
struct plan {
  static constexpr std::size_t positions = Layout::node_count;
  static constexpr std::array<layer_facts, positions> facts = Layout::over_positions([](auto... p) {
    return std::array<layer_facts, positions>{planner_facts_of<typename Layout::template layer<p>>()...};
  });
  static constexpr std::array<bool, positions> is_output = [] {
    std::array<bool, positions> marked{};
    for (std::size_t p : Layout::output_positions) marked[p] = true;
    return marked;
  }();
  static constexpr auto planned = plan_graph(facts, Layout::node_links, is_output);
  /// Node -> the node whose values it shows (views seen through): a graph fact, the layout's.
  static constexpr auto value_of = Layout::value_of;
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
      std::string line = s.kind == step_kind::reference ? "reference " + name(s.producer) : name(s.producer);
      if (s.upsampling != detail::none) line += (s.phases_of_upsampling ? " reads " : " builds its input with ") + name(s.upsampling);
      if (s.folded != detail::none) line += " folds " + name(s.folded);
      if (s.kind != step_kind::reference && facts[s.producer].function != activation::linear)
        line += " + " + std::string(display_name(facts[s.producer].function));
      for (std::size_t k = 0; k < s.epilogue_size; ++k)
        if (s.epilogue[k].position != s.producer) line += " + " + name(s.epilogue[k].position);
      text += line + "\n";
    }
    return text;
  }
};

}  // namespace ctnn::engine
