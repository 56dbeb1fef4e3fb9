// Compile-fail test: a 'valid' average_pooling2d whose pool is taller than its input.
// expect: ctnn::average_pooling2d: with padding 'valid' the pool must fit in the input (input rows >= pool rows)
// expect-gcc: the comparison reduces to '(4 >= 5)'
//
// docs/errors.md:
//   A 5 × 5 pool on a 4 × 6 image with padding `'valid'` leaves no whole window.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 6, 2>, average_pooling2d<pooling2d_opts{.pool_size = 5, .strides = 1}>>;
#else
using model = sequential<input<4, 6, 2>, average_pooling2d<pooling2d_opts{.pool_size = 4, .strides = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
