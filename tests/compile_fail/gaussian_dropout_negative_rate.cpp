// Compile-fail test: a negative Gaussian dropout rate.
// expect: ctnn::gaussian_dropout: rate must be in [0, 1]
//
// docs/errors.md:
//   `gaussian_dropout<-0.1>`. Both bounds share one message; the note says which failed.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<5>, gaussian_dropout<-0.1>>;
#else
using model = sequential<input<5>, gaussian_dropout<0.0>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
