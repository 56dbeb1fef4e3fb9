// Compile-fail test: a depthwise_conv1d with dilation_rate 0.
// expect: ctnn::depthwise_conv1d: dilation_rate must be positive
// expect: layer_at<1, ctnn::depthwise_conv1d<
//
// docs/errors.md:
//   dilation_rate is the step between a kernel's taps; 1 is a plain kernel.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<16, 4>, depthwise_conv1d<depthwise_conv1d_opts{.kernel_size = 3, .dilation_rate = 0}>>;
#else
using model = sequential<input<16, 4>, depthwise_conv1d<depthwise_conv1d_opts{.kernel_size = 3, .dilation_rate = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
