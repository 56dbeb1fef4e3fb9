// Compile-fail test: a 'same' conv2d_transpose whose columns cannot convolve back (even kernel, output_padding 0).
// expect: ctnn::conv2d_transpose: the output would not convolve back to the input's columns
// expect-gcc: the comparison reduces to '(3 == 4)'
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<3, 4, 2>, conv2d_transpose<conv2d_transpose_opts{.filters = 2, .kernel_size = {3, 4}, .strides = 2, .padding = padding::same, .output_padding = {1, 0}}>>;
#else
using model = sequential<input<3, 4, 2>, conv2d_transpose<conv2d_transpose_opts{.filters = 2, .kernel_size = {3, 4}, .strides = 2, .padding = padding::same, .output_padding = {1, 1}}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
