// Compile-fail test: a 'same' conv2d_transpose whose columns do not convolve back (even kernel, output_padding 0).
// expect: ctnn::conv2d_transpose: the output would not convolve back to the input's columns
// expect-gcc: the comparison reduces to '(3 == 4)'
//
// docs/errors.md:
//   A 3 × 4 kernel, stride 2, `'same'`, `output_padding = {1, 0}`, on a 3 × 4 input. The rows are
//   fine: (3 − 1) × 2 + 3 − 2 × 1 + 1 = 6, and ceil(6 / 2) = 3. The columns have an even kernel and
//   output_padding 0: (4 − 1) × 2 + 4 − 2 × 2 + 0 = 6, and ceil(6 / 2) = 3, not 4: `'(3 == 4)'`.
// docs/errors.md, after the fix:
//   `output_padding = {1, 1}` gives 7 columns, and ceil(7 / 2) = 4 convolves back. The output
//   is 6 × 7 × 2.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<3, 4, 2>, conv2d_transpose<conv2d_transpose_opts{.filters = 2, .kernel_size = {3, 4}, .strides = 2, .padding = padding::same, .output_padding = {1, 0}}>>;
#else
using model = sequential<input<3, 4, 2>, conv2d_transpose<conv2d_transpose_opts{.filters = 2, .kernel_size = {3, 4}, .strides = 2, .padding = padding::same, .output_padding = {1, 1}}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
