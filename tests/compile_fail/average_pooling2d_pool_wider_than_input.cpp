// Compile-fail test: a 'valid' average_pooling2d whose pool is wider than its input.
// expect: ctnn::average_pooling2d: with padding 'valid' the pool must fit in the input (input columns >= pool columns)
// expect-gcc: the comparison reduces to '(1 >= 2)'
//
// docs/errors.md:
//   A 2 × 2 pool on a 4 × 1 image: one column.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 1, 3>, average_pooling2d<>>;
#else
using model = sequential<input<4, 1, 3>, average_pooling2d<pooling2d_opts{.pool_size = {2, 1}}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
