// Compile-fail test: a 'valid' depthwise_conv2d whose kernel is wider than the image.
// expect: ctnn::depthwise_conv2d: with padding 'valid' the (dilated) kernel must fit in the input (input columns >= kernel columns)
// expect: layer_at<1, ctnn::depthwise_conv2d<
//
// docs/errors.md:
//   A kernel of 3 columns dilated by 2 spans 5 columns; the image has 4.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 4, 3>, depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = {1, 3}, .dilation_rate = {1, 2}}>>;
#else
using model = sequential<input<8, 4, 3>, depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = {1, 3}}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
