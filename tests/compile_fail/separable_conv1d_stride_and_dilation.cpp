// Compile-fail test: a separable_conv1d with both strides and dilation.
// expect: ctnn::separable_conv1d: strides > 1 together with dilation_rate > 1 is not supported
// expect: layer_at<1, ctnn::separable_conv1d<
//
// docs/errors.md:
//   Keras refuses strides and dilation_rate both above 1.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<16, 4>, separable_conv1d<separable_conv1d_opts{.filters = 8, .kernel_size = 3, .strides = 2, .dilation_rate = 2}>>;
#else
using model = sequential<input<16, 4>, separable_conv1d<separable_conv1d_opts{.filters = 8, .kernel_size = 3, .strides = 2}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
