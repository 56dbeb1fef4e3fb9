// Compile-fail test: a negative dropout rate.
// expect: ctnn::dropout: rate must be in [0, 1]
//
// docs/errors.md:
//   `dropout<-0.1>`. Both bounds share one message, and the note says which one failed: `>= 0.0` is
//   the lower bound. The `layer_at` line shows the `real` as raw bits.
// docs/errors.md, after the fix:
//   Both bounds are allowed: `dropout<0.0>` and `dropout<1.0>` compile.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<5>, dropout<-0.1>>;
#else
using model = sequential<input<5>, dropout<0.0>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
