// Compile-fail test: a vector width the engine has no kernels for.
// expect: ctnn: CTNN_SIMD_LANES must be 4, 8 or 16 (floats per vector)
//
// docs/errors.md:
//   CTNN_SIMD_LANES chooses the engine's vector width instead of the target's (e.g. 16 to run the
//   AVX-512 kernels on 256-bit halves); the kernels exist for 4, 8 and 16 floats.
// docs/errors.md, after the fix:
//   Leave CTNN_SIMD_LANES undefined (the target's widest registers) or give it 4, 8 or 16, the
//   same in every translation unit that shares a model object.
#ifdef CTNN_COMPILE_FAIL
#define CTNN_SIMD_LANES 6
#endif
#include <ctnn/ctnn.hpp>
using namespace ctnn;
using model = sequential<input<4>, dense<2>>;
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
