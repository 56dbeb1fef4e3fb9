// Compile-fail test: a conv2d_transpose with both stride and dilation above 1.
// expect: ctnn::conv2d_transpose: strides > 1 together with dilation_rate > 1 is not supported (Keras rejects it too)
//
// docs/errors.md:
//   Strides 2 and dilation 2, which Keras rejects too. As for conv2d, GCC shows the expression, and
//   the values are in the `layer_at` line (third and sixth options).
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 8, 1>, conv2d_transpose<conv2d_transpose_opts{.filters = 4, .kernel_size = 3, .strides = 2, .dilation_rate = 2}>>;
#else
using model = sequential<input<8, 8, 1>, conv2d_transpose<conv2d_transpose_opts{.filters = 4, .kernel_size = 3, .strides = 2, .dilation_rate = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
