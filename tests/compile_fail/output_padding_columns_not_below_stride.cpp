// Compile-fail test: a conv2d_transpose whose column output_padding is not smaller than its column stride.
// expect: ctnn::conv2d_transpose: output_padding must be smaller than strides (columns)
// expect-gcc: the comparison reduces to '(1 < 1)'
//
// docs/errors.md:
//   `strides = {2, 1}` and `output_padding = {1, 1}`. The rows pass (1 < 2), but the columns do
//   not: `'(1 < 1)'`. Rows and columns have separate messages, so the message says which axis is
//   wrong.
// docs/errors.md, after the fix:
//   The output is (4 − 1) × 2 + 3 + 1 = 10 rows and (4 − 1) × 1 + 3 + 0 = 6 columns.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 1>, conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 3, .strides = {2, 1}, .output_padding = {1, 1}}>>;
#else
using model = sequential<input<4, 4, 1>, conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 3, .strides = {2, 1}, .output_padding = {1, 0}}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
