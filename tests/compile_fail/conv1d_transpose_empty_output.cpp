// Compile-fail test: a 'same' conv1d_transpose with an even kernel on one step, which leaves nothing.
// expect: ctnn::conv1d_transpose: this kernel, padding and output_padding leave an empty output
// expect: layer_at<1, ctnn::conv1d_transpose<
//
// docs/errors.md:
//   With `output_padding` set, the output has (n − 1) × s + k − 2 × pad + op steps, and `'same'`
//   takes pad = floor(2 / 2) = 1. On 1 step that is (1 − 1) × 2 + 2 − 2 + 0 = 0.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<1, 3>, conv1d_transpose<conv1d_transpose_opts{.filters = 4, .kernel_size = 2, .strides = 2, .padding = padding::same, .output_padding = 0}>>;
#else
using model = sequential<input<1, 3>, conv1d_transpose<conv1d_transpose_opts{.filters = 4, .kernel_size = 2, .strides = 2, .padding = padding::same}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
