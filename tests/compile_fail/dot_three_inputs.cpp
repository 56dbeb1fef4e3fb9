// Compile-fail test: a dot product of three values.
// expect: ctnn::dot: give exactly two values (Keras's Dot multiplies two)
//
// docs/errors.md:
//   Keras's `Dot` multiplies two values along one axis of each; a third has no axis to be summed
//   with. `'(3 == 2)'` counts the values given.
// docs/errors.md, after the fix:
//   Multiply two, then take the product of that with the third if that is what was meant.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto a = input<4>{};
inline constexpr auto b = input<4>::id<1>{};
inline constexpr auto c = input<4>::id<2>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(a, b, c), dot<>{}(a, b, c)));
#else
using model = decltype(functional(inputs(a, b, c), concatenate{}(dot<>{}(a, b), c)));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
