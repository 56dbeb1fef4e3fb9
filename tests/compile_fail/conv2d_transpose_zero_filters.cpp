// Compile-fail test: a conv2d_transpose without filters.
// expect: ctnn::conv2d_transpose: filters must be positive
//
// docs/errors.md:
//   `filters` was not given, so it is 0. It is the first option in the `layer_at` line.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 8>, conv2d_transpose<conv2d_transpose_opts{.kernel_size = 3, .strides = 2}>>;
#else
using model = sequential<input<4, 4, 8>, conv2d_transpose<conv2d_transpose_opts{.filters = 8, .kernel_size = 3, .strides = 2}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
