// ctnn/engine/simd.hpp: the one vector type the fused kernels compute with, and the facts of the
// target that size their register blocks.
//
// Why GCC/Clang vector extensions (`vector_size`) and not intrinsics, std::experimental::simd or
// a SIMD library: both compilers of record accept the same source at any width, and the code
// stays readable arithmetic. A vector wider than the target's registers is split by the compiler
// (16 lanes become two 256-bit halves where AVX-512 is off), so the widest code path can be built
// and tested on any machine (CTNN_SIMD_LANES). std::experimental::simd is a TS that Clang 14 with
// libc++ lacks; auto-vectorisation of register-blocked loops was not reliable enough to build on.
// Only the fused multiply-add and the broadcast are the target's own instructions: GCC contracts
// a * b + c into an FMA only under -ffp-contract=fast (the default of the GNU modes, not of
// -std=c++20), and a lane-by-lane broadcast compiles to lane inserts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "ctnn/detail/target.hpp"

#if defined(__SSE__)
#include <immintrin.h>
#endif
#if defined(__ARM_NEON)
#include <arm_neon.h>
#endif

// The target's vector width in floats (its register width, or CTNN_SIMD_LANES: 4, 8 or 16, e.g.
// to build the AVX-512 code path on a machine without it) and register size. The packed weights'
// layout follows the width, so the two name an inline namespace around every part of the engine
// that depends on them, and tag `basic_model`: translation units built for different targets
// share no symbol of the engine or of a model, and cannot mix layouts.
#if defined(CTNN_SIMD_LANES)
#define CTNN_ENGINE_LANES CTNN_SIMD_LANES
#elif defined(__AVX512F__)
#define CTNN_ENGINE_LANES 16
#elif defined(__AVX__)
#define CTNN_ENGINE_LANES 8
#else
#define CTNN_ENGINE_LANES 4
#endif
#define CTNN_ENGINE_CONCAT_(a, b, c, d) a##b##c##d
#define CTNN_ENGINE_CONCAT(a, b, c, d) CTNN_ENGINE_CONCAT_(a, b, c, d)
#define CTNN_ENGINE_STRING_(a) #a
#define CTNN_ENGINE_STRING(a) CTNN_ENGINE_STRING_(a)
// e.g. lanes16_registers64, and the ABI tag "ctnn_lanes16_registers64".
#define CTNN_ENGINE_WIDTH_NAMESPACE CTNN_ENGINE_CONCAT(lanes, CTNN_ENGINE_LANES, _registers, CTNN_ENGINE_REGISTER_BYTES)
#define CTNN_ENGINE_ABI_TAG "ctnn_" CTNN_ENGINE_STRING(CTNN_ENGINE_WIDTH_NAMESPACE)

