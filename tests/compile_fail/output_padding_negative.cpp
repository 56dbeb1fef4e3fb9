// Compile-fail test: a conv2d_transpose with a negative output_padding.
// expect: ctnn::conv2d_transpose: output_padding must be non-negative, or left unset (Keras's None)
//
// docs/errors.md:
//   `output_padding = {1, -3}`. Unset (`-1`, Keras's `None`) and non-negative are the only choices,
//   and once one axis is set both must be ≥ 0. The condition is compound, so GCC prints it in full.
//   The value `ctnn::extent2{1, -3}` is the fifth option in the `layer_at` line.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<7, 7, 8>, conv2d_transpose<conv2d_transpose_opts{.filters = 4, .kernel_size = 3, .strides = 2, .output_padding = {1, -3}}>>;
#else
using model = sequential<input<7, 7, 8>, conv2d_transpose<conv2d_transpose_opts{.filters = 4, .kernel_size = 3, .strides = 2, .output_padding = {1, 0}}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
