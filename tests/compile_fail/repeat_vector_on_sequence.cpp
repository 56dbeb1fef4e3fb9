// Compile-fail test: a repeat_vector on a sequence.
// expect: ctnn::repeat_vector: the input must be a vector of rank 1 (features)
// expect: layer_at<2, ctnn::repeat_vector<
//
// docs/errors.md:
//   Keras's RepeatVector takes a vector (batch, features); flatten a sequence first, or pool it.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<6, 3>, conv1d<conv1d_opts{.filters = 4, .kernel_size = 3}>, repeat_vector<2>>;
#else
using model = sequential<input<6, 3>, conv1d<conv1d_opts{.filters = 4, .kernel_size = 3}>, global_average_pooling1d<>, repeat_vector<2>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
