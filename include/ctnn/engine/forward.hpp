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

/// (scale, shift) of channel c of the batch normalization whose Keras weights start at `p`:
/// y = x * scale + shift, computed as the reference kernel computes them.
template <class Layer>
std::pair<float, float> batch_norm_affine(const float* p, std::size_t channels, std::size_t c) {
  float gamma = 1.0f, beta = 0.0f;
  if (Layer::opts.scale) gamma = std::exchange(p, p + channels)[c];
  if (Layer::opts.center) beta = std::exchange(p, p + channels)[c];
  const float mean = p[c], variance = p[channels + c];
  const float scale = gamma / std::sqrt(variance + static_cast<float>(Layer::epsilon));
  return {scale, beta - mean * scale};
}

/// The producer facts of a step that the kernels and the packing need.
template <class Model, std::size_t K, step_kind Kind = plan<Model>::steps[K].kind>
struct producer_geometry {
  static constexpr std::size_t out_padded = 0, weights_size = 0, scratch_size = 0;
};

template <class Model, std::size_t K>
struct producer_geometry<Model, K, step_kind::dense> {
  using at = typename Model::template layer<plan<Model>::steps[K].producer>;
  static constexpr std::size_t in = at::input_shape::dims[at::input_shape::rank - 1];
  static constexpr std::size_t out = at::output_shape::dims[at::output_shape::rank - 1];
  static constexpr std::size_t rows_per_sample = at::input_shape::size / in;
  using layout = dense_layout<in, out>;
  static constexpr std::size_t out_padded = layout::out_padded, weights_size = layout::weights_size;
  static constexpr std::size_t scratch_size = 0;
};

template <class Model, std::size_t K>
consteval conv_source conv_source_of() {
  constexpr step S = plan<Model>::steps[K];
  using at = typename Model::template layer<S.producer>;
  using L = typename at::description;
  // Sub-pixel phases read the small input; otherwise the kernel reads the conv's own input.
  using in = std::conditional_t<S.phases_of_upsampling, typename Model::template layer<S.upsampling>::input_shape,
                                typename at::input_shape>;
  conv_source s;
  s.transpose = role_of<L> == role::conv2d_transpose;
  s.in_h = int(in::dims[0]), s.in_w = int(in::dims[1]), s.in_c = int(in::dims[2]);
  s.out_h = int(at::output_shape::dims[0]), s.out_w = int(at::output_shape::dims[1]);
  s.out_c = int(at::output_shape::dims[2]);
  if constexpr (S.phases_of_upsampling) {
    constexpr auto size = Model::template layer<S.upsampling>::description::opts.size;
    s.up_h = size.h, s.up_w = size.w;
  }
  s.kernel_h = L::opts.kernel_size.h, s.kernel_w = L::opts.kernel_size.w;
  s.stride_h = L::opts.strides.h, s.stride_w = L::opts.strides.w;
  s.dilation_h = L::opts.dilation_rate.h, s.dilation_w = L::opts.dilation_rate.w;
  const int conv_in_h = int(at::input_shape::dims[0]), conv_in_w = int(at::input_shape::dims[1]);
  if constexpr (role_of<L> == role::conv2d_transpose) {
    s.offset_h = conv_arithmetic::transpose_crop_before(conv_in_h, L::extent_h, s.stride_h, L::opts.padding,
                                                        L::opts.output_padding.h);
    s.offset_w = conv_arithmetic::transpose_crop_before(conv_in_w, L::extent_w, s.stride_w, L::opts.padding,
                                                        L::opts.output_padding.w);
  } else {
    s.offset_h = conv_arithmetic::conv_padding_before(conv_in_h, L::extent_h, s.stride_h, L::opts.padding);
    s.offset_w = conv_arithmetic::conv_padding_before(conv_in_w, L::extent_w, s.stride_w, L::opts.padding);
  }
  return s;
}

