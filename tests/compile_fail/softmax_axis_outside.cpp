// Compile-fail test: a softmax along an axis the input does not have.
// expect: ctnn::softmax: the axis is not one of the input's axes (1 to rank, or -rank to -1, as Keras counts them)
//
// docs/errors.md:
//   `softmax<3>` on a (None, 4, 5) input, which has axes 1 and 2 (or -2 and -1).
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 5>, softmax<3>>;
#else
using model = sequential<input<4, 5>, softmax<-2>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
