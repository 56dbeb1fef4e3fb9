// Compile-fail test: a depthwise_conv1d whose kernel is longer than its input.
// expect: ctnn::depthwise_conv1d: with padding 'valid' the (dilated) kernel must fit in the input
// expect: layer_at<1, ctnn::depthwise_conv1d<
//
// docs/errors.md:
//   With 'valid' a kernel of 5 steps needs 5 steps of input; 'same' pads them.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 2>, depthwise_conv1d<depthwise_conv1d_opts{.kernel_size = 5}>>;
#else
using model = sequential<input<4, 2>, depthwise_conv1d<depthwise_conv1d_opts{.kernel_size = 5, .padding = padding::same}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
