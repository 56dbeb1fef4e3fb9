// Compile-fail test: a conv2d_transpose on a rank-1 input.
// expect: ctnn::conv2d_transpose: the input must be an image of rank 3 (rows, columns, channels)
// expect: layer_at<2, ctnn::conv2d_transpose<
//
// docs/errors.md:
//   The transposed convolution is at **position 2**, after `dense<49>`, and receives `shape<49>`.
// docs/errors.md, after the fix:
//   Reshape the 49 values into a 7 × 7 × 1 image. The output is then 15 × 15 × 1.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<100>, dense<49>, conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 3, .strides = 2}>>;
#else
using model = sequential<input<100>, dense<49>, reshape<7, 7, 1>, conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 3, .strides = 2}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
