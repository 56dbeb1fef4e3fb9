// ctnn/engine/width.hpp: the width of the kernels a program was compiled with against the widest
// the machine it runs on could run. ctnn is header-only: the compiler's target flags choose the
// kernels (ctnn/engine/simd.hpp), and a build without -march=native (or the CMake target
// ctnn::native) runs the portable 4-lane kernels on an AVX-512 machine, 2 to 4 times slower. A
// model says so, once per program, on standard error; `engine::narrower_than_machine()` asks.
#pragma once

#include <cstddef>
#include <cstdio>
#include <cstdlib>

#include "ctnn/engine/simd.hpp"

namespace ctnn::engine {

/// Floats per vector of the widest kernels this machine runs: 16 with AVX-512F, 8 with AVX2 and
/// FMA, 4 otherwise (asked of the CPU when the program runs; on other architectures the width
/// the program was compiled for, which is all there is).
inline std::size_t machine_lanes() noexcept {
#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
  if (__builtin_cpu_supports("avx512f")) return 16;
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return 8;
  return 4;
#else
  return lanes;
#endif
}

inline namespace CTNN_ENGINE_WIDTH_NAMESPACE {

/// Whether this machine could run wider kernels than this translation unit was compiled with.
inline bool narrower_than_machine() noexcept { return machine_lanes() > lanes; }

/// Says once per program (and per compiled width), on standard error, that the kernels are
/// narrower than the machine's, and how to widen them; CTNN_QUIET=1 in the environment keeps it
/// silent. Every model calls it when it is made.
inline void note_kernel_width() noexcept {
  static const bool noted = [] {
    const char* quiet = std::getenv("CTNN_QUIET");
    if (narrower_than_machine() && (quiet == nullptr || quiet[0] == '\0' || quiet[0] == '0'))
      std::fprintf(stderr,
                   "ctnn: this program's kernels are %zu floats wide, this machine runs %zu: compile with -march=native "
                   "(or link the CMake target ctnn::native) for predict 2 to 4 times faster (CTNN_QUIET=1 silences this)\n",
                   lanes, machine_lanes());
    return true;
  }();
  (void)noted;
}

}  // namespace CTNN_ENGINE_WIDTH_NAMESPACE
}  // namespace ctnn::engine
