// ctnn/detail/target.hpp: the vector registers of the target this translation unit is compiled
// for, as the compiler's flags say. The engine sizes its register blocks by them
// (ctnn/engine/simd.hpp), and an activation is never instantiated on a vector wider than them
// (ctnn/activation.hpp): a function that takes or returns such a vector changes the ABI, and
// GCC and Clang warn wherever one is instantiated.
#pragma once

#if defined(__AVX512F__)
#define CTNN_ENGINE_REGISTER_BYTES 64
#elif defined(__AVX__)
#define CTNN_ENGINE_REGISTER_BYTES 32
#else
#define CTNN_ENGINE_REGISTER_BYTES 16
#endif
