// Compile-fail test: a model with something that is not a layer.
// expect: ctnn::sequential: every template argument must be a ctnn layer
//
// docs/errors.md:
//   `int` is not a layer. Every template argument must satisfy the concept
//   `ctnn::layer_description`, which needs the members `keras_class` and `keras_name`. GCC lists
//   the requirements that are not met.
// docs/errors.md, after the fix:
//   Use only ctnn layers.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<5>, int, dense<1>>;
#else
using model = sequential<input<5>, dense<1>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
