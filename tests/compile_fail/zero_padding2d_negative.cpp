// Compile-fail test: a zero_padding2d with a negative side.
// expect: ctnn::zero_padding2d: padding must not be negative
//
// docs/errors.md:
//   The options print in the order top, bottom, left, right: `{0, -1, 1, 1}` is a bottom of -1. The
//   note shows the failing side's value.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 1>, zero_padding2d<zero_padding2d_opts{.top = 0, .bottom = -1}>>;
#else
using model = sequential<input<4, 4, 1>, zero_padding2d<zero_padding2d_opts{.top = 0, .bottom = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
