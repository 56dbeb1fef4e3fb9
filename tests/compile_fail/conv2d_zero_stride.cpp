// Compile-fail test: a conv2d with a zero stride.
// expect: ctnn::conv2d: strides must be positive
//
// docs/errors.md:
//   `strides = {2, 0}`. The `'(0 > 0)'` is the column stride. `ctnn::extent2{2, 0}` is the third
//   option in the `layer_at` line.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 8, 1>, conv2d<conv2d_opts{.filters = 4, .kernel_size = 3, .strides = {2, 0}}>>;
#else
using model = sequential<input<8, 8, 1>, conv2d<conv2d_opts{.filters = 4, .kernel_size = 3, .strides = {2, 1}}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
