// Compile-fail test: a softmax across the batch.
// expect: ctnn::softmax: axis 0 is the batch axis; a softmax across the samples of a batch is not supported
//
// docs/errors.md:
//   `softmax<0>`. Keras counts the batch as axis 0; a sample's axes are 1 to rank, or -rank to -1
//   from the end. `softmax<>` (axis -1) takes the softmax of each row of the last axis.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 5>, softmax<0>>;
#else
using model = sequential<input<4, 5>, softmax<1>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
