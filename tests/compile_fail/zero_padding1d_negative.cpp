// Compile-fail test: a zero_padding1d with a negative side.
// expect: ctnn::zero_padding1d: padding must not be negative
// expect: layer_at<1, ctnn::zero_padding1d<
//
// docs/errors.md:
//   To cut steps off, use a cropping1d.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 2>, zero_padding1d<zero_padding1d_opts{.left = -1, .right = 0}>>;
#else
using model = sequential<input<8, 2>, cropping1d<cropping1d_opts{.left = 1, .right = 0}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
