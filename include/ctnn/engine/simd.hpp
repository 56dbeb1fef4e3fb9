// ctnn/engine/simd.hpp: the one vector type the fused kernels compute with.
//
// Why GCC/Clang vector extensions (`vector_size`) and not intrinsics, std::experimental::simd or
// a SIMD library: both compilers of record accept the same source, the width follows the target
// (8 floats where AVX is enabled, 4 elsewhere; the compiler splits or maps them), and the code
// stays readable arithmetic. std::experimental::simd is a TS that Clang 14 with libc++ lacks;
// auto-vectorisation of register-blocked loops was not reliable enough to build on. Only the
// fused multiply-add and the broadcast are intrinsics: GCC contracts a * b + c into an FMA only
// under -ffp-contract=fast (the default of the GNU modes, not of -std=c++20), and a lane-by-lane
// broadcast compiles to lane inserts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE__)
#include <immintrin.h>
#endif

namespace ctnn::engine {

#if defined(__AVX__)
inline constexpr std::size_t lanes = 8;
#else
inline constexpr std::size_t lanes = 4;
#endif

/// `lanes` floats, operated on element-wise with ordinary operators.
using vec = float __attribute__((vector_size(lanes * sizeof(float))));
using mask = std::int32_t __attribute__((vector_size(lanes * sizeof(float))));

/// Unaligned load and store: the kernels address any float.
[[gnu::always_inline]] inline vec load(const float* p) {
  vec v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
[[gnu::always_inline]] inline void store(float* p, vec v) { std::memcpy(p, &v, sizeof v); }

/// x in every lane: one vbroadcastss on x86 (a lane-by-lane loop compiles to lane inserts).
[[gnu::always_inline]] inline vec broadcast(float x) {
#if defined(__AVX__)
  return vec(_mm256_set1_ps(x));
#elif defined(__SSE__)
  return vec(_mm_set1_ps(x));
#else
  return vec{} + x;
#endif
}

/// a * b + c, rounded once where the target has FMA.
[[gnu::always_inline]] inline vec fmadd(vec a, vec b, vec c) {
#if defined(__FMA__) && defined(__AVX__)
  return vec(_mm256_fmadd_ps(__m256(a), __m256(b), __m256(c)));
#else
  return a * b + c;
#endif
}

/// The sum of the lanes, always in the same order (lane 0 first), so results never depend on
/// anything but the values.
[[gnu::always_inline]] inline float sum_lanes(vec v) {
  float sum = v[0];
  for (std::size_t i = 1; i < lanes; ++i) sum += v[i];
  return sum;
}

/// where(m, a, b): a in the lanes where m is set, b elsewhere.
[[gnu::always_inline]] inline vec select(mask m, vec a, vec b) {
  return vec((m & mask(a)) | (~m & mask(b)));
}

}  // namespace ctnn::engine
