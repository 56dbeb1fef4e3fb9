// ctnn/reference/kernel.hpp: the reference forward path, one plain loop nest per layer kind, and
// the one dispatch from a node of a model to its kernel.
//
// This is the oracle every faster path is tested against, so it is written to be obviously
// correct, not fast: direct loops that follow each layer's definition, with the geometry passed
// as run-time values so that every model of a kind shares one compiled loop nest.
#pragma once

#include <algorithm>
#include <cstddef>

#include "ctnn/detail/meta.hpp"
#include "ctnn/layers/layer.hpp"

/// The reference loops are compiled once per program, never inlined into each model: they are
/// the oracle, not the fast path, and a test suite with hundreds of models must build quickly.
#if defined(__GNUC__) || defined(__clang__)
#define CTNN_REFERENCE_LOOP __attribute__((noinline)) inline
#else
#define CTNN_REFERENCE_LOOP inline
#endif

namespace ctnn::reference {

/// y[r, c] = x[r, c] * scale_c + shift_c over `channels` channels, with each channel's
/// coefficients from `coefficients(c)`.
template <class Coefficients>
void channel_affine(std::size_t rows, std::size_t channels, Coefficients coefficients, const float* x, float* y) {
  for (std::size_t c = 0; c < channels; ++c) {
    const affine_coefficients a = coefficients(c);
    for (std::size_t r = 0; r < rows; ++r) y[r * channels + c] = x[r * channels + c] * a.scale + a.shift;
  }
}

/// `reference::kernel<Layer>::run<In, Out>(params, x, y, batch)` computes `batch` samples of one
/// layer: x is batch * In::size values, y receives batch * Out::size values, params points at
/// the layer's weights in Keras order and layout. A merge's kernel takes one pointer per input:
/// `run_merge<Out, Ins...>(sources, y, batch)`. A layer whose properties say what it computes
/// (ctnn/layers/layer.hpp: a view, an element-wise function, a channel affine map) needs no
/// kernel of its own; any other layer specialises this in its reference/ header, which the
/// layer's own header includes last (a model of the layer needs nothing more).
template <class Layer>
struct kernel {
  template <class In, class Out>
  static void run(const float* params, const float* x, float* y, std::size_t batch) {
    if constexpr (is_view_v<Layer>) {
      std::copy(x, x + batch * In::size, y);
    } else if constexpr (is_elementwise_v<Layer>) {
      std::transform(x, x + batch * In::size, y, [](float v) { return Layer::apply(v); });
    } else if constexpr (is_channel_affine_v<Layer>) {
      constexpr std::size_t channels = In::dims[In::rank - 1];
      channel_affine(batch * (In::size / channels), channels,
                     [params](std::size_t c) { return Layer::affine(params, channels, c); }, x, y);
    } else {
      static_assert(is_view_v<Layer>, "ctnn: this layer has no reference kernel: specialise ctnn::reference::kernel<Layer> in a header that the layer's own header includes");
    }
  }
};

/// The one dispatch from a node of a model to its reference kernel, for the reference path and
/// for the engine's steps that run a reference kernel: `At` is the node (detail::layer_at),
/// `sources` its inputs' values in argument order, `params` the layer's weights.
template <class Layer, class Out, class Ins>
struct merge_kernel;
template <class Layer, class Out, class... Ins>
struct merge_kernel<Layer, Out, detail::type_list<Ins...>> {
  static void run(const float* const* sources, float* target, std::size_t batch) {
    kernel<Layer>::template run_merge<Out, Ins...>(sources, target, batch);
  }
};

template <class At>
void run_node(const float* params, const float* const* sources, float* target, std::size_t batch) {
  using L = typename At::description;
  if constexpr (At::input_count == 1) {
    kernel<L>::template run<typename At::input_shape, typename At::output_shape>(params, sources[0], target, batch);
  } else {
    merge_kernel<L, typename At::output_shape, typename At::input_shapes>::run(sources, target, batch);
  }
}

}  // namespace ctnn::reference
