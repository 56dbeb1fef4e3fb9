// Compile-fail test: a leaky_relu with a negative slope.
// expect: ctnn::leaky_relu: the slope alpha must be >= 0
//
// docs/errors.md:
//   A negative slope, which Keras 3 rejects. The `layer_at` line shows the `real` as raw bits
//   (`13819745816549104026`), and the note shows its value, −0.2.
// docs/errors.md, after the fix:
//   Use a slope ≥ 0. Keras's default is 0.3 (`leaky_relu<>`).
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<5>, leaky_relu<-0.2>>;
#else
using model = sequential<input<5>, leaky_relu<0.2>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