template <class Model, std::size_t K>
struct producer_geometry<Model, K, step_kind::conv> {
  using lowering = conv_lowering<conv_source_of<Model, K>()>;
  static constexpr std::size_t out_padded = lowering::out_c_padded, weights_size = lowering::weights_size;
  static constexpr std::size_t scratch_size = lowering::scratch_size;
};

/// Step K of Model's plan, with the layout of its packed parameters:
/// [weights][bias: out_padded][per affine op: scales, shifts (out_padded each)].
template <class Model, std::size_t K>
struct step_info : producer_geometry<Model, K> {
  static constexpr step s = plan<Model>::steps[K];
  using geometry = producer_geometry<Model, K>;
  using producer_at = typename Model::template layer<s.producer>;
  using upsampling_at = typename Model::template layer<s.upsampling>;  // the input when s.upsampling == 0
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
  static constexpr std::size_t packed_size = s.kind == step_kind::layer ? 0 : affine_offset(epilogue_size);

  /// Writes this step's packed parameters from the model's Keras-order parameters.
  static void pack(const float* keras, float* packed) {
    if constexpr (s.kind != step_kind::layer) {
      using L = typename producer_at::description;
      constexpr std::size_t out = producer_at::output_shape::dims[producer_at::output_shape::rank - 1];
      const float* kernel = keras + Model::template param_offset<s.producer>;
      constexpr std::size_t kernel_size = producer_at::weights[0].size();
      const float* bias = L::opts.use_bias ? kernel + kernel_size : nullptr;
      // A folded batch normalization scales each output channel's weights and bias.
      auto folded = [&](std::size_t o) -> std::pair<float, float> {
        if constexpr (s.folded != 0) {
          using bn_at = typename Model::template layer<s.folded>;
          constexpr std::size_t channels = bn_at::input_shape::dims[bn_at::input_shape::rank - 1];
          return batch_norm_affine<typename bn_at::description>(keras + Model::template param_offset<s.folded>,
                                                                channels, o % channels);
        } else {
          return {1.0f, 0.0f};
        }
      };
      // No allocation here: set_weights has already committed the Keras-order values. One output
      // channel at a time, so that a folded normalization's scale is computed once per channel.
      std::fill_n(packed, packed_size, 0.0f);
      for (std::size_t o = 0; o < out; ++o) {
        const auto [scale, shift] = folded(o);
        if constexpr (s.kind == step_kind::dense) {
          using layout = typename geometry::layout;
          for (std::size_t i = 0; i < geometry::in; ++i) packed[layout::index(i, o)] = kernel[i * out + o] * scale;
        } else {
          using G = typename geometry::lowering;
          constexpr conv_source src = G::source;
          const std::size_t in_c = G::in_c;
          for (int ph = 0; ph < G::phases_h; ++ph)
            for (int pw = 0; pw < G::phases_w; ++pw)
              for (int ky = 0; ky < src.kernel_h; ++ky)
                for (int kx = 0; kx < src.kernel_w; ++kx)
                  for (std::size_t c = 0; c < in_c; ++c) {
                    const std::size_t index = G::packed_index(ph, pw, ky, kx, c, o);
                    if (index == G::npos) continue;
                    const std::size_t cell = std::size_t(ky * src.kernel_w + kx);
                    const float w = src.transpose ? kernel[(cell * out + o) * in_c + c] : kernel[(cell * in_c + c) * out + o];
                    packed[index] += w * scale;  // taps merged by an upsampling add up
                  }
        }
        packed[bias_offset + o] = (bias != nullptr ? bias[o] : 0.0f) * scale + shift;
      }
      for (std::size_t k = 0; k < epilogue_size; ++k) {
        if (epilogue[k].what != epilogue_op::kind::affine) continue;
        pack_affine(keras, packed + affine_offset(k), epilogue[k].position, out);
      }
    }
  }

