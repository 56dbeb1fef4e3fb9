// Compile-fail test: a cropping2d that cuts off every column.
// expect: ctnn::cropping2d: left + right must be less than the input's columns (at least one column must be left)
// expect-gcc: the comparison reduces to '(5 < 3)'
//
// docs/errors.md:
//   Three columns, five cut off. Rows and columns have separate messages, so the message says
//   which axis is wrong.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<6, 3, 2>, cropping2d<cropping2d_opts{.left = 2, .right = 3}>>;
#else
using model = sequential<input<6, 3, 2>, cropping2d<cropping2d_opts{.left = 1, .right = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
