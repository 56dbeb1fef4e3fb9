// Compile-fail test: a separable_conv2d without a kernel size.
// expect: ctnn::separable_conv2d: kernel_size must be positive
// expect: layer_at<1, ctnn::separable_conv2d<
//
// docs/errors.md:
//   kernel_size has no default, as in Keras.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 8, 3>, separable_conv2d<separable_conv2d_opts{.filters = 4}>>;
#else
using model = sequential<input<8, 8, 3>, separable_conv2d<separable_conv2d_opts{.filters = 4, .kernel_size = 3}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
