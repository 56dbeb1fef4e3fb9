// Compile-fail test: an average_pooling1d on a vector.
// expect: ctnn::average_pooling1d: the input must be a sequence of rank 2 (steps, channels)
// expect: layer_at<2, ctnn::average_pooling1d<
//
// docs/errors.md:
//   A dense layer's output is a vector; a reshape makes it a sequence of steps.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4>, dense<8>, average_pooling1d<>>;
#else
using model = sequential<input<4>, dense<8>, reshape<4, 2>, average_pooling1d<>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
