// Compile-fail test: a group normalization without epsilon.
// expect: ctnn::group_normalization: epsilon must be positive
// expect: layer_at<1, ctnn::group_normalization<
//
// docs/errors.md:
//   `epsilon = 0.0`: a group whose values are all equal has variance 0. Keras's default is 1e-3.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 8>, group_normalization<group_normalization_opts{.groups = 2, .epsilon = 0.0}>>;
#else
using model = sequential<input<4, 4, 8>, group_normalization<group_normalization_opts{.groups = 2, .epsilon = 1e-5}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