 private:
  /// Scales and shifts of the batch normalization at `position`, per producer channel.
  static void pack_affine(const float* keras, float* target, std::size_t position, std::size_t out) {
    Model::over_positions([&](auto... p) {
      (
          [&] {
            using at = typename Model::template layer<p>;
            if constexpr (role_of<typename at::description> == role::batch_normalization) {
              if (p != position) return;
              constexpr std::size_t channels = at::input_shape::dims[at::input_shape::rank - 1];
              for (std::size_t o = 0; o < out; ++o) {
                const auto [scale, shift] = batch_norm_affine<typename at::description>(
                    keras + Model::template param_offset<p>, channels, o % channels);
                target[o] = scale;
                target[out_padded + o] = shift;
              }
            }
          }(),
          ...);
      return 0;
    });
  }
};

/// 2 x the multiply-adds of one sample through the layer at `At`, as the layer defines them.
template <class At>
consteval std::size_t layer_flops() {
  using L = typename At::description;
  using in = typename At::input_shape;
  using out = typename At::output_shape;
  if constexpr (role_of<L> == role::dense) {
    return 2 * in::size * out::dims[out::rank - 1];
  } else if constexpr (role_of<L> == role::conv2d) {
    return 2 * out::size * std::size_t(L::opts.kernel_size.h * L::opts.kernel_size.w) * in::dims[2];
  } else if constexpr (role_of<L> == role::conv2d_transpose) {
    return 2 * in::size * std::size_t(L::opts.kernel_size.h * L::opts.kernel_size.w) * out::dims[2];
  } else {
    return 0;
  }
}

/// Where each step's results live in a tile's arena, decided at compile time: a value lives in a
/// slot from the step that writes it to the last step that reads it, and a slot is reused once
/// its value is dead. A chain needs two slots (ping-pong); a graph needs one more for each value
/// that waits while another branch runs. The last step writes the model's output.
template <std::size_t N>
struct buffer_plan {
  static constexpr std::size_t none = std::size_t(-1);
  std::array<std::size_t, N> slot_of{};    ///< value node (plan::value_of) -> its slot (none: a model input or y)
  std::size_t slots = 0;
};

/// The fused forward pass of Model.
template <class Model>
struct fused {
  using plan_type = plan<Model>;
  static constexpr std::size_t step_count = plan_type::size;
  static constexpr std::size_t node_count = Model::node_count;
  static constexpr auto links = Model::node_links;
  /// Samples a thread runs through the whole plan at a time.
  static constexpr std::size_t tile = 8;

  template <class F>
  static constexpr decltype(auto) over_steps(F&& f) {
    return [&]<std::size_t... K>(std::index_sequence<K...>) -> decltype(auto) {
      return f(std::integral_constant<std::size_t, K>{}...);
    }(std::make_index_sequence<step_count>{});
  }

  /// The nodes a step reads: a producer's (or its upsampling's) one input, or a layer's inputs.
  static constexpr std::size_t read_count(std::size_t k) {
    const step& s = plan_type::steps[k];
    return s.kind == step_kind::layer ? links.arity[s.producer] : 1;
  }
  static constexpr std::size_t read_node(std::size_t k, std::size_t i) {
    const step& s = plan_type::steps[k];
    return s.kind == step_kind::layer ? links.inputs[s.producer][i] : links.inputs[s.first][0];
  }

