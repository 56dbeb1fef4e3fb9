// Compile-fail test: subtracting values of two shapes.
// expect: ctnn::subtract: both inputs must have the same shape
// expect: layer_at<2, ctnn::subtract, ctnn::shape<4>, ctnn::shape<3>
//
// docs/errors.md:
//   The `layer_at` line gives the two shapes. ctnn does not broadcast: both inputs of
//   `subtract` must have the same shape.
// docs/errors.md, after the fix:
//   Make the Dense layer output 4 values, the shape of `x`.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto x = input<4>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(x), subtract{}(x, x | dense<3>{})));
#else
using model = decltype(functional(inputs(x), subtract{}(x, x | dense<4>{})));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
