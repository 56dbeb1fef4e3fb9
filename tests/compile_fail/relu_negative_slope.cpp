// Compile-fail test: a ReLU with a negative negative_slope.
// expect: ctnn::relu: negative_slope must be >= 0 (as Keras requires)
//
// docs/errors.md:
//   `relu<relu_opts{.negative_slope = -0.1}>`. As in Keras, the slope below the threshold is >= 0.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<5>, relu<relu_opts{.negative_slope = -0.1}>>;
#else
using model = sequential<input<5>, relu<relu_opts{.negative_slope = 0.1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