  static constexpr buffer_plan<node_count> buffers = [] {
    buffer_plan<node_count> b{};
    std::array<std::size_t, node_count> last_read{};
    for (std::size_t k = 0; k < step_count; ++k)
      for (std::size_t i = 0; i < read_count(k); ++i) last_read[plan_type::value_of[read_node(k, i)]] = k;
    b.slot_of.fill(b.none);
    std::array<std::size_t, node_count> slot_owner{};  // per slot, the value in it
    for (std::size_t k = 0; k + 1 < step_count; ++k) {
      const std::size_t written = plan_type::steps[k].last;
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
    over_steps([&](auto... k) {
      (step_info<Model, k>::pack(keras, packed + packed_offset<k>), ...);
      return 0;
    });
  }

  using inputs = std::array<const float*, Model::input_count>;

  /// `count` (<= tile) samples through every step; `x` points at each input's first sample.
  static void run_tile(const float* keras, const float* packed, const inputs& x, float* y, std::size_t count,
                       float* arena) {
    constexpr std::size_t output = plan_type::value_of[Model::output_position];
    if constexpr (step_count == 0 || plan_type::steps[step_count - 1].last != output) {
      // The output is an input (seen through views): nothing to compute.
      constexpr std::size_t k = Model::input_index(output);
      using shape = typename Model::template layer<output>::output_shape;
      std::copy(x[k], x[k] + count * shape::size, y);
    } else {
      float* scratch = arena + buffers.slots * tile * Model::max_activation_size;
      auto slot = [&](std::size_t s) { return arena + s * tile * Model::max_activation_size; };
      // Where the value of node P is, for this tile: a slot, or a model input.
      auto where = [&](std::size_t p) -> const float* {
        const std::size_t v = plan_type::value_of[p];
        return buffers.slot_of[v] != buffers.none ? slot(buffers.slot_of[v]) : x[Model::input_index(v)];
      };
      over_steps([&](auto... k) {
        (
            [&] {
              using info = step_info<Model, k>;
              float* target = k + 1 == step_count ? y : slot(buffers.slot_of[info::s.last]);
              const float* source = where(read_node(k, 0));
              const float* own = packed + packed_offset<k>;
              if constexpr (info::s.kind == step_kind::dense) {
                dense_kernel<info>(own, source, target, count * info::rows_per_sample);
              } else if constexpr (info::s.kind == step_kind::conv) {
                for (std::size_t n = 0; n < count; ++n)
                  conv_kernel<info>(own, source + n * info::in_shape::size, target + n * info::out_shape::size, scratch);
              } else if constexpr (info::producer_at::input_count == 1) {
                reference::kernel<typename info::producer_at::description>::template run<typename info::in_shape,
                                                                                         typename info::out_shape>(
                    keras + Model::template param_offset<info::s.producer>, source, target, count);
              } else {
                run_merge<info>(typename info::producer_at::input_shapes{}, where, target, count);
              }
            }(),
            ...);
        return 0;
      });
    }
  }

  template <class Info, class Where, class... Ins>
  static void run_merge(detail::type_list<Ins...>, Where& where, float* target, std::size_t count) {
    std::array<const float*, sizeof...(Ins)> sources{};
    for (std::size_t i = 0; i < sizeof...(Ins); ++i) sources[i] = where(links.inputs[Info::s.producer][i]);
    reference::kernel<typename Info::producer_at::description>::template run_merge<typename Info::out_shape, Ins...>(
        sources.data(), target, count);
  }

  struct job {
    const float* keras;
    const float* packed;
    inputs x;
    float* y;
    std::size_t batch;
  };

  static void run_task(void* context, std::size_t task, float* arena) {
    const job& j = *static_cast<const job*>(context);
    const std::size_t first = task * tile, count = std::min(tile, j.batch - first);
    inputs x{};
    Model::over_positions([&](auto... p) {
      (
          [&] {
            constexpr std::size_t k = Model::input_index(p);
            if constexpr (k < Model::input_count)
              x[k] = j.x[k] + first * Model::template layer<p>::output_shape::size;
          }(),
          ...);
      return 0;
    });
    run_tile(j.keras, j.packed, x, j.y + first * Model::output_shape_type::size, count, arena);
  }

  /// `batch` samples of the inputs `x` into y, split in tiles over at most `threads` threads.
  static void run(const float* keras, const float* packed, const inputs& x, float* y, std::size_t batch,
                  unsigned threads) {
    job j{keras, packed, x, y, batch};
    thread_pool::instance().run((batch + tile - 1) / tile, threads, arena_size, &run_task, &j);
  }
};

}  // namespace ctnn::engine
