// Compile-fail test: a depthwise_conv2d on a sequence.
// expect: ctnn::depthwise_conv2d: the input must be an image of rank 3 (rows, columns, channels)
// expect: layer_at<1, ctnn::depthwise_conv2d<
//
// docs/errors.md:
//   DepthwiseConv2D reads images; a sequence (steps, channels) is an image of one row after a reshape.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 3>, depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3}>>;
#else
using model = sequential<input<8, 3>, reshape<1, 8, 3>, depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = {1, 3}}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
