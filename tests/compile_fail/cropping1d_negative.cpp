// Compile-fail test: a cropping1d with a negative side.
// expect: ctnn::cropping1d: cropping must not be negative
// expect: layer_at<1, ctnn::cropping1d<
//
// docs/errors.md:
//   To add steps, use a zero_padding1d.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 3>, cropping1d<cropping1d_opts{.left = 0, .right = -1}>>;
#else
using model = sequential<input<4, 3>, zero_padding1d<zero_padding1d_opts{.left = 0, .right = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
