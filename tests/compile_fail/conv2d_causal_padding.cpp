// Compile-fail test: a conv2d with padding 'causal'.
// expect: ctnn::conv2d: padding 'causal' is for Conv1D only (Keras rejects it here too)
// expect: layer_at<1, ctnn::conv2d<
//
// docs/errors.md:
//   Causal padding pads one axis, before the sequence; Keras accepts it for Conv1D only. On an image, a ZeroPadding2D before a 'valid' Conv2D pads where you choose.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 8, 1>, conv2d<conv2d_opts{.filters = 2, .kernel_size = 3, .padding = padding::causal}>>;
#else
using model = sequential<input<8, 8, 1>, zero_padding2d<zero_padding2d_opts{.top = 2, .bottom = 0, .left = 2, .right = 0}>, conv2d<conv2d_opts{.filters = 2, .kernel_size = 3}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
