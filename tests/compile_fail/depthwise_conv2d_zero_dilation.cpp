// Compile-fail test: a depthwise_conv2d with dilation_rate 0.
// expect: ctnn::depthwise_conv2d: dilation_rate must be positive
// expect: layer_at<1, ctnn::depthwise_conv2d<
//
// docs/errors.md:
//   A dilation of 1 reads neighbouring pixels.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 8, 3>, depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3, .dilation_rate = 0}>>;
#else
using model = sequential<input<8, 8, 3>, depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3, .dilation_rate = 2}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
