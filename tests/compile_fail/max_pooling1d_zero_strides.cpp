// Compile-fail test: a max_pooling1d with strides 0.
// expect: ctnn::max_pooling1d: strides must be positive (or left out: Keras's None, the pool size)
// expect: layer_at<1, ctnn::max_pooling1d<
//
// docs/errors.md:
//   Leave strides out for Keras's None: the windows then move by the pool size.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 2>, max_pooling1d<pooling1d_opts{.pool_size = 2, .strides = 0}>>;
#else
using model = sequential<input<8, 2>, max_pooling1d<pooling1d_opts{.pool_size = 2}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
