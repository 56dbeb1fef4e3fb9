// Compile-fail test: a conv2d_transpose whose output_padding is not smaller than its strides.
// expect: ctnn::conv2d_transpose: output_padding must be smaller than strides (rows)
// expect: layer_at<1, ctnn::conv2d_transpose<
// expect-gcc: the comparison reduces to '(2 < 2)'
//
// docs/errors.md:
//   `output_padding = 2` with `strides = 2`: `'(2 < 2)'`. Keras requires output_padding < strides
//   on each axis.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<7, 7, 8>, conv2d_transpose<conv2d_transpose_opts{.filters = 4, .kernel_size = 3, .strides = 2, .padding = padding::same, .output_padding = 2}>>;
#else
using model = sequential<input<7, 7, 8>, conv2d_transpose<conv2d_transpose_opts{.filters = 4, .kernel_size = 3, .strides = 2, .padding = padding::same, .output_padding = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
