// Compile-fail test: a conv1d on an image.
// expect: ctnn::conv1d: the input must be a sequence of rank 2 (steps, channels)
// expect: layer_at<1, ctnn::conv1d<
//
// docs/errors.md:
//   Conv1D reads (steps, channels); an image has one axis more. A Conv2D with a kernel of one row does the same on every row.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 2>, conv1d<conv1d_opts{.filters = 3, .kernel_size = 3}>>;
#else
using model = sequential<input<16, 2>, conv1d<conv1d_opts{.filters = 3, .kernel_size = 3}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
