// Compile-fail test: a dot product over an axis the first value does not have.
// expect: ctnn::dot: the first input's axis is outside its axes (1 .. rank, or -rank .. -1)
//
// docs/errors.md:
//   The first value is a sample of two axes, (None, 3, 4): Keras's axes 1 and 2, or -2 and -1.
//   Axis 3 would be a third.
// docs/errors.md, after the fix:
//   Sum over its last axis, 2 (or -1), whose extent (4) is the second value's first (4).
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto a = input<3, 4>{};
inline constexpr auto b = input<4, 2>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(a, b), dot<dot_opts{.axes = {3, 1}}>{}(a, b)));
#else
using model = decltype(functional(inputs(a, b), dot<dot_opts{.axes = {2, 1}}>{}(a, b)));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
