// Compile-fail test: a conv1d_transpose with both strides and dilation_rate above 1.
// expect: ctnn::conv1d_transpose: strides > 1 together with dilation_rate > 1 is not supported
// expect: layer_at<1, ctnn::conv1d_transpose<
//
// docs/errors.md:
//   Keras refuses a stride and a dilation both above 1, as it does for Conv1D.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 3>, conv1d_transpose<conv1d_transpose_opts{.filters = 4, .kernel_size = 3, .strides = 2, .padding = padding::same, .dilation_rate = 2}>>;
#else
using model = sequential<input<8, 3>, conv1d_transpose<conv1d_transpose_opts{.filters = 4, .kernel_size = 3, .strides = 1, .padding = padding::same, .dilation_rate = 2}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
