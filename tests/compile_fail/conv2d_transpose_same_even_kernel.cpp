// Compile-fail test: a 'same' conv2d_transpose with an even kernel and output_padding 0, which TensorFlow rejects.
// expect: ctnn::conv2d_transpose: the output would not convolve back to the input's rows
// expect-gcc: the comparison reduces to '(2 == 3)'
//
// docs/errors.md:
//   A `'same'` transposed convolution with a 4 × 4 kernel, stride 2 and `output_padding = 0` on 3
//   rows. The output would have (3 − 1) × 2 + 4 − 2 × 2 + 0 = 4 rows. TensorFlow computes this
//   layer as the gradient of the Conv2D that maps the output back to the input, and that Conv2D
//   gives ceil(4 / 2) = 2 rows, not 3: `'(2 == 3)'`. Keras's shape rule gives the layer an output
//   size, but TensorFlow's op rejects it. ctnn rejects the model at compile time.
// docs/errors.md, after the fix:
//   `output_padding = 1` gives 5 rows and 7 columns, and ceil(5 / 2) = 3, ceil(7 / 2) = 4 convolve
//   back. Leaving `output_padding` unset also works: the output is then 6 × 8.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<3, 4, 2>, conv2d_transpose<conv2d_transpose_opts{.filters = 2, .kernel_size = 4, .strides = 2, .padding = padding::same, .output_padding = 0}>>;
#else
using model = sequential<input<3, 4, 2>, conv2d_transpose<conv2d_transpose_opts{.filters = 2, .kernel_size = 4, .strides = 2, .padding = padding::same, .output_padding = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
