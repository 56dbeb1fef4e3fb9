// Compile-fail test: a model of several outputs whose outputs(...) lists none.
// expect: ctnn::functional: a model needs at least one output: functional(inputs(x), y), or outputs(y1, y2) for several
//
// docs/errors.md:
//   `outputs()` with no value is a model that computes nothing: nothing could be asked of it.
// docs/errors.md, after the fix:
//   Give the output value itself, or list every output in `outputs(...)`, in the order predict
//   is to return them.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto x = input<4>{};
inline constexpr auto hidden = x | dense<3>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(x), outputs()));
#else
using model = decltype(functional(inputs(x), outputs(hidden | dense<2>{}, hidden)));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
