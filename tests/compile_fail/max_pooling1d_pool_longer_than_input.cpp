// Compile-fail test: a 'valid' max_pooling1d whose pool is longer than the sequence.
// expect: ctnn::max_pooling1d: with padding 'valid' the pool must fit in the input (input steps >= pool size)
// expect: layer_at<1, ctnn::max_pooling1d<
//
// docs/errors.md:
//   A pool of 5 steps on 4: with 'same' padding the one window holds the 4 steps.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 2>, max_pooling1d<pooling1d_opts{.pool_size = 5}>>;
#else
using model = sequential<input<4, 2>, max_pooling1d<pooling1d_opts{.pool_size = 5, .padding = padding::same}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
