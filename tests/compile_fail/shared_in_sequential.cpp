// Compile-fail test: shared in a sequential model.
// expect: ctnn::sequential: shared<Layer, Id> marks a layer called on several values, which only a functional model has
//
// docs/errors.md:
//   A sequential model calls each of its layers once, so a layer marked `shared` would silently
//   be two layers with two sets of weights. The message says how to write one layer applied twice
//   in a row.
// docs/errors.md, after the fix:
//   A functional model whose one Dense layer is applied twice: `x | squash{} | squash{}`.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
using squash = shared<dense<4, dense_opts{.activation = activation::tanh}>, 0>;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4>, squash, squash>;
#else
inline constexpr auto x = input<4>{};
using model = decltype(functional(inputs(x), x | squash{} | squash{}));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
