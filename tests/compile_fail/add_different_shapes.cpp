// Compile-fail test: adding values of two shapes.
// expect: ctnn::add / multiply / average / maximum / minimum: every input must have the same shape
// expect: layer_at<2, ctnn::add, ctnn::shape<4>, ctnn::shape<5>
//
// docs/errors.md:
//   The `layer_at` line gives the two shapes, `shape<4>` and `shape<5>`. ctnn does not broadcast:
//   every input of an element-wise merge (`add`, `multiply`, ...) must have the same shape.
// docs/errors.md, after the fix:
//   Make the Dense layer output 4 values, the shape of `x`.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto x = input<4>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(x), add{}(x, x | dense<5>{})));
#else
using model = decltype(functional(inputs(x), add{}(x, x | dense<4>{})));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
