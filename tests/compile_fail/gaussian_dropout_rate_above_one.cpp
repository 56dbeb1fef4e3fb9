// Compile-fail test: a Gaussian dropout rate above 1.
// expect: ctnn::gaussian_dropout: rate must be in [0, 1]
//
// docs/errors.md:
//   `gaussian_dropout<1.5>`. Keras refuses it too; a rate of 1 is allowed, as in Keras.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<5>, gaussian_dropout<1.5>>;
#else
using model = sequential<input<5>, gaussian_dropout<1.0>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
