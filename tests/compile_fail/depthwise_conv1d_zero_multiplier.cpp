// Compile-fail test: a depthwise_conv1d with depth_multiplier 0.
// expect: ctnn::depthwise_conv1d: depth_multiplier must be positive
// expect: layer_at<1, ctnn::depthwise_conv1d<
//
// docs/errors.md:
//   depth_multiplier is the number of kernels each input channel gets.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<16, 4>, depthwise_conv1d<depthwise_conv1d_opts{.kernel_size = 3, .depth_multiplier = 0}>>;
#else
using model = sequential<input<16, 4>, depthwise_conv1d<depthwise_conv1d_opts{.kernel_size = 3, .depth_multiplier = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