namespace ctnn::engine {
inline namespace CTNN_ENGINE_WIDTH_NAMESPACE {

/// Bytes in one of the target's vector registers, and how many registers it has: what the
/// kernels' register blocks are sized for.
inline constexpr std::size_t register_bytes = CTNN_ENGINE_REGISTER_BYTES;
#if defined(__AVX512F__) || defined(__aarch64__)
inline constexpr std::size_t register_count = 32;
#else
inline constexpr std::size_t register_count = 16;
#endif

inline constexpr bool width_has_kernels = CTNN_ENGINE_LANES == 4 || CTNN_ENGINE_LANES == 8 || CTNN_ENGINE_LANES == 16;
static_assert(width_has_kernels, "ctnn: CTNN_SIMD_LANES must be 4, 8 or 16 (floats per vector)");
/// Floats per vector (4 after the error above, so that it is the only one).
inline constexpr std::size_t lanes = width_has_kernels ? CTNN_ENGINE_LANES : 4;

/// Vectors of `lanes` floats the kernels may keep in registers at once (a vector wider than a
/// register takes several).
inline constexpr std::size_t vector_registers =
    lanes * sizeof(float) <= register_bytes ? register_count : register_count * register_bytes / (lanes * sizeof(float));

/// `lanes` floats, operated on element-wise with ordinary operators.
using vec = float __attribute__((vector_size(lanes * sizeof(float))));
using mask = std::int32_t __attribute__((vector_size(lanes * sizeof(float))));

/// The part of a vector that fills one register: the unit the FMA and broadcast instructions take.
inline constexpr std::size_t register_lanes = lanes * sizeof(float) <= register_bytes ? lanes : register_bytes / sizeof(float);
inline constexpr std::size_t registers_per_vector = lanes / register_lanes;
using register_vec = float __attribute__((vector_size(register_lanes * sizeof(float))));

/// Unaligned load and store: the kernels address any float.
[[gnu::always_inline]] inline vec load(const float* p) {
  vec v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
[[gnu::always_inline]] inline void store(float* p, vec v) { std::memcpy(p, &v, sizeof v); }

/// f applied to each register-wide part of a, b and c (one part where a vector fits a register;
/// the copies compile to nothing).
template <class F>
[[gnu::always_inline]] inline vec by_register(F f, vec a, vec b, vec c) {
  register_vec pa[registers_per_vector], pb[registers_per_vector], pc[registers_per_vector];
  std::memcpy(pa, &a, sizeof a), std::memcpy(pb, &b, sizeof b), std::memcpy(pc, &c, sizeof c);
  for (std::size_t i = 0; i < registers_per_vector; ++i) pc[i] = f(pa[i], pb[i], pc[i]);
  std::memcpy(&c, pc, sizeof c);
  return c;
}

/// x in every lane of a register: one vbroadcastss on x86 (a lane-by-lane loop compiles to lane
/// inserts). A template, so that only the width in use is compiled.
template <class Register>
[[gnu::always_inline]] inline Register broadcast_register(float x) {
#if defined(__AVX512F__)
  if constexpr (sizeof(Register) == 64) return Register(_mm512_set1_ps(x));
  else
#endif
#if defined(__AVX__)
  if constexpr (sizeof(Register) == 32) return Register(_mm256_set1_ps(x));
  else
#endif
#if defined(__SSE__)
  if constexpr (sizeof(Register) == 16) return Register(_mm_set1_ps(x));
  else
#endif
    return Register{} + x;
}

/// x in every lane.
[[gnu::always_inline]] inline vec broadcast(float x) {
  register_vec parts[registers_per_vector];
  for (auto& part : parts) part = broadcast_register<register_vec>(x);
  vec v;
  std::memcpy(&v, parts, sizeof v);
  return v;
}

/// a * b + c on one register, rounded once where the target has a fused multiply-add.
template <class Register>
[[gnu::always_inline]] inline Register fmadd_register(Register a, Register b, Register c) {
#if defined(__AVX512F__)
  if constexpr (sizeof(Register) == 64) return Register(_mm512_fmadd_ps(__m512(a), __m512(b), __m512(c)));
  else
#endif
#if defined(__FMA__)
  if constexpr (sizeof(Register) == 32) return Register(_mm256_fmadd_ps(__m256(a), __m256(b), __m256(c)));
  else if constexpr (sizeof(Register) == 16) return Register(_mm_fmadd_ps(__m128(a), __m128(b), __m128(c)));
  else
#endif
#if defined(__ARM_NEON) && defined(__ARM_FEATURE_FMA)
  if constexpr (sizeof(Register) == 16) return Register(vfmaq_f32(float32x4_t(c), float32x4_t(a), float32x4_t(b)));
  else
#endif
  {
#if defined(__FP_FAST_FMAF)
    // Other targets whose fmaf is one instruction: lane by lane, which the compiler vectorises.
    for (std::size_t i = 0; i < sizeof(Register) / sizeof(float); ++i) c[i] = __builtin_fmaf(a[i], b[i], c[i]);
    return c;
#else
    return a * b + c;
#endif
  }
}

/// a * b + c, rounded once where the target has FMA.
[[gnu::always_inline]] inline vec fmadd(vec a, vec b, vec c) {
  return by_register([](register_vec x, register_vec y, register_vec z) { return fmadd_register(x, y, z); }, a, b, c);
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

}  // namespace CTNN_ENGINE_WIDTH_NAMESPACE
}  // namespace ctnn::engine
