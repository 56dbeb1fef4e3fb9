// Compile-fail test: a conv2d_transpose with a zero dilation rate.
// expect: ctnn::conv2d_transpose: dilation_rate must be positive
//
// docs/errors.md:
//   `dilation_rate = {1, 0}`: the `'(0 > 0)'` is the column dilation. In the `layer_at` line it is
//   the sixth option, `ctnn::extent2{1, 0}`, after the unset output_padding
//   `ctnn::extent2{-1, -1}`.
// docs/errors.md, after the fix:
//   The stride is 1, so a dilation of 2 is allowed. The dilated kernel covers 3 × 5 cells, and the
//   output is 6 × 8 × 1.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 1>, conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 3, .dilation_rate = {1, 0}}>>;
#else
using model = sequential<input<4, 4, 1>, conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 3, .dilation_rate = {1, 2}}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
