// Compile-fail test: a concatenation of one value.
// expect: ctnn::concatenate: give at least two values to join
// expect: layer_at<1, ctnn::concatenate<-1>
//
// docs/errors.md:
//   `concatenate{}(a)` joins one value with nothing. `'(1 >= 2)'` counts the inputs.
// docs/errors.md, after the fix:
//   Join two values or more, or drop the concatenation.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto a = input<4>{};
inline constexpr auto b = input<3>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(a), concatenate{}(a)));
#else
using model = decltype(functional(inputs(a, b), concatenate{}(a, b)));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
