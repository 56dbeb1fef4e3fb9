// Compile-fail test: a conv2d whose kernel_size was not given.
// expect: ctnn::conv2d: kernel_size must be positive
//
// docs/errors.md:
//   `kernel_size` was not given. It defaults to 0, which means "missing", because Keras has no
//   default for it. `ctnn::extent2{0, 0}` in the `layer_at` line is the kernel size.
// docs/errors.md, after the fix:
//   Give `kernel_size`, as Keras requires.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 8, 1>, conv2d<conv2d_opts{.filters = 4}>>;
#else
using model = sequential<input<8, 8, 1>, conv2d<conv2d_opts{.filters = 4, .kernel_size = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
