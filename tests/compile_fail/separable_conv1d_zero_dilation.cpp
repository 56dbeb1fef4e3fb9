// Compile-fail test: a separable_conv1d with dilation_rate 0.
// expect: ctnn::separable_conv1d: dilation_rate must be positive
// expect: layer_at<1, ctnn::separable_conv1d<
//
// docs/errors.md:
//   dilation_rate is the step between a kernel's taps; 1 is a plain kernel.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<16, 4>, separable_conv1d<separable_conv1d_opts{.filters = 8, .kernel_size = 3, .dilation_rate = 0}>>;
#else
using model = sequential<input<16, 4>, separable_conv1d<separable_conv1d_opts{.filters = 8, .kernel_size = 3, .dilation_rate = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
