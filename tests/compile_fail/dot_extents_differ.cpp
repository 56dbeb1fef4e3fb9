// Compile-fail test: a dot product of two vectors of different lengths.
// expect: ctnn::dot: the inputs' extents on the summed axes must be equal
//
// docs/errors.md:
//   A dot product sums x[k] * y[k] over one axis of each value, so both axes need the same
//   extent: here the first value's 8 and the second's 6 (the `layer_at` line gives both shapes).
// docs/errors.md, after the fix:
//   Bring both to one width first, here with a Dense of 8 units on the second.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto a = input<8>{};
inline constexpr auto b = input<6>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(a, b), dot<>{}(a, b)));
#else
using model = decltype(functional(inputs(a, b), dot<>{}(a, b | dense<8>{})));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
