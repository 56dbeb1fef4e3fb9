// Compile-fail test: a dropout rate above 1.
// expect: ctnn::dropout: rate must be in [0, 1]
//
// docs/errors.md:
//   `dropout<1.5>`. The note gives the rate (1.5e+0) and the bound. The `layer_at` line shows the
//   `real` as raw bits.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<5>, dropout<1.5>>;
#else
using model = sequential<input<5>, dropout<0.5>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
