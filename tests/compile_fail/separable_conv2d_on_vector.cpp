// Compile-fail test: a separable_conv2d on a vector.
// expect: ctnn::separable_conv2d: the input must be an image of rank 3 (rows, columns, channels)
// expect: layer_at<2, ctnn::separable_conv2d<
//
// docs/errors.md:
//   A dense layer's output is a vector; a reshape makes it an image.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4>, dense<64>, separable_conv2d<separable_conv2d_opts{.filters = 4, .kernel_size = 3}>>;
#else
using model = sequential<input<4>, dense<64>, reshape<4, 4, 4>, separable_conv2d<separable_conv2d_opts{.filters = 4, .kernel_size = 3}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
