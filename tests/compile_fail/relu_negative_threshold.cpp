// Compile-fail test: a ReLU with a negative threshold.
// expect: ctnn::relu: threshold must be >= 0 (as Keras 3 requires)
//
// docs/errors.md:
//   `relu<relu_opts{.threshold = -0.5}>`. Keras 3 refuses a negative threshold, and ctnn follows it.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<5>, relu<relu_opts{.threshold = -0.5}>>;
#else
using model = sequential<input<5>, relu<relu_opts{.threshold = 0.5}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
