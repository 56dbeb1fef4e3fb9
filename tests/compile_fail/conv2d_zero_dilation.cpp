// Compile-fail test: a conv2d with a zero dilation rate.
// expect: ctnn::conv2d: dilation_rate must be positive
//
// docs/errors.md:
//   `dilation_rate = 0` (that is, `{0, 0}`).
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 8, 1>, conv2d<conv2d_opts{.filters = 4, .kernel_size = 3, .dilation_rate = 0}>>;
#else
using model = sequential<input<8, 8, 1>, conv2d<conv2d_opts{.filters = 4, .kernel_size = 3, .dilation_rate = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
