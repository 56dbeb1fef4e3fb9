// Compile-fail test: a separable_conv1d without a kernel size.
// expect: ctnn::separable_conv1d: kernel_size must be positive
// expect: layer_at<1, ctnn::separable_conv1d<
//
// docs/errors.md:
//   kernel_size has no default, as in Keras: give the depthwise kernel's length.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<16, 4>, separable_conv1d<separable_conv1d_opts{.filters = 8}>>;
#else
using model = sequential<input<16, 4>, separable_conv1d<separable_conv1d_opts{.filters = 8, .kernel_size = 3}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
