// Compile-fail test: a 'valid' max_pooling2d whose pool is wider than its input.
// expect: ctnn::max_pooling2d: with padding 'valid' the pool must fit in the input (input columns >= pool columns)
// expect-gcc: the comparison reduces to '(3 >= 4)'
//
// docs/errors.md:
//   A 2 × 4 pool on an 8 × 3 image: the rows fit, the columns do not.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 3, 1>, max_pooling2d<pooling2d_opts{.pool_size = {2, 4}}>>;
#else
using model = sequential<input<8, 3, 1>, max_pooling2d<pooling2d_opts{.pool_size = {2, 3}}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
