// Compile-fail test: a conv2d with both stride and dilation above 1.
// expect: ctnn::conv2d: strides > 1 together with dilation_rate > 1 is not supported (Keras rejects it too)
//
// docs/errors.md:
//   A stride of 2 together with a dilation of 2 on the columns. Keras rejects that combination, on
//   any axes. The rule combines two flags, so GCC prints the expression (`strided`, `dilated`)
//   instead of numbers. The values are in the `layer_at` line: strides `{2, 2}`, dilation `{1, 2}`.
// docs/errors.md, after the fix:
//   Keep one of them at 1.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<16, 16, 1>, conv2d<conv2d_opts{.filters = 4, .kernel_size = 3, .strides = 2, .dilation_rate = {1, 2}}>>;
#else
using model = sequential<input<16, 16, 1>, conv2d<conv2d_opts{.filters = 4, .kernel_size = 3, .strides = 1, .dilation_rate = {1, 2}}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
