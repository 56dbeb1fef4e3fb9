// Compile-fail test: a separable_conv1d with depth_multiplier 0.
// expect: ctnn::separable_conv1d: depth_multiplier must be positive
// expect: layer_at<1, ctnn::separable_conv1d<
//
// docs/errors.md:
//   depth_multiplier is the number of depthwise kernels each input channel gets.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<16, 4>, separable_conv1d<separable_conv1d_opts{.filters = 8, .kernel_size = 3, .depth_multiplier = 0}>>;
#else
using model = sequential<input<16, 4>, separable_conv1d<separable_conv1d_opts{.filters = 8, .kernel_size = 3, .depth_multiplier = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
