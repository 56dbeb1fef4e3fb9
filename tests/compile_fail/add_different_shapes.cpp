// Compile-fail test: adding values of two shapes (ctnn does not broadcast).
// expect: ctnn::add / ctnn::multiply: every input must have the same shape
// expect: layer_at<2, ctnn::add, ctnn::shape<4>, ctnn::shape<5>
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
