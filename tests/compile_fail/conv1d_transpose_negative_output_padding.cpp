// Compile-fail test: a conv1d_transpose with a negative output_padding.
// expect: ctnn::conv1d_transpose: output_padding must be non-negative, or left unset
// expect: layer_at<1, ctnn::conv1d_transpose<
//
// docs/errors.md:
//   `output_padding` adds steps at the end of the output; -1 (the spelling of Keras's None) leaves
//   it unset, and nothing below that means anything.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 3>, conv1d_transpose<conv1d_transpose_opts{.filters = 4, .kernel_size = 3, .strides = 2, .padding = padding::same, .output_padding = -2}>>;
#else
using model = sequential<input<8, 3>, conv1d_transpose<conv1d_transpose_opts{.filters = 4, .kernel_size = 3, .strides = 2, .padding = padding::same, .output_padding = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
