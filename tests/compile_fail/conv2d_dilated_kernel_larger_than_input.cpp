// Compile-fail test: a 'valid' conv2d whose dilated kernel is wider than its input.
// expect: ctnn::conv2d: with padding 'valid' the (dilated) kernel must fit in the input (input columns >= kernel columns)
// expect-gcc: the comparison reduces to '(4 >= 5)'
//
// docs/errors.md:
//   A 3 × 3 kernel with dilation 2 covers (3 − 1) × 2 + 1 = 5 cells. The rows (9) are enough, but
//   the columns (4) are not: `'(4 >= 5)'` compares the input columns with the dilated kernel's
//   width.
// docs/errors.md, after the fix:
//   Five columns are enough: the output is (9 − 5 + 1, 5 − 5 + 1) = (5, 1).
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<9, 4, 1>, conv2d<conv2d_opts{.filters = 1, .kernel_size = 3, .dilation_rate = 2}>>;
#else
using model = sequential<input<9, 5, 1>, conv2d<conv2d_opts{.filters = 1, .kernel_size = 3, .dilation_rate = 2}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
