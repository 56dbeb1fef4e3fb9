// Compile-fail test: a 'same' conv1d_transpose with an even kernel and output_padding 0, which TensorFlow rejects.
// expect: ctnn::conv1d_transpose: the output would not convolve back to the input's steps
// expect: layer_at<1, ctnn::conv1d_transpose<
//
// docs/errors.md:
//   A `'same'` transposed convolution with a kernel of 4, stride 2 and `output_padding = 0` on 3
//   steps would output (3 − 1) × 2 + 4 − 2 × 2 + 0 = 4 steps. TensorFlow computes the layer as the
//   gradient of the Conv1D that maps the output back to the input, and that Conv1D gives ceil(4 / 2)
//   = 2 steps, not 3.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<3, 2>, conv1d_transpose<conv1d_transpose_opts{.filters = 4, .kernel_size = 4, .strides = 2, .padding = padding::same, .output_padding = 0}>>;
#else
using model = sequential<input<3, 2>, conv1d_transpose<conv1d_transpose_opts{.filters = 4, .kernel_size = 4, .strides = 2, .padding = padding::same, .output_padding = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
