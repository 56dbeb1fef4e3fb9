// Compile-fail test: an input without a shape.
// expect: ctnn::input: give the shape of one sample
//
// docs/errors.md:
//   `input<>` at **position 0** has no dimensions. `'(0 >= 1)'` counts them: the shape of one
//   sample needs a rank of at least 1.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<>, dense<1>>;
#else
using model = sequential<input<4>, dense<1>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
