// Compile-fail test: a separable_conv1d whose kernel is longer than its input.
// expect: ctnn::separable_conv1d: with padding 'valid' the (dilated) kernel must fit in the input
// expect: layer_at<1, ctnn::separable_conv1d<
//
// docs/errors.md:
//   With 'valid' a kernel of 5 steps needs 5 steps of input; 'same' (or tf.keras's 'causal') pads them.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 2>, separable_conv1d<separable_conv1d_opts{.filters = 3, .kernel_size = 5}>>;
#else
using model = sequential<input<4, 2>, separable_conv1d<separable_conv1d_opts{.filters = 3, .kernel_size = 5, .padding = padding::same}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
