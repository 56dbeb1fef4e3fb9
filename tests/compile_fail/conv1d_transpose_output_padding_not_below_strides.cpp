// Compile-fail test: a conv1d_transpose whose output_padding is not below its stride.
// expect: ctnn::conv1d_transpose: output_padding must be smaller than strides
// expect: layer_at<1, ctnn::conv1d_transpose<
//
// docs/errors.md:
//   Keras requires output_padding < strides: a longer output would have steps that no input step
//   reaches.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 3>, conv1d_transpose<conv1d_transpose_opts{.filters = 4, .kernel_size = 3, .strides = 2, .padding = padding::same, .output_padding = 2}>>;
#else
using model = sequential<input<8, 3>, conv1d_transpose<conv1d_transpose_opts{.filters = 4, .kernel_size = 3, .strides = 2, .padding = padding::same, .output_padding = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
