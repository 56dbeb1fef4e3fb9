// ctnn/engine/kernels.hpp: the fused engine's loop nests: a register-blocked matrix product for
// dense layers, and a register-blocked implicit-GEMM sub-pixel convolution for conv2d,
// upsampling + conv2d and conv2d_transpose; both finish with the step's epilogue.
//
// Every loop bound is a compile-time constant of the step, but for the range of channel blocks or
// rows a thread takes when threads split one sample (`share`). Each output value is summed in one
// fixed order (its inputs in order, or its vector lanes in order) whatever the batch, the tile,
// the share or the thread that computes it, so results are bit-identical for any thread count.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <type_traits>
#include <utility>

#include "ctnn/activation.hpp"
#include "ctnn/engine/lowering.hpp"
#include "ctnn/engine/plan.hpp"
#include "ctnn/engine/simd.hpp"
#include "ctnn/layers/upsampling2d.hpp"

namespace ctnn::engine {
inline namespace CTNN_ENGINE_WIDTH_NAMESPACE {

/// One of `count` equal shares of a step's output channels or rows: what one thread computes
/// when the threads split one sample. Each output is computed by the same code whatever share it
/// falls in, so results do not depend on the split.
struct share {
  std::size_t index = 0, count = 1;
  /// The share's part [first, last) of n items.
  constexpr std::pair<std::size_t, std::size_t> of(std::size_t n) const { return {n * index / count, n * (index + 1) / count}; }
};

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

/// acc[r][v] += x[at(r) + i] * w[i * WStep + v * lanes] for i in [0, length): Rows rows (dense
/// rows, or output pixels) times Vectors vectors of outputs, each input value broadcast once per
/// row and each weight vector loaded once per block. Row r is at (r % Cols) * XStep +
/// (r / Cols) * XRowStep: a line of rows, or a 2-D patch of pixels Cols wide.
template <std::size_t Rows, std::size_t Vectors, std::size_t XStep, std::size_t WStep, std::size_t Cols = Rows,
          std::size_t XRowStep = 0>
[[gnu::always_inline]] inline void multiply_accumulate(vec (&acc)[Rows][Vectors], const float* x, const float* w,
                                                       std::size_t length) {
  for (std::size_t i = 0; i < length; ++i) {
    vec weights[Vectors];
    for (std::size_t v = 0; v < Vectors; ++v) weights[v] = load(w + i * WStep + v * lanes);
    for (std::size_t r = 0; r < Rows; ++r) {
      const vec b = broadcast(x[(r % Cols) * XStep + (r / Cols) * XRowStep + i]);
      for (std::size_t v = 0; v < Vectors; ++v) acc[r][v] = fmadd(b, weights[v], acc[r][v]);
    }
  }
}

/// The epilogue of a block, stored: row r's outputs first .. out - 1 at y + (r % Cols) * y_step +
/// (r / Cols) * y_row_step.
template <class Step, std::size_t Rows, std::size_t Vectors, std::size_t Cols = Rows>
[[gnu::always_inline]] inline void store_block(const vec (&acc)[Rows][Vectors], const float* packed, float* y,
                                               std::size_t y_step, std::size_t first, std::size_t out,
                                               std::size_t y_row_step = 0) {
  for (std::size_t r = 0; r < Rows; ++r)
    for (std::size_t v = 0; v < Vectors; ++v) {
      const std::size_t o = first + v * lanes;
      if (o >= out) break;
      store_first(y + (r % Cols) * y_step + (r / Cols) * y_row_step + o, epilogue<Step>(acc[r][v], packed, o), out - o);
    }
}

// ---- Dense -----------------------------------------------------------------------------------

/// Output units per register block: four vectors. The packed weights follow it (simd.hpp: why
/// each width then has symbols of its own).
inline constexpr std::size_t dense_vectors = 4;
inline constexpr std::size_t dense_block = dense_vectors * lanes;
/// Rows sharing each weight load: as many as the vector registers left by the weights allow,
/// rounded down to a power of two so that a tile of 8 rows splits evenly: with 32 registers 4 + 4,
/// not 6 + 2, whose block of 2 rows loads every weight for two rows only (docs/performance.md,
/// "What each change measured").
inline constexpr std::size_t dense_rows =
    vector_registers > 2 * dense_vectors ? std::bit_floor((vector_registers - dense_vectors - 1) / dense_vectors) : 1;

/// Packed layout, units vectorised: [unit block][in][dense_block]; otherwise (fewer units than a
/// vector) [unit][in rounded up to lanes], each unit a dot product over the inputs.
template <std::size_t In, std::size_t Out>
struct dense_layout {
  static constexpr bool units_vectorized = Out >= lanes || In < lanes;
  static constexpr std::size_t blocks = (Out + dense_block - 1) / dense_block;
  static constexpr std::size_t out_padded = units_vectorized ? blocks * dense_block : Out;
  static constexpr std::size_t in_padded = (In + lanes - 1) / lanes * lanes;
  static constexpr std::size_t weights_size = units_vectorized ? blocks * In * dense_block : Out * in_padded;
  static constexpr std::size_t index(std::size_t i, std::size_t o) {
    return units_vectorized ? ((o / dense_block) * In + i) * dense_block + o % dense_block : o * in_padded + i;
  }
};

template <class Step, std::size_t Rows>
[[gnu::always_inline]] inline void dense_rows_block(const float* packed, const float* weights, const float* x, float* y,
                                                    std::size_t first_unit) {
  constexpr std::size_t in = Step::in, out = Step::out, vectors = dense_vectors;
  vec acc[Rows][vectors] = {};
  multiply_accumulate<Rows, vectors, in, dense_block>(acc, x, weights, in);
  store_block<Step>(acc, packed, y, out, first_unit, out);
}

/// y[r, :] = epilogue(x[r, :] . W) for `rows` rows of x: the units of share `part`.
template <class Step>
void dense_kernel(const float* packed, const float* x, float* y, std::size_t rows, share part = {}) {
  constexpr std::size_t in = Step::in, out = Step::out;
  using layout = dense_layout<in, out>;
  if constexpr (layout::units_vectorized) {
    const auto [first_block, end_block] = part.of(layout::blocks);
    for (std::size_t block = first_block; block < end_block; ++block) {
      const float* weights = packed + block * in * dense_block;
      std::size_t r = 0;
      for (; r + dense_rows <= rows; r += dense_rows)
        dense_rows_block<Step, dense_rows>(packed, weights, x + r * in, y + r * out, block * dense_block);
      // The rows left over, in one block of their own size (3 rows of a part tile: one block of 3 with 32 registers).
      [&]<std::size_t... Left>(std::index_sequence<Left...>) {
        ((rows - r == Left + 1 ? dense_rows_block<Step, Left + 1>(packed, weights, x + r * in, y + r * out, block * dense_block)
                               : void()),
         ...);
      }(std::make_index_sequence<dense_rows - 1>{});
    }
  } else {
    constexpr std::size_t whole = in / lanes * lanes;
    const auto [first_unit, end_unit] = part.of(out);
    for (std::size_t r = 0; r < rows; ++r)
      for (std::size_t o = first_unit; o < end_unit; ++o) {
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

/// Output pixels per register block: an accumulator per pixel and vector of the channel block,
/// beside the block's weight vectors and a broadcast input (6 x 2 with AVX2's 16 registers, 14 x 2
/// with AVX-512's 32).
inline constexpr std::size_t conv_pixels = vector_registers > 4 + conv_vectors ? (vector_registers - 4) / conv_vectors : 1;

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
/// floats between two), or a patch `Cols` pixels wide (`row_step_in`, `row_step_out` floats
/// between its rows), one block of output channels: acc[pixel][vector] += x[pixel, c] * w[c, channels].
template <class Step, int PH, int PW, std::size_t Pixels, std::size_t pixel_step, std::size_t out_step,
          std::size_t Cols = Pixels, std::size_t row_step_in = 0, std::size_t row_step_out = 0>
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
      multiply_accumulate<Pixels, vectors, pixel_step, block, Cols, row_step_in>(
          acc, xt, weights + (ty * taps_w + run) * in_c * block, run_length);
    }
  store_block<Step, Pixels, vectors, Cols>(acc, packed, y, out_step, first_channel, G::out_c, row_step_out);
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
/// vector per tap column, the input vector and one spare, within the vector registers (with 16:
/// 7 pixels for 7 tap columns measured faster than 8).
template <std::size_t TapColumns>
inline constexpr std::size_t sliding_pixels =
    TapColumns + 4 > vector_registers ? 1 : std::min<std::size_t>(vector_registers / 2, vector_registers - 2 - TapColumns);

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

/// The output pixels of phase (PH, PW) of one sample in share `part` (of its channel blocks, or
/// of its rows where a channel block does not apply); `scratch` holds the padded input.
template <class Step, int PH, int PW>
void conv_phase(const float* packed, const float* scratch, float* y, share part) {
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
      const auto [first_row, end_row] = part.of(rows);
      for (std::size_t qy = first_row; qy < end_row; ++qy)
        for (std::size_t qx = 0; qx < cols; ++qx)
          for (std::size_t o = 0; o < out_c; ++o) output_at(qy, qx)[o] = epilogue<Step>(0.0f, packed, o);
    } else if constexpr (G::channels_out_vectorized) {
      // Along rows: blocks of conv_pixels. The columns left over at the right are taken down the
      // column instead, conv_pixels rows at a time, so that few blocks are narrow.
      constexpr std::size_t along_row_in = G::cols.stride * G::scratch_c, along_row_out = G::cols.step * out_c;
      constexpr std::size_t down_in = G::rows.stride * G::padded_w * G::scratch_c, down_out = G::rows.step * out_w * out_c;
      constexpr std::size_t whole_rows = rows / conv_pixels * conv_pixels;
      const auto [first_block, end_block] = part.of(G::out_blocks);
      for (std::size_t block = first_block; block < end_block; ++block) {
        const float* wb = weights + block * G::taps(PH, PW) * G::in_c * G::block;
        const std::size_t first_channel = block * G::block;
        if constexpr (2 * cols < conv_pixels) {
          // Rows of at most half a block (the 4x4 planes): patches of whole rows, as many as a
          // block holds, the rows split evenly: a 4x4 plane is two 2x4 patches with 32 registers,
          // so each weight load serves 8 pixels, not a column's 4. A 7x7 plane keeps its columns
          // of 7, which fill half a block already (docs/performance.md, "What each change
          // measured", has both).
          constexpr std::size_t most_rows = conv_pixels / cols, row_blocks = (rows + most_rows - 1) / most_rows;
          constexpr std::size_t patch_rows = (rows + row_blocks - 1) / row_blocks, whole_patches = rows / patch_rows * patch_rows;
          for (std::size_t qy = 0; qy < whole_patches; qy += patch_rows)
            conv_block_channels_out<Step, PH, PW, patch_rows * cols, along_row_in, along_row_out, cols, down_in, down_out>(
                packed, wb, input_at(qy, 0), output_at(qy, 0), first_channel);
          if constexpr (rows > whole_patches)
            conv_block_channels_out<Step, PH, PW, (rows - whole_patches) * cols, along_row_in, along_row_out, cols, down_in,
                                    down_out>(packed, wb, input_at(whole_patches, 0), output_at(whole_patches, 0),
                                              first_channel);
          continue;
        }
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
      const auto [first_row, end_row] = part.of(rows);
      for (std::size_t qy = first_row; qy < end_row; ++qy)
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

// ---- Depthwise convolutions -----------------------------------------------------------------
// Each output value reads kh * kw input values and as many weights: a depthwise convolution moves
// as many floats as it multiplies, and is bound by memory, not by FMAs. The kernel keeps a block
// of output pixels' accumulators for one vector of channels in registers and loads each weight
// vector once per block; the input is read once per tap.

/// Output pixels per block of a depthwise step: an accumulator each, beside a weight vector and
/// an input vector.
inline constexpr std::size_t depthwise_pixels = vector_registers >= 32 ? 8 : 4;

/// The zero-padded copy of one input sample that a depthwise lowering D reads: input channel c
/// at copy channels c * M ... c * M + M - 1.
template <class D>
void depthwise_pad_input(const float* x, float* scratch) {
  constexpr conv_geometry g = D::g;
  constexpr std::size_t in_c = std::size_t(g.in_c), op = D::out_padded, m = D::multiplier;
  std::fill_n(scratch, D::scratch_size, 0.0f);
  for (std::size_t iy = 0; iy < std::size_t(g.in_h) && iy + std::size_t(g.offset_h) < D::padded_h; ++iy)
    for (std::size_t ix = 0; ix < std::size_t(g.in_w) && ix + std::size_t(g.offset_w) < D::padded_w; ++ix) {
      const float* source = x + (iy * std::size_t(g.in_w) + ix) * in_c;
      float* target = scratch + ((iy + std::size_t(g.offset_h)) * D::padded_w + ix + std::size_t(g.offset_w)) * op;
      if constexpr (m == 1) {
        std::copy_n(source, in_c, target);
      } else {
        for (std::size_t c = 0; c < in_c; ++c) std::fill_n(target + c * m, m, source[c]);
      }
    }
}

/// `Pixels` neighbouring output pixels of one row, channels o ... o + lanes - 1: x is where the
/// first pixel's tap (0, 0) reads in the copy, y its output; `weights` D's packed weights. With a
/// Step, its epilogue (`packed`: the step's parameters); with void, the sums as they are (the
/// depthwise half of a separable step).
template <class D, class Step, std::size_t Pixels>
[[gnu::always_inline]] inline void depthwise_block(const float* weights, const float* packed, const float* x, float* y,
                                                   std::size_t o) {
  constexpr conv_geometry g = D::g;
  constexpr std::size_t op = D::out_padded, out_c = D::channels;
  constexpr std::size_t pixel_step = std::size_t(g.stride_w) * op, row_step = std::size_t(g.dilation_h) * D::padded_w * op;
  vec acc[Pixels] = {};
  for (std::size_t ky = 0; ky < std::size_t(g.kernel_h); ++ky)
    for (std::size_t kx = 0; kx < std::size_t(g.kernel_w); ++kx) {
      const vec w = load(weights + (ky * std::size_t(g.kernel_w) + kx) * op + o);
      const float* tap = x + ky * row_step + kx * std::size_t(g.dilation_w) * op + o;
      for (std::size_t p = 0; p < Pixels; ++p) acc[p] = fmadd(load(tap + p * pixel_step), w, acc[p]);
    }
  for (std::size_t p = 0; p < Pixels; ++p) {
    if constexpr (std::is_void_v<Step>) store_first(y + p * out_c + o, acc[p], out_c - o);
    else store_first(y + p * out_c + o, epilogue<Step>(acc[p], packed, o), out_c - o);
  }
}

/// The output rows of share `part` of one sample through a depthwise lowering D; `scratch` holds
/// the padded copy of its input. Step: as depthwise_block.
template <class D, class Step>
void depthwise_kernel(const float* weights, const float* packed, const float* scratch, float* y, share part) {
  constexpr conv_geometry g = D::g;
  constexpr std::size_t op = D::out_padded, out_c = D::channels, out_w = std::size_t(g.out_w);
  constexpr std::size_t whole = out_w / depthwise_pixels * depthwise_pixels;
  const auto [first_row, end_row] = part.of(std::size_t(g.out_h));
  for (std::size_t oy = first_row; oy < end_row; ++oy) {
    const float* row = scratch + oy * std::size_t(g.stride_h) * D::padded_w * op;
    float* out = y + oy * out_w * out_c;
    for (std::size_t ox = 0; ox < whole; ox += depthwise_pixels)
      for (std::size_t o = 0; o < out_c; o += lanes)
        depthwise_block<D, Step, depthwise_pixels>(weights, packed, row + ox * std::size_t(g.stride_w) * op, out + ox * out_c, o);
    for (std::size_t ox = whole; ox < out_w; ++ox)
      for (std::size_t o = 0; o < out_c; o += lanes)
        depthwise_block<D, Step, 1>(weights, packed, row + ox * std::size_t(g.stride_w) * op, out + ox * out_c, o);
  }
}

/// Share `part` of every phase of one sample through a conv step, its input already padded.
template <class Step>
void conv_phases(const float* packed, const float* scratch, float* y, share part) {
  using G = typename Step::lowering;
  [&]<int... P>(std::integer_sequence<int, P...>) {
    (conv_phase<Step, P / G::phases_w, P % G::phases_w>(packed, scratch, y, part), ...);
  }(std::make_integer_sequence<int, G::phases_h * G::phases_w>{});
}

}  // namespace CTNN_ENGINE_WIDTH_NAMESPACE
}  // namespace ctnn::engine
