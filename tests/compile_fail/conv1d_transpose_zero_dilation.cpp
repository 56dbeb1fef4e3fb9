// Compile-fail test: a conv1d_transpose with dilation_rate 0.
// expect: ctnn::conv1d_transpose: dilation_rate must be positive
// expect: layer_at<1, ctnn::conv1d_transpose<
//
// docs/errors.md:
//   A dilation of 0 would put every cell of the kernel on one step.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 3>, conv1d_transpose<conv1d_transpose_opts{.filters = 4, .kernel_size = 3, .strides = 1, .padding = padding::same, .dilation_rate = 0}>>;
#else
using model = sequential<input<8, 3>, conv1d_transpose<conv1d_transpose_opts{.filters = 4, .kernel_size = 3, .strides = 1, .padding = padding::same, .dilation_rate = 2}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
