// Compile-fail test: a conv1d with dilation_rate 0.
// expect: ctnn::conv1d: dilation_rate must be positive
// expect: layer_at<1, ctnn::conv1d<
//
// docs/errors.md:
//   A dilation of 1 reads neighbouring steps; 0 would read one step k times.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<16, 2>, conv1d<conv1d_opts{.filters = 3, .kernel_size = 3, .dilation_rate = 0}>>;
#else
using model = sequential<input<16, 2>, conv1d<conv1d_opts{.filters = 3, .kernel_size = 3, .dilation_rate = 2}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
