// Compile-fail test: a negative noise standard deviation.
// expect: ctnn::gaussian_noise: stddev must be >= 0
//
// docs/errors.md:
//   `gaussian_noise<-0.1>`. The layer is the identity at inference, but the type keeps the model as
//   it was trained. Keras 3 also refuses a stddev above 1; Keras 2 does not, and ctnn accepts it.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<5>, gaussian_noise<-0.1>>;
#else
using model = sequential<input<5>, gaussian_noise<0.1>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
