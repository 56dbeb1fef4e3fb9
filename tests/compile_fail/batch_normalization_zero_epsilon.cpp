// Compile-fail test: a batch normalization without epsilon.
// expect: ctnn::batch_normalization: epsilon must be positive
//
// docs/errors.md:
//   `epsilon = 0.0`. In the `layer_at` line the epsilon is a `ctnn::real`, shown as its bits.
//   `real{0}` is 0.0.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<5>, batch_normalization<batch_normalization_opts{.epsilon = 0.0}>>;
#else
using model = sequential<input<5>, batch_normalization<batch_normalization_opts{.epsilon = 1e-5}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
