// Compile-fail test: a depthwise_conv2d with padding 'causal'.
// expect: ctnn::depthwise_conv2d: padding 'causal' is for Conv1D only (Keras rejects it here too)
// expect: layer_at<1, ctnn::depthwise_conv2d<
//
// docs/errors.md:
//   Keras's DepthwiseConv2D takes 'valid' or 'same'.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 8, 3>, depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3, .padding = padding::causal}>>;
#else
using model = sequential<input<8, 8, 3>, depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3, .padding = padding::same}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
