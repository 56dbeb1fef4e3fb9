// Compile-fail test: a model that does not start with its input.
// expect: ctnn::sequential: the first layer must be ctnn::input<...>
//
// docs/errors.md:
//   The model opens with `dense<10>`. In ctnn the shape of one sample is not a keyword of the first
//   layer (Keras's `input_dim=` / `input_shape=`). It is its own layer, `input<...>`, at position
//   0. The frame is checked before any layer, so this error has no `layer_at` line. Instead, the
//   `required from ... chain_graph<...>::well_formed` line names the whole model.
// docs/errors.md, after the fix:
//   Put the sample shape first.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<dense<10>, dense<1>>;
#else
using model = sequential<input<5>, dense<10>, dense<1>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
