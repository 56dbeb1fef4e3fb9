// Compile-fail test: layer_id on an input.
// expect: ctnn::layer_id: an input is told apart by its own id: input<...>::id<N>{}, not layer_id<input<...>, N>
//
// docs/errors.md:
//   `layer_id` tells apart twin layers, which read a value; an input reads none, and has its own
//   id. The `required from` line names the `layer_id` of `input<3>`.
// docs/errors.md, after the fix:
//   `input<3>::id<1>{}` is another input of shape 3, a value of its own.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto a = input<3>{};
#ifdef CTNN_COMPILE_FAIL
inline constexpr auto b = layer_id<input<3>, 1>{};
#else
inline constexpr auto b = input<3>::id<1>{};
#endif
using model = decltype(functional(inputs(a, b), add{}(a, b)));
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
