// Compile-fail test: a computed value listed as a model input.
// expect: ctnn::functional: every model input must be a ctnn::input<...> value (Keras Input(shape=...))
//
// docs/errors.md:
//   `h` is computed by a Dense layer from `a`, so it is a `node<...>`, not an `input<...>`: the
//   note names it. A model starts from its inputs, as Keras's `Model(inputs, outputs)` does; the
//   frame is checked before any node, so there is no `layer_at` line.
// docs/errors.md, after the fix:
//   List the `input<...>` values the graph starts from.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto a = input<4>{};
inline constexpr auto h = a | dense<3>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(h), h | dense<2>{}));
#else
using model = decltype(functional(inputs(a), h | dense<2>{}));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
