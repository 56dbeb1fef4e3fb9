// Compile-fail test: a product of one value.
// expect: ctnn::add / multiply / average / maximum / minimum: give at least two values to combine
// expect: layer_at<1, ctnn::multiply
//
// docs/errors.md:
//   `multiply{}(a)` has nothing to multiply `a` with. `'(1 >= 2)'` counts the inputs.
// docs/errors.md, after the fix:
//   Combine two values or more.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto a = input<4>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(a), multiply{}(a)));
#else
using model = decltype(functional(inputs(a), multiply{}(a, a | dense<4>{})));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
