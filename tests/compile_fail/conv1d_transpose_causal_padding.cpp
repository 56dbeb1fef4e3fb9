// Compile-fail test: a conv1d_transpose with padding 'causal'.
// expect: ctnn::conv1d_transpose: padding 'causal' is for Conv1D only
// expect: layer_at<1, ctnn::conv1d_transpose<
//
// docs/errors.md:
//   Keras's Conv1DTranspose takes 'valid' or 'same'; only Conv1D takes 'causal'.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 3>, conv1d_transpose<conv1d_transpose_opts{.filters = 4, .kernel_size = 3, .strides = 2, .padding = padding::causal}>>;
#else
using model = sequential<input<8, 3>, conv1d_transpose<conv1d_transpose_opts{.filters = 4, .kernel_size = 3, .strides = 2, .padding = padding::same}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
