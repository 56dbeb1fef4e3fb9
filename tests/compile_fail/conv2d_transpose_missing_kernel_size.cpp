// Compile-fail test: a conv2d_transpose whose kernel_size was not given.
// expect: ctnn::conv2d_transpose: kernel_size must be positive
//
// docs/errors.md:
//   As for conv2d, `kernel_size` defaults to 0, which means "missing", because Keras has no default
//   for it. `ctnn::extent2{0, 0}` is the second option in the `layer_at` line.
// docs/errors.md, after the fix:
//   Give `kernel_size`. With stride 1 and `'valid'` the output is 4 + 2 − 1 = 5 rows and columns.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 1>, conv2d_transpose<conv2d_transpose_opts{.filters = 1}>>;
#else
using model = sequential<input<4, 4, 1>, conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 2}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
