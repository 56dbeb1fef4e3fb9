// Compile-fail test: a 'valid' conv2d whose kernel is taller than its input.
// expect: ctnn::conv2d: with padding 'valid' the (dilated) kernel must fit in the input (input rows >= kernel rows)
// expect: layer_at<1, ctnn::conv2d<
// expect-gcc: the comparison reduces to '(2 >= 3)'
//
// docs/errors.md:
//   A 3 × 3 kernel with padding `'valid'` on a 2 × 2 image: `'(2 >= 3)'` is input rows ≥ kernel
//   rows. The rows are checked before the columns.
// docs/errors.md, after the fix:
//   With `'same'` padding the output keeps the input's 2 × 2 size. A smaller kernel or a larger
//   input also works.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<2, 2, 1>, conv2d<conv2d_opts{.filters = 1, .kernel_size = 3}>>;
#else
using model = sequential<input<2, 2, 1>, conv2d<conv2d_opts{.filters = 1, .kernel_size = 3, .padding = padding::same}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
