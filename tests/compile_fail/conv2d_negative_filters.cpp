// Compile-fail test: a conv2d with a negative number of filters.
// expect: ctnn::conv2d: filters must be positive
// expect-gcc: the comparison reduces to '(-4 > 0)'
//
// docs/errors.md:
//   `filters = -4`. The options appear in the `layer_at` line in Keras's argument order (filters,
//   kernel_size, strides, padding, dilation_rate, activation, use_bias), so the `-4` is visible
//   there too.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 8, 1>, conv2d<conv2d_opts{.filters = -4, .kernel_size = 3}>>;
#else
using model = sequential<input<8, 8, 1>, conv2d<conv2d_opts{.filters = 4, .kernel_size = 3}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
