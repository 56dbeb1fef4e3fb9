// Compile-fail test: a depthwise_conv1d without a kernel size.
// expect: ctnn::depthwise_conv1d: kernel_size must be positive
// expect: layer_at<1, ctnn::depthwise_conv1d<
//
// docs/errors.md:
//   kernel_size has no default, as in Keras: give the kernel's length.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<16, 4>, depthwise_conv1d<depthwise_conv1d_opts{.kernel_size = 0}>>;
#else
using model = sequential<input<16, 4>, depthwise_conv1d<depthwise_conv1d_opts{.kernel_size = 3}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
