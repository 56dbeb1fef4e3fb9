// Compile-fail test: a model without inputs.
// expect: ctnn::functional: a model needs at least one input: model(inputs(x), output)
//
// docs/errors.md:
//   `inputs()` lists nothing. `'(0 >= 1)'` counts the listed inputs.
// docs/errors.md, after the fix:
//   List the input the output is computed from.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto a = input<4>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(), a | dense<2>{}));
#else
using model = decltype(functional(inputs(a), a | dense<2>{}));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
