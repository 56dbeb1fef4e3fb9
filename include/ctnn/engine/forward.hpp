// ctnn/engine/forward.hpp: the fused forward pass of a model: its plan's steps, their packed
// weights, the per-thread arena, and the batch split over threads.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <type_traits>
#include <utility>

#include "ctnn/conv_arithmetic.hpp"
#include "ctnn/engine/kernels.hpp"
#include "ctnn/engine/lowering.hpp"
#include "ctnn/engine/plan.hpp"
#include "ctnn/engine/thread_pool.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::engine {
inline namespace CTNN_ENGINE_WIDTH_NAMESPACE {

/// The producer facts of a step that the kernels and the packing need.
template <class Model, std::size_t K, step_kind Kind = plan<Model>::steps[K].kind>
struct producer_geometry {
  static constexpr std::size_t out_padded = 0, weights_size = 0, scratch_size = 0;
};

template <class Model, std::size_t K>
struct producer_geometry<Model, K, step_kind::matrix_product> {
  using at = typename Model::template layer<plan<Model>::steps[K].producer>;
  static constexpr std::size_t in = at::input_shape::dims[at::input_shape::rank - 1];
  static constexpr std::size_t out = at::output_shape::dims[at::output_shape::rank - 1];
  static constexpr std::size_t rows_per_sample = at::input_shape::size / in;
  using layout = dense_layout<in, out>;
  static constexpr std::size_t out_padded = layout::out_padded, weights_size = layout::weights_size;
  static constexpr std::size_t scratch_size = 0;
  /// Packs output channel o: each packed weight is the stored kernel's value at (0, input channel,
  /// o), through the producer's layout `stored`, times `scale`.
  static void pack_channel(std::size_t o, const float* kernel, kernel_layout stored, float scale, float* packed) {
    for (std::size_t i = 0; i < in; ++i) packed[layout::index(i, o)] += kernel[stored(0, i, o)] * scale;
  }
};

template <class Model, std::size_t K>
consteval conv_source conv_source_of() {
  constexpr step S = plan<Model>::steps[K];
  using at = typename Model::template layer<S.producer>;
  conv_source s;
  static_cast<conv_geometry&>(s) = at::description::template geometry<typename at::input_shape>();
  // Sub-pixel phases read the small input; otherwise the kernel reads the conv's own input.
  if constexpr (S.phases_of_upsampling) {
    using up = typename Model::template layer<S.upsampling>;
    s.in_h = int(up::input_shape::dims[0]), s.in_w = int(up::input_shape::dims[1]);
    s.up_h = up::description::resample.size.h, s.up_w = up::description::resample.size.w;
  }
  return s;
}

/// Samples a thread runs through the whole plan at a time.
inline constexpr std::size_t tile_samples = 8;
/// Packed weights from which a convolution runs block of output channels by block, each block
/// over every sample of the tile, instead of sample by sample: weights as large as L2 (2 MiB per
/// core on the Xeon measured) are then read from memory once per tile instead of once per sample.
/// Smaller weights run sample by sample: block by block, the tile's inputs and outputs would crowd
/// L2 instead, which costs more than the reads it saves (docs/performance.md, "What each change
/// measured").
inline constexpr std::size_t weights_outer_bytes = std::size_t{2} << 20;

template <class Model, std::size_t K>
struct producer_geometry<Model, K, step_kind::convolution> {
  using lowering = conv_lowering<conv_source_of<Model, K>()>;
  static constexpr std::size_t out_padded = lowering::out_c_padded, weights_size = lowering::weights_size;
  static constexpr bool weights_outer = lowering::channels_out_vectorized && lowering::out_blocks > 1 &&
                                        weights_size * sizeof(float) >= weights_outer_bytes;
  /// The padded input copies: one per sample of the tile when the weights are outermost.
  static constexpr std::size_t scratch_size = (weights_outer ? tile_samples : 1) * lowering::scratch_size;
  /// Packs output channel o: each phase's taps, each the stored kernel's value at (kernel cell,
  /// input channel, o) through the producer's layout `stored`, times `scale` (kernel cells that an
  /// upsampling merges into one tap add up there). A member function, not a loop calling back a
  /// lambda: a closure type per step cost golden_test.cpp 9 MiB of compiler memory at -O3
  /// (docs/performance.md, 2026-12-07, "the packing without a lambda").
  static void pack_channel(std::size_t o, const float* kernel, kernel_layout stored, float scale, float* packed) {
    constexpr conv_source src = lowering::source;
    for (int ph = 0; ph < lowering::phases_h; ++ph)
      for (int pw = 0; pw < lowering::phases_w; ++pw)
        for (int ky = 0; ky < src.kernel_h; ++ky)
          for (int kx = 0; kx < src.kernel_w; ++kx)
            for (std::size_t c = 0; c < lowering::in_c; ++c) {
              const std::size_t index = lowering::packed_index(ph, pw, ky, kx, c, o);
              if (index != detail::none) packed[index] += kernel[stored(std::size_t(ky * src.kernel_w + kx), c, o)] * scale;
            }
  }
};

/// A depthwise convolution's step (engine/lowering.hpp, depthwise_lowering).
template <class Model, std::size_t K>
struct producer_geometry<Model, K, step_kind::depthwise> {
  using at = typename Model::template layer<plan<Model>::steps[K].producer>;
  using lowering = depthwise_lowering<at::description::template geometry<typename at::input_shape>()>;
  static constexpr std::size_t out_padded = lowering::out_padded, weights_size = lowering::weights_size;
  static constexpr std::size_t scratch_size = lowering::scratch_size;
  /// Packs output channel o: its kernel value of each cell, the stored kernel's (cell, 0, o), times `scale`.
  static void pack_channel(std::size_t o, const float* kernel, kernel_layout stored, float scale, float* packed) {
    for (std::size_t t = 0; t < lowering::cells; ++t) packed[t * out_padded + o] += kernel[stored(t, 0, o)] * scale;
  }
};

/// A separable convolution's step: its depthwise half (`depthwise`, a depthwise_lowering of the
/// layer's `geometry<In>()`) into the scratch, then its 1 x 1 half as a Dense over the pixels,
/// with the step's epilogue. Packed: [1 x 1 weights (dense_layout)][depthwise weights][bias, ...].
/// The contract's kernel is the 1 x 1 one (a folded normalization scales it); the depthwise kernel
/// is the layer's `depthwise_contract<In>()`'s, packed once by `pack_other`.
template <class Model, std::size_t K>
struct producer_geometry<Model, K, step_kind::separable> {
  using at = typename Model::template layer<plan<Model>::steps[K].producer>;
  using In = typename at::input_shape;
  using depthwise = depthwise_lowering<at::description::template geometry<In>()>;
  static constexpr std::size_t in = depthwise::channels;
  static constexpr std::size_t out = at::output_shape::dims[at::output_shape::rank - 1];
  static constexpr std::size_t rows_per_sample = std::size_t(depthwise::g.out_h * depthwise::g.out_w);
  using layout = dense_layout<in, out>;
  static constexpr std::size_t pointwise_size = layout::weights_size;
  static constexpr std::size_t out_padded = layout::out_padded, weights_size = pointwise_size + depthwise::weights_size;
  /// The padded copy of the input, then the depthwise values of the sample.
  static constexpr std::size_t scratch_size = depthwise::scratch_size + depthwise::output_size;
  static void pack_channel(std::size_t o, const float* kernel, kernel_layout stored, float scale, float* packed) {
    for (std::size_t i = 0; i < in; ++i) packed[layout::index(i, o)] += kernel[stored(0, i, o)] * scale;
  }
  /// The depthwise kernel, from the layer's parameters, where its contract says it is.
  static void pack_other(const float* params, float* packed) {
    constexpr producer_contract contract = at::description::template depthwise_contract<In>();
    const float* kernel = params + at::description::template weights<In>().offset(contract.kernel);
    for (std::size_t t = 0; t < depthwise::cells; ++t)
      for (std::size_t j = 0; j < in; ++j) packed[pointwise_size + t * depthwise::out_padded + j] = kernel[contract.layout(t, 0, j)];
  }
};

/// Step K of Model's plan, with the layout of its packed parameters:
/// [weights][bias: out_padded][per affine op: scales, shifts (out_padded each)].
template <class Model, std::size_t K>
struct step_info : producer_geometry<Model, K> {
  static constexpr step s = plan<Model>::steps[K];
  using geometry = producer_geometry<Model, K>;
  using producer_at = typename Model::template layer<s.producer>;
  /// The resampling the conv reads through (the producer when there is none).
  using upsampling_at = typename Model::template layer<s.upsampling == detail::none ? s.producer : s.upsampling>;
  /// The node at position P, for the epilogue's element-wise ops.
  template <std::size_t P>
  using node = typename Model::template layer<P>;
  using in_shape = typename Model::template layer<s.first>::input_shape;
  using out_shape = typename Model::template layer<s.last>::output_shape;
  static constexpr auto epilogue = s.epilogue;
  static constexpr std::size_t epilogue_size = s.epilogue_size;
  static constexpr std::size_t out_padded = geometry::out_padded;
  static constexpr std::size_t bias_offset = geometry::weights_size;
  static constexpr std::size_t affine_offset(std::size_t k) {
    std::size_t offset = bias_offset + out_padded;
    for (std::size_t i = 0; i < k; ++i)
      if (epilogue[i].what == epilogue_op::kind::affine) offset += 2 * out_padded;
    return offset;
  }
  static constexpr std::size_t packed_size = s.kind == step_kind::reference ? 0 : affine_offset(epilogue_size);

  /// Writes this step's packed parameters from the model's Keras-order parameters: each kernel
  /// value where the producer's contract says it is, to where the lowering packs it.
  static void pack(const float* keras, float* packed) {
    if constexpr (s.kind != step_kind::reference) {
      using L = typename producer_at::description;
      using In = typename producer_at::input_shape;
      constexpr kernel_layout layout = L::template contract<In>().layout;
      constexpr std::size_t out = layout.out;
      constexpr producer_weights weights = weights_of_producer<L, In>();
      const float* params = keras + Model::template param_offset<s.producer>;
      const float* kernel = weights.kernel(params);
      const float* bias = weights.bias(params);
      // A folded channel affine layer scales each output channel's weights and bias.
      auto folded = [&](std::size_t o) -> affine_coefficients {
        if constexpr (s.folded != detail::none) return channel_coefficients<s.folded>(keras, o);
        else return {};
      };
      // No allocation here: set_weights has already committed the Keras-order values. One output
      // channel at a time, so that a folded normalization's scale is computed once per channel.
      std::fill_n(packed, packed_size, 0.0f);
      // A producer with a second kernel (a separable convolution's depthwise half) packs it here.
      if constexpr (requires { geometry::pack_other(params, packed); }) geometry::pack_other(params, packed);
      for (std::size_t o = 0; o < out; ++o) {
        const auto [scale, shift] = folded(o);
        geometry::pack_channel(o, kernel, layout, scale, packed);
        packed[bias_offset + o] = (bias != nullptr ? bias[o] : 0.0f) * scale + shift;
      }
      pack_affine_ops(keras, packed, out);
    }
  }

 private:
  /// Scales and shifts of the epilogue's affine ops, from op `Op` on, per producer channel.
  template <std::size_t Op = 0>
  static void pack_affine_ops(const float* keras, float* packed, std::size_t out) {
    if constexpr (Op < epilogue_size) {
      if constexpr (epilogue[Op].what == epilogue_op::kind::affine) {
        float* target = packed + affine_offset(Op);
        for (std::size_t o = 0; o < out; ++o) {
          const auto [scale, shift] = channel_coefficients<epilogue[Op].position>(keras, o);
          target[o] = scale;
          target[out_padded + o] = shift;
        }
      }
      pack_affine_ops<Op + 1>(keras, packed, out);
    }
  }

  /// The coefficients of the channel affine layer at `Position` for producer channel o: the
  /// layer's channel (o mod its channel count), from its Keras weights.
  template <std::size_t Position>
  static affine_coefficients channel_coefficients(const float* keras, std::size_t o) {
    using at = typename Model::template layer<Position>;
    constexpr std::size_t channels = at::input_shape::dims[at::input_shape::rank - 1];
    return at::description::affine(keras + Model::template param_offset<Position>, channels, o % channels);
  }
};

/// 2 x the multiply-adds of one sample through the node `At`, as its producer's contract says;
/// 0 for other layers.
template <class At>
consteval std::size_t layer_flops() {
  using L = typename At::description;
  if constexpr (!is_producer_v<L>) return 0;
  else return L::template contract<typename At::input_shape>().flops;
}

/// Where each step's results live in a tile's arena, decided at compile time: a value lives in a
/// slot from the step that writes it to the last step that reads it, and a slot is reused once
/// its value is dead. A chain needs two slots (ping-pong); a graph needs one more for each value
/// that waits while another branch runs. A model output's value is written straight into the
/// caller's output, and later steps read it there.
template <std::size_t N>
struct buffer_plan {
  std::array<std::size_t, N> slot_of{};    ///< value node (value_of) -> its slot (detail::none: a model input or output)
  std::size_t slots = 0;
};

/// Each buffer of `buffers` from sample `first` on (`sample_sizes`: values per sample of each).
/// A function of the count alone, not of the model: compiled once for every model of as many
/// inputs or outputs.
template <class T, std::size_t N>
std::array<T*, N> from_sample(const std::array<T*, N>& buffers, const std::array<std::size_t, N>& sample_sizes,
                              std::size_t first) {
  std::array<T*, N> shifted{};
  for (std::size_t k = 0; k < N; ++k) shifted[k] = buffers[k] + first * sample_sizes[k];
  return shifted;
}

/// The fused forward pass of Model.
template <class Model>
struct fused {
  using plan_type = plan<Model>;
  static constexpr std::size_t step_count = plan_type::size;
  static constexpr std::size_t node_count = Model::node_count;
  static constexpr auto links = Model::node_links;
  static constexpr std::size_t tile = tile_samples;

  template <class F>
  static constexpr decltype(auto) over_steps(F&& f) {
    return detail::over_indices<step_count>(std::forward<F>(f));
  }

  /// The nodes a step reads: a producer's (or its upsampling's) one input, or a layer's inputs.
  static constexpr std::size_t read_count(std::size_t k) {
    const step& s = plan_type::steps[k];
    return s.kind == step_kind::reference ? links.arity[s.producer] : 1;
  }
  static constexpr std::size_t read_node(std::size_t k, std::size_t i) {
    const step& s = plan_type::steps[k];
    return s.kind == step_kind::reference ? links.inputs[s.producer][i] : links.inputs[s.first][0];
  }

  static constexpr std::size_t output_count = Model::output_count;
  /// Per output, the first output that shows the same value (views seen through): the one a step
  /// writes; another output of that value is a copy of it.
  static constexpr std::array<std::size_t, output_count> home_output = [] {
    std::array<std::size_t, output_count> home{};
    for (std::size_t k = 0; k < output_count; ++k) {
      home[k] = 0;
      while (plan_type::value_of[Model::output_positions[home[k]]] != plan_type::value_of[Model::output_positions[k]]) ++home[k];
    }
    return home;
  }();
  /// Whether an output is a copy of an input or of another output (most models: none is).
  static constexpr bool copies_outputs = [] {
    for (std::size_t k = 0; k < output_count; ++k)
      if (home_output[k] != k || Model::input_index(plan_type::value_of[Model::output_positions[k]]) != detail::none) return true;
    return false;
  }();
  /// The output whose memory holds the value of node `v` (a value node), or detail::none.
  static constexpr std::size_t output_holding(std::size_t v) {
    for (std::size_t k = 0; k < output_count; ++k)
      if (plan_type::value_of[Model::output_positions[k]] == v) return home_output[k];
    return detail::none;
  }

  static constexpr buffer_plan<node_count> buffers = [] {
    buffer_plan<node_count> b{};
    std::array<std::size_t, node_count> last_read{};
    for (std::size_t k = 0; k < step_count; ++k)
      for (std::size_t i = 0; i < read_count(k); ++i) last_read[plan_type::value_of[read_node(k, i)]] = k;
    b.slot_of.fill(detail::none);
    std::array<std::size_t, node_count> slot_owner{};  // per slot, the value in it
    for (std::size_t k = 0; k < step_count; ++k) {
      const std::size_t written = plan_type::steps[k].last;
      if (output_holding(written) != detail::none) continue;  // written into the caller's output
      std::size_t slot = 0;
      auto busy = [&](std::size_t candidate) {
        for (std::size_t p = 0; p < node_count; ++p)
          if (b.slot_of[p] == candidate && slot_owner[candidate] == p && last_read[p] >= k) return true;
        return false;
      };
      while (slot < b.slots && busy(slot)) ++slot;
      if (slot == b.slots) ++b.slots;
      b.slot_of[written] = slot;
      slot_owner[slot] = written;
    }
    return b;
  }();

  static constexpr std::size_t flops_per_sample = Model::over_positions(
      [](auto... p) { return (std::size_t{0} + ... + layer_flops<typename Model::template layer<p>>()); });
  static constexpr std::size_t packed_size =
      over_steps([](auto... k) { return (std::size_t{0} + ... + step_info<Model, k>::packed_size); });
  template <std::size_t K>
  static constexpr std::size_t packed_offset = over_steps([](auto... k) {
    return (std::size_t{0} + ... + (k < K ? step_info<Model, k>::packed_size : 0));
  });
  static constexpr std::size_t scratch_size =
      over_steps([](auto... k) { return std::max({std::size_t{0}, step_info<Model, k>::scratch_size...}); });
  /// Floats of arena one thread uses: a tile of the largest activation per slot, and the padded
  /// copy of a convolution's input.
  static constexpr std::size_t arena_size = buffers.slots * tile * Model::max_activation_size + scratch_size;

  static void pack(const float* keras, float* packed) {
    detail::for_each_index<step_count>([&](auto k) { step_info<Model, k>::pack(keras, packed + packed_offset<k>); });
  }

  using inputs = std::array<const float*, Model::input_count>;
  using outputs = std::array<float*, output_count>;

  /// f(share) for each of `parts` shares of a step's outputs, on `parts` threads of the pool (the
  /// caller's among them); f itself where there is one part.
  template <class F>
  static void in_shares(unsigned parts, const F& f) {
    if (parts <= 1) {
      f(share{});
      return;
    }
    struct context {
      const F* f;
      unsigned parts;
    } c{&f, parts};
    thread_pool::instance().run(
        parts, parts, 0,
        [](void* context_pointer, std::size_t index, float*) {
          const auto& shared = *static_cast<const context*>(context_pointer);
          (*shared.f)(share{index, shared.parts});
        },
        &c);
  }

  /// `count` (<= tile) samples through every step; `x` points at each input's first sample, `y` at
  /// each output's. With `parts` > 1, each producer's outputs are split in that many shares over
  /// the pool's threads.
  static void run_tile(const float* keras, const float* packed, const inputs& x, const outputs& y, std::size_t count,
                       float* arena, unsigned parts = 1) {
    // (A model that only shows an input, through views, has no step: nothing below is used.)
    [[maybe_unused]] float* scratch = arena + buffers.slots * tile * Model::max_activation_size;
    [[maybe_unused]] auto slot = [&](std::size_t s) { return arena + s * tile * Model::max_activation_size; };
    // Where the value of node P is, for this tile: a slot, a model input, or a model output.
    // Decided at compile time: a choice made at run time is code that every model's unit compiles.
    [[maybe_unused]] auto where = [&]<std::size_t P>(std::integral_constant<std::size_t, P>) -> const float* {
      constexpr std::size_t v = plan_type::value_of[P];
      if constexpr (buffers.slot_of[v] != detail::none) return slot(buffers.slot_of[v]);
      else if constexpr (Model::input_index(v) != detail::none) return x[Model::input_index(v)];
      else return y[output_holding(v)];
    };
    detail::for_each_index<step_count>([&](auto k) {
      using info = step_info<Model, k>;
      constexpr std::size_t holder = output_holding(info::s.last);
      float* target = holder != detail::none ? y[holder] : slot(buffers.slot_of[info::s.last]);
      const float* source = where(std::integral_constant<std::size_t, read_node(k, 0)>{});
      const float* own = packed + packed_offset<k>;
      if constexpr (info::s.kind == step_kind::matrix_product) {
        in_shares(parts, [&](share part) { dense_kernel<info>(own, source, target, count * info::rows_per_sample, part); });
      } else if constexpr (info::s.kind == step_kind::convolution) {
        using G = typename info::lowering;
        if constexpr (info::weights_outer) {
          // Every sample's input padded first, then each block of output channels over every
          // sample, while its weights are in L2.
          for (std::size_t n = 0; n < count; ++n)
            pad_input<info>(source + n * info::in_shape::size, scratch + n * G::scratch_size);
          in_shares(parts, [&](share part) {
            const auto [first_block, end_block] = part.of(G::out_blocks);
            for (std::size_t block = first_block; block < end_block; ++block)
              for (std::size_t n = 0; n < count; ++n)
                conv_phases<info>(own, scratch + n * G::scratch_size, target + n * info::out_shape::size,
                                  share{block, G::out_blocks});
          });
        } else {
          for (std::size_t n = 0; n < count; ++n) {
            float* output = target + n * info::out_shape::size;
            pad_input<info>(source + n * info::in_shape::size, scratch);
            in_shares(parts, [&](share part) { conv_phases<info>(own, scratch, output, part); });
          }
        }
      } else if constexpr (info::s.kind == step_kind::depthwise) {
        using D = typename info::lowering;
        for (std::size_t n = 0; n < count; ++n) {
          depthwise_pad_input<D>(source + n * info::in_shape::size, scratch);
          in_shares(parts, [&](share part) { depthwise_kernel<D, info>(own, own, scratch, target + n * info::out_shape::size, part); });
        }
      } else if constexpr (info::s.kind == step_kind::separable) {
        using D = typename info::depthwise;
        float* depthwise_values = scratch + D::scratch_size;
        for (std::size_t n = 0; n < count; ++n) {
          depthwise_pad_input<D>(source + n * info::in_shape::size, scratch);
          in_shares(parts, [&](share part) { depthwise_kernel<D, void>(own + info::pointwise_size, own, scratch, depthwise_values, part); });
          in_shares(parts, [&](share part) {
            dense_kernel<info>(own, depthwise_values, target + n * info::out_shape::size, info::rows_per_sample, part);
          });
        }
      } else {
        constexpr std::size_t reads = read_count(k);
        const auto sources = [&]<std::size_t... I>(std::index_sequence<I...>) {
          return std::array<const float*, reads>{where(std::integral_constant<std::size_t, read_node(k, I)>{})...};
        }(std::make_index_sequence<reads>{});
        reference::run_node<typename info::producer_at>(keras + Model::template param_offset<info::s.producer>,
                                                        sources.data(), target, count);
      }
      // A producer's activation over whole rows of the last axis (softmax), after its loop nest.
      if constexpr (info::s.rows != activation::linear) {
        constexpr std::size_t channels = info::out_shape::dims[info::out_shape::rank - 1];
        activate_rows(info::s.rows, target, count * (info::out_shape::size / channels), channels);
      }
    });
    // An output that is a model input (seen through views), or that shows the value of an
    // earlier output, is a copy.
    if constexpr (copies_outputs)
      detail::for_each_index<output_count>([&](auto k) {
        constexpr std::size_t v = plan_type::value_of[Model::output_positions[k]];
        constexpr std::size_t size = Model::output_sizes[k];
        if constexpr (Model::input_index(v) != detail::none) std::copy(x[Model::input_index(v)], x[Model::input_index(v)] + count * size, y[k]);
        else if constexpr (home_output[k] != k) std::copy(y[home_output[k]], y[home_output[k]] + count * size, y[k]);
      });
  }

  struct job {
    const float* keras;
    const float* packed;
    inputs x;
    outputs y;
    std::size_t batch;
  };

  static void run_task(void* context, std::size_t task, float* arena) {
    const job& j = *static_cast<const job*>(context);
    const std::size_t first = task * tile, count = std::min(tile, j.batch - first);
    run_tile(j.keras, j.packed, from_sample(j.x, Model::input_sizes, first), from_sample(j.y, Model::output_sizes, first), count, arena);
  }

  /// FLOPs per sample (flops_per_sample: 2 x the multiply-adds) below which splitting a sample
  /// over threads costs more than it saves: each producer step becomes a job of the pool (a few
  /// microseconds to hand out).
  static constexpr std::size_t split_flops_per_sample = 16'000'000;

  /// `batch` samples of the inputs `x` into y on at most `threads` threads: tiles of samples
  /// spread over the threads, or, when there are fewer tiles than threads and the model is large
  /// enough, one sample after another with each step's outputs split over the threads.
  static void run(const float* keras, const float* packed, const inputs& x, const outputs& y, std::size_t batch,
                  unsigned threads) {
    const std::size_t tiles = (batch + tile - 1) / tile;
    const unsigned usable = usable_threads(threads);
    if (usable > 1 && tiles < usable && flops_per_sample >= split_flops_per_sample) {
      float* arena = thread_arena(arena_size);
      for (std::size_t n = 0; n < batch; ++n)
        run_tile(keras, packed, from_sample(x, Model::input_sizes, n), from_sample(y, Model::output_sizes, n), 1, arena, usable);
      return;
    }
    job j{keras, packed, x, y, batch};
    thread_pool::instance().run(tiles, threads, arena_size, &run_task, &j);
  }
};

}  // namespace CTNN_ENGINE_WIDTH_NAMESPACE
}  // namespace ctnn::engine
