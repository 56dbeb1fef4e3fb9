// Compile-fail test: a conv2d_transpose with a zero stride.
// expect: ctnn::conv2d_transpose: strides must be positive
//
// docs/errors.md:
//   `strides = 0`, that is `{0, 0}`, the third option in the `layer_at` line. The `'(0 > 0)'` is
//   the row stride, which is compared first.
// docs/errors.md, after the fix:
//   Stride 1 is also the default. The output is 6 × 6 × 1.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 1>, conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 3, .strides = 0}>>;
#else
using model = sequential<input<4, 4, 1>, conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 3, .strides = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
