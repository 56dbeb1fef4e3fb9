// Compile-fail test: a separable_conv1d on an image.
// expect: ctnn::separable_conv1d: the input must be a sequence of rank 2 (steps, channels)
// expect: layer_at<1, ctnn::separable_conv1d<
//
// docs/errors.md:
//   SeparableConv2D convolves an image; SeparableConv1D a sequence.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 8, 3>, separable_conv1d<separable_conv1d_opts{.filters = 8, .kernel_size = 3}>>;
#else
using model = sequential<input<8, 8, 3>, separable_conv2d<separable_conv2d_opts{.filters = 8, .kernel_size = 3}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
