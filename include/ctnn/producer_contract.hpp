// ctnn/producer_contract.hpp: what a producer layer (dense, conv2d, conv2d_transpose) says about
// its weights and its work, so that neither its reference kernel nor the engine assumes it: which
// of its weights is the kernel and which the bias, how the kernel is laid out, and its FLOPs.
//
// A producer declares `template <class In> static constexpr producer_contract contract()`. The
// engine's packing reads every kernel value through `layout(cell, in, out)` and the lowering's
// packed index of the same (cell, in, out), with no branch per layer; the reference kernels index
// through the same layout. A new producer whose weights are laid out another way (a depthwise
// kernel, a recurrent layer's gates) states its layout here and needs no change to the packing.
#pragma once

#include <cstddef>

#include "ctnn/weights.hpp"

namespace ctnn {

/// Where weight (cell, in, out) of a producer's kernel is in its Keras array: a strided layout
/// of three axes, as mdspan's `layout_stride` or a CuTe layout (a shape and a stride). `cell`
/// counts the kernel's spatial cells in row-major order (one for Dense), `in` the input channels,
/// `out` the output channels.
struct kernel_layout {
  std::size_t cells = 1, in = 0, out = 0;
  std::size_t cell_stride = 0, in_stride = 0, out_stride = 1;

  constexpr std::size_t operator()(std::size_t cell, std::size_t i, std::size_t o) const {
    return cell * cell_stride + i * in_stride + o * out_stride;
  }
  /// Weights the layout covers: the kernel array's size.
  constexpr std::size_t size() const { return cells * in * out; }

  /// [cells..., in, out]: Dense's [in, units], Conv2D's [kh, kw, in, filters].
  static constexpr kernel_layout cells_in_out(std::size_t cells, std::size_t in, std::size_t out) {
    return {cells, in, out, in * out, out, 1};
  }
  /// [cells..., out, in]: Conv2DTranspose's [kh, kw, filters, in].
  static constexpr kernel_layout cells_out_in(std::size_t cells, std::size_t in, std::size_t out) {
    return {cells, in, out, in * out, 1, in};
  }
};

/// A producer's weights and work for one input shape.
struct producer_contract {
  static constexpr std::size_t no_weight = static_cast<std::size_t>(-1);

  std::size_t kernel = 0;        ///< which of the layer's `weights<In>()` is the kernel
  std::size_t bias = no_weight;  ///< which is the bias (added to each output channel), or no_weight
  kernel_layout layout;          ///< where each kernel value is in that weight
  /// 2 x the multiply-adds of one sample, as the layer defines its work (a transposed
  /// convolution counts every kernel cell of every input pixel): model::flops_per_sample.
  std::size_t flops = 0;

  constexpr bool has_bias() const { return bias != no_weight; }
};

/// Where a producer's kernel and bias start in its parameters (its weights one after another,
/// Keras order). The offsets are known at compile time and the pointers come from two plain
/// member functions, so that no function is emitted per producer and input shape.
struct producer_weights {
  std::size_t kernel_offset = 0;
  std::size_t bias_offset = producer_contract::no_weight;

  const float* kernel(const float* params) const { return params + kernel_offset; }
  /// nullptr where the producer has no bias.
  const float* bias(const float* params) const {
    return bias_offset == producer_contract::no_weight ? nullptr : params + bias_offset;
  }
};

/// Where the layer `L`'s kernel and bias are in its parameters for the input shape `In`, as its
/// contract says, checked against its `weights<In>()`.
template <class L, class In>
consteval producer_weights weights_of_producer() {
  constexpr producer_contract contract = L::template contract<In>();
  constexpr weight_list weights = L::template weights<In>();
  static_assert(contract.kernel < weights.size() && contract.layout.size() == weights[contract.kernel].size(),
                "ctnn: a producer's contract names its kernel, and its layout covers exactly that weight");
  static_assert(!contract.has_bias() || (contract.bias < weights.size() && weights[contract.bias].size() == contract.layout.out),
                "ctnn: a producer's contract names its bias, one value per output channel");
  // An index past the weights has failed above: no offset is computed from it (a second error).
  constexpr bool kernel_listed = contract.kernel < weights.size(), bias_listed = contract.bias < weights.size();
  return {kernel_listed ? weights.offset(contract.kernel) : 0,
          bias_listed ? weights.offset(contract.bias) : producer_contract::no_weight};
}

}  // namespace ctnn
