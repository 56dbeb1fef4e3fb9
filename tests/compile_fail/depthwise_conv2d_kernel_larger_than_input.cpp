// Compile-fail test: a 'valid' depthwise_conv2d whose kernel is taller than the image.
// expect: ctnn::depthwise_conv2d: with padding 'valid' the (dilated) kernel must fit in the input (input rows >= kernel rows)
// expect: layer_at<1, ctnn::depthwise_conv2d<
//
// docs/errors.md:
//   A 5 × 5 kernel on a 4 × 8 image. With 'same' padding every size works.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 8, 3>, depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 5}>>;
#else
using model = sequential<input<4, 8, 3>, depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 5, .padding = padding::same}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
