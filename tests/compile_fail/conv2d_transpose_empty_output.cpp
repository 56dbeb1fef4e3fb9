// Compile-fail test: a 'same' conv2d_transpose with an even kernel on a single row, which leaves nothing.
// expect: ctnn::conv2d_transpose: this kernel, padding and output_padding leave an empty output
//
// docs/errors.md:
//   With `output_padding` set, the output has (n − 1) × s + k − 2 × pad + op rows, and `'same'`
//   takes pad = floor(2 / 2) = 1. On 1 row that is (1 − 1) × 2 + 2 − 2 + 0 = 0: `'(0 > 0)'` is the
//   number of output rows. The columns would have 6.
// docs/errors.md, after the fix:
//   Leave `output_padding` unset. A `'same'` transposed convolution then outputs n × s on each
//   axis: 2 × 8 × 1.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<1, 4, 1>, conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 2, .strides = 2, .padding = padding::same, .output_padding = 0}>>;
#else
using model = sequential<input<1, 4, 1>, conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 2, .strides = 2, .padding = padding::same}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
