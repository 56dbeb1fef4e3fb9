// Compile-fail test: an average_pooling2d with a negative stride.
// expect: ctnn::average_pooling2d: strides must be positive (or left out: Keras's None, the pool size)
//
// docs/errors.md:
//   `strides = {-1, 2}`: only the pair {-1, -1} (`ctnn::pool_size_strides`, what an omitted
//   `strides` is) means Keras's None.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 1>, average_pooling2d<pooling2d_opts{.pool_size = 2, .strides = {-1, 2}}>>;
#else
using model = sequential<input<4, 4, 1>, average_pooling2d<pooling2d_opts{.pool_size = 2, .strides = {1, 2}}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
