// Compile-fail test: a model with no template arguments.
// expect: ctnn::sequential: a model needs at least its input
//
// docs/errors.md:
//   `sequential<>` has no layers at all, not even an input. `'(0 >= 1)'` counts the template
//   arguments. This is the first rule of the frame, so there is no `layer_at` line, and the
//   `well_formed` line names the empty model (`chain_graph<>`, the graph of its layers). Like every
//   other broken model, it gives exactly one error. The test also declares the model, calls
//   `predict` and reads `param_count`, and none of these adds a second error.
// docs/errors.md, after the fix:
//   A model with only its input is valid. Its `layer_count` is 0.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<>;
#else
using model = sequential<input<3>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
