// Compile-fail test: a dot product over an axis the second value does not have.
// expect: ctnn::dot: the second input's axis is outside its axes (1 .. rank, or -rank .. -1)
//
// docs/errors.md:
//   One number is both values' axis: `.axes = -2` is the first value's axis 1 of (None, 3, 4)
//   but nothing in the second, (None, 3), which has one axis.
// docs/errors.md, after the fix:
//   Give each value its own axis, as a pair: the first's -2 and the second's -1.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto a = input<3, 4>{};
inline constexpr auto b = input<3>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(a, b), dot<dot_opts{.axes = -2}>{}(a, b)));
#else
using model = decltype(functional(inputs(a, b), dot<dot_opts{.axes = {-2, -1}}>{}(a, b)));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
