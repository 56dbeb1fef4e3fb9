// Compile-fail test: a depthwise_conv1d on an image.
// expect: ctnn::depthwise_conv1d: the input must be a sequence of rank 2 (steps, channels)
// expect: layer_at<1, ctnn::depthwise_conv1d<
//
// docs/errors.md:
//   DepthwiseConv2D convolves an image's channels apart; DepthwiseConv1D a sequence's.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 8, 3>, depthwise_conv1d<depthwise_conv1d_opts{.kernel_size = 3}>>;
#else
using model = sequential<input<8, 8, 3>, depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
