// Compile-fail test: an average_pooling2d with a zero pool.
// expect: ctnn::average_pooling2d: pool_size must be positive
//
// docs/errors.md:
//   `pool_size = 0`: a window of no cells, whose average would divide by zero.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 1>, average_pooling2d<pooling2d_opts{.pool_size = 0}>>;
#else
using model = sequential<input<4, 4, 1>, average_pooling2d<pooling2d_opts{.pool_size = 2}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
