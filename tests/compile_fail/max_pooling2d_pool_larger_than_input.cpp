// Compile-fail test: a 'valid' max_pooling2d whose pool is taller than its input.
// expect: ctnn::max_pooling2d: with padding 'valid' the pool must fit in the input (input rows >= pool rows)
// expect: layer_at<1, ctnn::max_pooling2d<
// expect-gcc: the comparison reduces to '(2 >= 3)'
//
// docs/errors.md:
//   A 3 × 3 pool with padding `'valid'` on a 2 × 2 image: `'(2 >= 3)'` is input rows ≥ pool
//   rows. The rows are checked before the columns.
// docs/errors.md, after the fix:
//   With `'same'` padding the window may hang over the edge: the output is ceil(2 / 3) = 1 cell,
//   the maximum of the cells inside the input.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<2, 2, 1>, max_pooling2d<pooling2d_opts{.pool_size = 3}>>;
#else
using model = sequential<input<2, 2, 1>, max_pooling2d<pooling2d_opts{.pool_size = 3, .padding = padding::same}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
