// Compile-fail test: a max_pooling1d with pool_size 0.
// expect: ctnn::max_pooling1d: pool_size must be positive
// expect: layer_at<1, ctnn::max_pooling1d<
//
// docs/errors.md:
//   A window of no steps has no maximum.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 2>, max_pooling1d<pooling1d_opts{.pool_size = 0}>>;
#else
using model = sequential<input<8, 2>, max_pooling1d<pooling1d_opts{.pool_size = 2}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
