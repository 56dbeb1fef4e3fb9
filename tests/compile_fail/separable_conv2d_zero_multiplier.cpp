// Compile-fail test: a separable_conv2d with depth_multiplier 0.
// expect: ctnn::separable_conv2d: depth_multiplier must be positive
// expect: layer_at<1, ctnn::separable_conv2d<
//
// docs/errors.md:
//   depth_multiplier is the number of depthwise channels per input channel; Keras's default is 1.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 8, 3>, separable_conv2d<separable_conv2d_opts{.filters = 4, .kernel_size = 3, .depth_multiplier = 0}>>;
#else
using model = sequential<input<8, 8, 3>, separable_conv2d<separable_conv2d_opts{.filters = 4, .kernel_size = 3, .depth_multiplier = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
