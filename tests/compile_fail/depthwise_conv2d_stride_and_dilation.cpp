// Compile-fail test: a depthwise_conv2d with both stride and dilation above 1.
// expect: ctnn::depthwise_conv2d: strides > 1 together with dilation_rate > 1 is not supported (Keras rejects it too)
// expect: layer_at<1, ctnn::depthwise_conv2d<
//
// docs/errors.md:
//   Keras rejects that combination too. Keep one of them at 1.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 8, 3>, depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3, .strides = 2, .dilation_rate = 2}>>;
#else
using model = sequential<input<8, 8, 3>, depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3, .strides = 2}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
