// Compile-fail test: a max_pooling2d with a zero stride.
// expect: ctnn::max_pooling2d: strides must be positive (or left out: Keras's None, the pool size)
//
// docs/errors.md:
//   `strides = 0`. Leaving `strides` out is Keras's `strides=None`: the window moves by the
//   pool size (`ctnn::pool_size_strides`, the pair {-1, -1}). Any other value must be positive on
//   both axes.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 1>, max_pooling2d<pooling2d_opts{.pool_size = 2, .strides = 0}>>;
#else
using model = sequential<input<4, 4, 1>, max_pooling2d<pooling2d_opts{.pool_size = 2}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
