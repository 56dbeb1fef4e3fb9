// ctnn/engine/kernels.hpp: the fused engine's loop nests: a register-blocked matrix product for
// dense layers, and a register-blocked implicit-GEMM sub-pixel convolution for conv2d,
// upsampling + conv2d and conv2d_transpose; both finish with the step's epilogue.
//
// Every loop bound is a compile-time constant of the step. Each output value is summed in one
// fixed order (its inputs in order, or its vector lanes in order) whatever the batch, the tile
// or the thread that computes it, so results are bit-identical for any thread count.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <type_traits>
#include <utility>

#include "ctnn/activation.hpp"
#include "ctnn/engine/plan.hpp"
#include "ctnn/engine/simd.hpp"
#include "ctnn/layers/upsampling2d.hpp"

namespace ctnn::engine {

// ---- Epilogue --------------------------------------------------------------------------------
// `Step` (see ctnn/engine/forward.hpp) provides: `epilogue` and `epilogue_size` (the ops),
// `bias_offset` and `affine_offset(k)` into the step's packed parameters (`out_padded` values
// each; an affine op stores its scales, then its shifts).

/// Op K of the step's epilogue on the values of channels o, o + 1, ... (a float or a vector).
template <class Step, std::size_t K, class Value>
[[gnu::always_inline]] inline Value apply_op(Value v, const float* packed, std::size_t o) {
  constexpr epilogue_op op = Step::epilogue[K];
  if constexpr (op.what == epilogue_op::kind::affine) {
    const float* scale = packed + Step::affine_offset(K);
    if constexpr (std::is_same_v<Value, vec>) return v * load(scale + o) + load(scale + Step::out_padded + o);
    else return v * scale[o] + scale[Step::out_padded + o];
  } else if constexpr (op.position == Step::s.producer) {
    return activate<Step::producer_at::description::function>(v);
  } else {
    return Step::template node<op.position>::description::apply(v);
  }
}

/// bias, then every op of the step, on the values of channels o, o + 1, ...
template <class Step, class Value>
[[gnu::always_inline]] inline Value epilogue(Value v, const float* packed, std::size_t o) {
  if constexpr (std::is_same_v<Value, vec>) v += load(packed + Step::bias_offset + o);
  else v += packed[Step::bias_offset + o];
  return [&]<std::size_t... K>(std::index_sequence<K...>) {
    ((v = apply_op<Step, K>(v, packed, o)), ...);
    return v;
  }(std::make_index_sequence<Step::epilogue_size>{});
}

/// Stores the first `count` (<= lanes) values of v.
[[gnu::always_inline]] inline void store_first(float* p, vec v, std::size_t count) {
  if (count >= lanes) {
    store(p, v);
  } else {
    for (std::size_t i = 0; i < count; ++i) p[i] = v[i];
  }
}

// ---- The register block both producers share ------------------------------------------------

/// acc[r][v] += x[r * XStep + i] * w[i * WStep + v * lanes] for i in [0, length): Rows rows (dense
/// rows, or output pixels) times Vectors vectors of outputs, each input value broadcast once per
/// row and each weight vector loaded once per block.
template <std::size_t Rows, std::size_t Vectors, std::size_t XStep, std::size_t WStep>
[[gnu::always_inline]] inline void multiply_accumulate(vec (&acc)[Rows][Vectors], const float* x, const float* w,
                                                       std::size_t length) {
  for (std::size_t i = 0; i < length; ++i) {
    vec weights[Vectors];
    for (std::size_t v = 0; v < Vectors; ++v) weights[v] = load(w + i * WStep + v * lanes);
    for (std::size_t r = 0; r < Rows; ++r) {
      const vec b = broadcast(x[r * XStep + i]);
      for (std::size_t v = 0; v < Vectors; ++v) acc[r][v] = fmadd(b, weights[v], acc[r][v]);
    }
  }
}

/// The epilogue of a block, stored: row r's outputs first .. out - 1 at y + r * y_step.
template <class Step, std::size_t Rows, std::size_t Vectors>
[[gnu::always_inline]] inline void store_block(const vec (&acc)[Rows][Vectors], const float* packed, float* y,
                                               std::size_t y_step, std::size_t first, std::size_t out) {
  for (std::size_t r = 0; r < Rows; ++r)
    for (std::size_t v = 0; v < Vectors; ++v) {
      const std::size_t o = first + v * lanes;
      if (o >= out) break;
      store_first(y + r * y_step + o, epilogue<Step>(acc[r][v], packed, o), out - o);
    }
}

// ---- Dense -----------------------------------------------------------------------------------

/// Output units per register block. The packed layouts use fixed block sizes, not the vector
/// width, so that they are the same whatever target a translation unit is compiled for.
inline constexpr std::size_t dense_block = 32;
/// Rows sharing each weight load: as many as the vector registers allow.
inline constexpr std::size_t dense_rows = lanes == 8 ? 2 : 1;

/// Packed layout, units vectorised: [unit block][in][dense_block]; otherwise (fewer units than a
/// vector) [unit][in rounded up to lanes], each unit a dot product over the inputs.
template <std::size_t In, std::size_t Out>
struct dense_layout {
  static constexpr bool units_vectorized = Out >= 8 || In < 8;
  static constexpr std::size_t blocks = (Out + dense_block - 1) / dense_block;
  static constexpr std::size_t out_padded = units_vectorized ? blocks * dense_block : Out;
  static constexpr std::size_t in_padded = (In + 7) / 8 * 8;
  static constexpr std::size_t weights_size = units_vectorized ? blocks * In * dense_block : Out * in_padded;
  static constexpr std::size_t index(std::size_t i, std::size_t o) {
    return units_vectorized ? ((o / dense_block) * In + i) * dense_block + o % dense_block : o * in_padded + i;
  }
};

template <class Step, std::size_t Rows>
[[gnu::always_inline]] inline void dense_rows_block(const float* packed, const float* weights, const float* x, float* y,
                                                    std::size_t first_unit) {
  constexpr std::size_t in = Step::in, out = Step::out, vectors = dense_block / lanes;
  vec acc[Rows][vectors] = {};
  multiply_accumulate<Rows, vectors, in, dense_block>(acc, x, weights, in);
  store_block<Step>(acc, packed, y, out, first_unit, out);
}

/// y[r, :] = epilogue(x[r, :] . W) for `rows` rows of x.
template <class Step>
void dense_kernel(const float* packed, const float* x, float* y, std::size_t rows) {
  constexpr std::size_t in = Step::in, out = Step::out;
  using layout = dense_layout<in, out>;
  if constexpr (layout::units_vectorized) {
    for (std::size_t block = 0; block < layout::blocks; ++block) {
      const float* weights = packed + block * in * dense_block;
      std::size_t r = 0;
      for (; r + dense_rows <= rows; r += dense_rows)
        dense_rows_block<Step, dense_rows>(packed, weights, x + r * in, y + r * out, block * dense_block);
      for (; r < rows; ++r) dense_rows_block<Step, 1>(packed, weights, x + r * in, y + r * out, block * dense_block);
    }
  } else {
    constexpr std::size_t whole = in / lanes * lanes;
    for (std::size_t r = 0; r < rows; ++r)
      for (std::size_t o = 0; o < out; ++o) {
        const float* w = packed + o * layout::in_padded;
        const float* xr = x + r * in;
        vec acc = broadcast(0.0f);
        for (std::size_t i = 0; i < whole; i += lanes) acc = fmadd(load(xr + i), load(w + i), acc);
        float sum = sum_lanes(acc);
        for (std::size_t i = whole; i < in; ++i) sum += xr[i] * w[i];
        y[r * out + o] = epilogue<Step>(sum, packed, o);
      }
  }
}

// ---- Convolutions ----------------------------------------------------------------------------

/// Output pixels per register block: 6 x 2 AVX accumulators, or 3 x 4 SSE ones.
inline constexpr std::size_t conv_pixels = lanes == 8 ? 6 : 3;

/// The zero-padded copy of one input sample that the sub-pixel convolutions read. When the step
/// reads through an upsampling that is not lowered to phases, the copy is the upsampled input,
/// computed as the reference kernel computes it: no upsampled tensor is stored elsewhere.
template <class Step>
void pad_input(const float* x, float* scratch) {
  using G = typename Step::lowering;
  constexpr std::size_t h = G::source.in_h, w = G::source.in_w, c = G::in_c, sc = G::scratch_c;
  std::fill_n(scratch, G::scratch_size, 0.0f);
  auto row = [&](std::size_t iy) { return scratch + ((iy + G::rows.pad_before) * G::padded_w + G::cols.pad_before) * sc; };
  if constexpr (Step::s.upsampling == detail::none || Step::s.phases_of_upsampling) {
    for (std::size_t iy = 0; iy < h; ++iy)
      for (std::size_t ix = 0; ix < w; ++ix) std::copy_n(x + (iy * w + ix) * c, c, row(iy) + ix * sc);
  } else {
    using up = typename Step::upsampling_at;
    constexpr std::size_t small_h = up::input_shape::dims[0], small_w = up::input_shape::dims[1];
    if constexpr (up::description::resample.interpolation == interpolation::nearest) {
      constexpr std::size_t a = std::size_t(up::description::resample.size.h), b = std::size_t(up::description::resample.size.w);
      for (std::size_t iy = 0; iy < h; ++iy)
        for (std::size_t ix = 0; ix < w; ++ix) std::copy_n(x + ((iy / a) * small_w + ix / b) * c, c, row(iy) + ix * sc);
    } else {
      for (std::size_t iy = 0; iy < h; ++iy) {
        const bilinear_tap ty = bilinear_source(int(iy), int(small_h), int(h));
        for (std::size_t ix = 0; ix < w; ++ix) {
          const bilinear_tap tx = bilinear_source(int(ix), int(small_w), int(w));
          auto at = [&](int sy, int sx) { return x + (std::size_t(sy) * small_w + std::size_t(sx)) * c; };
          const float *top_left = at(ty.lower, tx.lower), *top_right = at(ty.lower, tx.upper);
          const float *bottom_left = at(ty.upper, tx.lower), *bottom_right = at(ty.upper, tx.upper);
          float* target = row(iy) + ix * sc;
          for (std::size_t k = 0; k < c; ++k)
            target[k] = bilinear_mix(top_left[k], top_right[k], bottom_left[k], bottom_right[k], ty, tx);
        }
      }
    }
  }
}

/// Whether the column taps of phase PW read neighbouring input pixels (no dilation): then one
/// row of taps with all its channels is one contiguous run, in the padded input as in the packed
/// weights, and the kernels walk it as one loop.
template <class G, int PW>
inline constexpr bool contiguous_taps = [] {
  for (int t = 0; t < G::cols.tap_count[PW]; ++t)
    if (G::cols.offset[PW][t] != G::cols.offset[PW][0] + t) return false;
  return true;
}();

/// `Pixels` output pixels of phase (PH, PW), evenly spaced along a row or a column (x: where the
/// first one's tap (0, 0) reads, `pixel_step` floats between two; y: its output, `out_step`
/// floats between two), one block of output channels: acc[pixel][vector] += x[pixel, c] * w[c, channels].
template <class Step, int PH, int PW, std::size_t Pixels, std::size_t pixel_step, std::size_t out_step>
[[gnu::always_inline]] inline void conv_block_channels_out(const float* packed, const float* weights, const float* x,
                                                           float* y, std::size_t first_channel) {
  using G = typename Step::lowering;
  constexpr std::size_t in_c = G::in_c, block = G::block, vectors = block / lanes;
  static_assert(G::scratch_c == in_c, "with output channels in the vectors, the input copy keeps its channel count");
  constexpr std::size_t taps_h = G::rows.tap_count[PH], taps_w = G::cols.tap_count[PW];
  constexpr bool merged = contiguous_taps<G, PW>;
  constexpr std::size_t runs = merged ? 1 : taps_w, run_length = merged ? taps_w * in_c : in_c;
  vec acc[Pixels][vectors] = {};
  for (std::size_t ty = 0; ty < taps_h; ++ty)
    for (std::size_t run = 0; run < runs; ++run) {
      const float* xt = x + (std::ptrdiff_t(G::rows.offset[PH][ty]) * std::ptrdiff_t(G::padded_w) +
                             G::cols.offset[PW][run]) * std::ptrdiff_t(in_c);
      multiply_accumulate<Pixels, vectors, pixel_step, block>(acc, xt, weights + (ty * taps_w + run) * in_c * block,
                                                              run_length);
    }
  store_block<Step>(acc, packed, y, out_step, first_channel, G::out_c);
}

/// One tap row `ty` of `Pixels` neighbouring output pixels of one row of phase (PH, PW), one
/// output channel, as dot products over vectors of input channels: sums[p] += x . w. The caller
/// walks the tap rows outermost, so that one tap row of weights stays in L1 for a whole row of
/// pixels; each pixel still sums its terms in the order tap row, tap column, channel.
template <class Step, int PH, int PW, std::size_t Pixels>
[[gnu::always_inline]] inline void conv_block_channels_in(const float* weights, const float* x, std::size_t ty,
                                                          vec* sums) {
  using G = typename Step::lowering;
  constexpr std::size_t sc = G::scratch_c;
  constexpr std::size_t taps_w = G::cols.tap_count[PW];
  constexpr std::size_t pixel_step = std::size_t(G::cols.stride) * sc;
  constexpr bool merged = contiguous_taps<G, PW>;
  constexpr std::size_t runs = merged ? 1 : taps_w, run_length = merged ? taps_w * sc : sc;
  vec acc[Pixels];
  for (std::size_t p = 0; p < Pixels; ++p) acc[p] = sums[p];
  for (std::size_t run = 0; run < runs; ++run) {
    const float* xt = x + (std::ptrdiff_t(G::rows.offset[PH][ty]) * std::ptrdiff_t(G::padded_w) +
                           G::cols.offset[PW][run]) * std::ptrdiff_t(sc);
    const float* wt = weights + (ty * taps_w + run) * sc;
    for (std::size_t i = 0; i < run_length; i += lanes) {
      const vec w = load(wt + i);
      for (std::size_t p = 0; p < Pixels; ++p) acc[p] = fmadd(load(xt + p * pixel_step + i), w, acc[p]);
    }
  }
  for (std::size_t p = 0; p < Pixels; ++p) sums[p] = acc[p];
}

/// Output pixels that the sliding kernel takes at once: an accumulator each, beside one weight
/// vector per tap column, the input vector and one spare, within the 16 vector registers of
/// x86-64 (7 pixels for 7 tap columns measured faster than 8).
template <std::size_t TapColumns>
inline constexpr std::size_t sliding_pixels = TapColumns >= 13 ? 1 : std::min<std::size_t>(8, 14 - TapColumns);

/// acc[J - T] += v * w[T] for each tap column T whose output pixel J - T is in the block: the
/// sliding kernel's inner step, unrolled at compile time (J: the input pixel).
template <std::size_t J, std::size_t T, std::size_t Pixels>
[[gnu::always_inline]] inline void sliding_multiply_add(vec (&acc)[Pixels], vec v, const vec* w) {
  if constexpr (J >= T && J - T < Pixels) acc[J - T] = fmadd(v, w[T], acc[J - T]);
}
template <std::size_t J, std::size_t Pixels, std::size_t... T>
[[gnu::always_inline]] inline void sliding_input_pixel(vec (&acc)[Pixels], vec v, const vec* w, std::index_sequence<T...>) {
  (sliding_multiply_add<J, T>(acc, v, w), ...);
}
template <std::size_t Pixels, std::size_t TapColumns, std::size_t... J>
[[gnu::always_inline]] inline void sliding_row(vec (&acc)[Pixels], const float* x, std::size_t pixel_floats, const vec* w,
                                               std::index_sequence<J...>) {
  (sliding_input_pixel<J>(acc, load(x + J * pixel_floats), w, std::make_index_sequence<TapColumns>{}), ...);
}

/// Tap row `ty` of `Pixels` neighbouring output pixels of one row, one output channel, when the
/// phase's taps are neighbouring input pixels read at stride 1 (the 7x7 'same' conv at the end of
/// a generator): sums[p] += x . w. Each input vector is loaded once and multiplied by every tap
/// weight that needs it, the tap weights staying in registers, so the loop is bound by
/// multiplications rather than by one load per multiply-add. The caller walks the tap rows
/// outermost, so that a tap row of weights and an input row stay in L1 along the output row. Each
/// pixel sums tap row, channel vector, tap column in that order.
template <class Step, int PH, int PW, std::size_t Pixels>
[[gnu::always_inline]] inline void conv_sliding_channels_in(const float* weights, const float* x, std::size_t ty,
                                                            vec* sums) {
  using G = typename Step::lowering;
  constexpr std::size_t sc = G::scratch_c;
  constexpr std::size_t taps_w = G::cols.tap_count[PW];
  constexpr std::size_t span = Pixels + taps_w - 1;  // input pixels the block reads in one tap row
  vec acc[Pixels];
  for (std::size_t p = 0; p < Pixels; ++p) acc[p] = sums[p];
  const float* xt = x + (std::ptrdiff_t(G::rows.offset[PH][ty]) * std::ptrdiff_t(G::padded_w) + G::cols.offset[PW][0]) *
                            std::ptrdiff_t(sc);
  const float* wt = weights + ty * taps_w * sc;
  for (std::size_t c = 0; c < sc; c += lanes) {
    vec w[taps_w];
    for (std::size_t tx = 0; tx < taps_w; ++tx) w[tx] = load(wt + tx * sc + c);
    sliding_row<Pixels, taps_w>(acc, xt + c, sc, w, std::make_index_sequence<span>{});
  }
  for (std::size_t p = 0; p < Pixels; ++p) sums[p] = acc[p];
}

/// One tap row of a block of pixels, with one output channel: the sliding kernel where the taps
/// allow it, the dot-product kernel otherwise.
template <class Step, int PH, int PW, std::size_t Pixels, bool Sliding>
[[gnu::always_inline]] inline void conv_tap_row_channels_in(const float* weights, const float* x, std::size_t ty,
                                                            vec* sums) {
  if constexpr (Sliding) conv_sliding_channels_in<Step, PH, PW, Pixels>(weights, x, ty, sums);
  else conv_block_channels_in<Step, PH, PW, Pixels>(weights, x, ty, sums);
}

/// Every output pixel of phase (PH, PW) of one sample; `scratch` holds the padded input.
template <class Step, int PH, int PW>
void conv_phase(const float* packed, const float* scratch, float* y) {
  using G = typename Step::lowering;
  constexpr std::size_t rows = std::size_t(G::rows.rows[PH]), cols = std::size_t(G::cols.rows[PW]);
  if constexpr (rows == 0 || cols == 0) {
    return;
  } else {
    constexpr std::size_t out_w = G::source.out_w, out_c = G::out_c;
    constexpr std::size_t whole = cols / conv_pixels * conv_pixels;  // pixels of a row in whole blocks
    const float* weights = packed + G::phase_offset(PH, PW);
    auto input_at = [&](std::size_t qy, std::size_t qx) {  // where tap (0, 0) of pixel (qy, qx) reads
      return scratch + ((qy * G::rows.stride + G::rows.pad_before) * G::padded_w + qx * G::cols.stride +
                        G::cols.pad_before) * G::scratch_c;
    };
    auto output_at = [&](std::size_t qy, std::size_t qx) {
      return y + ((PH + qy * G::rows.step) * out_w + PW + qx * G::cols.step) * out_c;
    };
    if constexpr (G::taps(PH, PW) == 0) {  // transposed conv cells no kernel cell reaches: bias only
      for (std::size_t qy = 0; qy < rows; ++qy)
        for (std::size_t qx = 0; qx < cols; ++qx)
          for (std::size_t o = 0; o < out_c; ++o) output_at(qy, qx)[o] = epilogue<Step>(0.0f, packed, o);
    } else if constexpr (G::channels_out_vectorized) {
      // Along rows: blocks of conv_pixels. The columns left over at the right are taken down the
      // column instead, conv_pixels rows at a time, so that few blocks are narrow.
      constexpr std::size_t along_row_in = G::cols.stride * G::scratch_c, along_row_out = G::cols.step * out_c;
      constexpr std::size_t down_in = G::rows.stride * G::padded_w * G::scratch_c, down_out = G::rows.step * out_w * out_c;
      constexpr std::size_t whole_rows = rows / conv_pixels * conv_pixels;
      for (std::size_t block = 0; block < G::out_blocks; ++block) {
        const float* wb = weights + block * G::taps(PH, PW) * G::in_c * G::block;
        const std::size_t first_channel = block * G::block;
        for (std::size_t qy = 0; qy < rows; ++qy)
          for (std::size_t qx = 0; qx < whole; qx += conv_pixels)
            conv_block_channels_out<Step, PH, PW, conv_pixels, along_row_in, along_row_out>(
                packed, wb, input_at(qy, qx), output_at(qy, qx), first_channel);
        for (std::size_t qx = whole; qx < cols; ++qx) {
          for (std::size_t qy = 0; qy < whole_rows; qy += conv_pixels)
            conv_block_channels_out<Step, PH, PW, conv_pixels, down_in, down_out>(packed, wb, input_at(qy, qx),
                                                                                  output_at(qy, qx), first_channel);
          if constexpr (rows > whole_rows)
            conv_block_channels_out<Step, PH, PW, rows - whole_rows, down_in, down_out>(
                packed, wb, input_at(whole_rows, qx), output_at(whole_rows, qx), first_channel);
        }
      }
    } else {
      // Per output row and channel: sums over the tap rows (outermost, so that a tap row of
      // weights stays in L1 along the row), then the epilogue.
      constexpr std::size_t taps_h = std::size_t(G::rows.tap_count[PH]), taps_w = std::size_t(G::cols.tap_count[PW]);
      constexpr bool sliding = contiguous_taps<G, PW> && G::cols.stride == 1 && G::cols.step == 1 &&
                               sliding_pixels<taps_w> > 1;
      constexpr std::size_t block = sliding ? sliding_pixels<taps_w> : conv_pixels, whole_blocks = cols / block * block;
      for (std::size_t qy = 0; qy < rows; ++qy)
        for (std::size_t o = 0; o < out_c; ++o) {
          const float* wo = weights + o * G::taps(PH, PW) * G::scratch_c;
          vec sums[cols];
          std::fill_n(sums, cols, broadcast(0.0f));
          for (std::size_t ty = 0; ty < taps_h; ++ty) {
            for (std::size_t qx = 0; qx < whole_blocks; qx += block)
              conv_tap_row_channels_in<Step, PH, PW, block, sliding>(wo, input_at(qy, qx), ty, sums + qx);
            if constexpr (cols > whole_blocks)
              conv_tap_row_channels_in<Step, PH, PW, cols - whole_blocks, sliding>(wo, input_at(qy, whole_blocks), ty,
                                                                                   sums + whole_blocks);
          }
          for (std::size_t qx = 0; qx < cols; ++qx)
            output_at(qy, qx)[o] = epilogue<Step>(sum_lanes(sums[qx]), packed, o);
        }
    }
  }
}

/// One sample through a conv step: pad the input once, then every phase.
template <class Step>
void conv_kernel(const float* packed, const float* x, float* y, float* scratch) {
  using G = typename Step::lowering;
  pad_input<Step>(x, scratch);
  [&]<int... P>(std::integer_sequence<int, P...>) {
    (conv_phase<Step, P / G::phases_w, P % G::phases_w>(packed, scratch, y), ...);
  }(std::make_integer_sequence<int, G::phases_h * G::phases_w>{});
}

}  // namespace ctnn::engine
