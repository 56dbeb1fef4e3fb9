// Compile-fail test: a conv2d on a rank-1 input.
// expect: ctnn::conv2d: the input must be an image of rank 3 (rows, columns, channels)
// expect: layer_at<1, ctnn::conv2d<
// expect-gcc: the comparison reduces to '(1 == 3)'
//
// docs/errors.md:
//   A convolution directly on `input<100>`: `'(1 == 3)'` compares the rank it receives with the
//   rank it needs.
// docs/errors.md, after the fix:
//   Reshape the vector into an image first. The conv2d is now at position 2.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<100>, conv2d<conv2d_opts{.filters = 1, .kernel_size = 3}>>;
#else
using model = sequential<input<100>, reshape<10, 10, 1>, conv2d<conv2d_opts{.filters = 1, .kernel_size = 3}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
