// Compile-fail test: an axis past the inputs' axes.
// expect: ctnn::concatenate: the axis is outside the inputs' axes
// expect: layer_at<2, ctnn::concatenate<2>
//
// docs/errors.md:
//   Keras counts the batch axis, so on rank-1 inputs the only axis is 1 (or -1). `'(2 <= 1)'`
//   compares the axis with the rank.
// docs/errors.md, after the fix:
//   Join on axis 1: the output is `shape<7>`.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto a = input<4>{};
inline constexpr auto b = input<3>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(a, b), concatenate<2>{}(a, b)));
#else
using model = decltype(functional(inputs(a, b), concatenate<1>{}(a, b)));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
