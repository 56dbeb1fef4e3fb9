// Compile-fail test: a model with a second input in the middle.
// expect: ctnn::sequential: the first layer must be ctnn::input<...> (the shape of one sample, Keras input_shape), and only the first
//
// docs/errors.md:
//   `input<10>` appears a second time, in the middle of the stack. A sequential model has exactly
//   one input, and it comes first.
// docs/errors.md, after the fix:
//   Remove the second input. `dense<10>` already outputs 10 values.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<5>, dense<10>, input<10>, dense<1>>;
#else
using model = sequential<input<5>, dense<10>, dense<1>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
