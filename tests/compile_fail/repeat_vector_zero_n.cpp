// Compile-fail test: a repeat_vector of zero copies.
// expect: ctnn::repeat_vector: n must be positive
// expect: layer_at<1, ctnn::repeat_vector<
//
// docs/errors.md:
//   RepeatVector(n) makes a sequence of n steps, each the input vector.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8>, repeat_vector<0>, conv1d<conv1d_opts{.filters = 4, .kernel_size = 1}>>;
#else
using model = sequential<input<8>, repeat_vector<5>, conv1d<conv1d_opts{.filters = 4, .kernel_size = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
