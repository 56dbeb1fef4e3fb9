// Compile-fail test: a depthwise_conv1d with padding 'causal'.
// expect: ctnn::depthwise_conv1d: padding 'causal' is not supported
// expect: layer_at<1, ctnn::depthwise_conv1d<
//
// docs/errors.md:
//   Keras's DepthwiseConv1D takes 'valid' or 'same'; Conv1D and tf.keras's SeparableConv1D take 'causal'.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<16, 4>, depthwise_conv1d<depthwise_conv1d_opts{.kernel_size = 3, .padding = padding::causal}>>;
#else
using model = sequential<input<16, 4>, depthwise_conv1d<depthwise_conv1d_opts{.kernel_size = 3, .padding = padding::same}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
