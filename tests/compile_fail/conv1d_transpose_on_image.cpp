// Compile-fail test: a conv1d_transpose given an image.
// expect: ctnn::conv1d_transpose: the input must be a sequence of rank 2 (steps, channels)
// expect: layer_at<1, ctnn::conv1d_transpose<
//
// docs/errors.md:
//   A 1-D layer reads (steps, channels); an image wants conv2d_transpose, or a reshape first.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 8, 3>, conv1d_transpose<conv1d_transpose_opts{.filters = 4, .kernel_size = 3, .strides = 2, .padding = padding::same}>>;
#else
using model = sequential<input<8, 3>, conv1d_transpose<conv1d_transpose_opts{.filters = 4, .kernel_size = 3, .strides = 2, .padding = padding::same}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
