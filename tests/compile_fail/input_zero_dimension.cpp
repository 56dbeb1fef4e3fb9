// Compile-fail test: an input with a zero dimension.
// expect: ctnn::input: every dimension of the input must be positive
// expect: layer_at<0, ctnn::input<28, 0, 1>
// expect-gcc: the comparison reduces to '(0 > 0)'
//
// docs/errors.md:
//   The input is the layer at **position 0**, and it receives the empty shape `ctnn::shape<>`.
//   `'(0 > 0)'` compares the smallest dimension, which is not positive.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<28, 0, 1>, flatten>;
#else
using model = sequential<input<28, 28, 1>, flatten>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
