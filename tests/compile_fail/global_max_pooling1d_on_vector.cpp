// Compile-fail test: a global_max_pooling1d on a vector.
// expect: ctnn::global_max_pooling1d: the input must be a sequence of rank 2 (steps, channels)
// expect: layer_at<1, ctnn::global_max_pooling1d<
//
// docs/errors.md:
//   A vector has no steps to pool over.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8>, global_max_pooling1d<>>;
#else
using model = sequential<input<8>, reshape<4, 2>, global_max_pooling1d<>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
