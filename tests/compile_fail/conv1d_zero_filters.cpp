// Compile-fail test: a conv1d without filters.
// expect: ctnn::conv1d: filters must be positive
// expect: layer_at<1, ctnn::conv1d<
//
// docs/errors.md:
//   filters is the number of output channels; Keras has no default for it.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<16, 2>, conv1d<conv1d_opts{.kernel_size = 3}>>;
#else
using model = sequential<input<16, 2>, conv1d<conv1d_opts{.filters = 3, .kernel_size = 3}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
