// Compile-fail test: a SpatialDropout2D rate above 1.
// expect: ctnn::spatial_dropout2d: rate must be in [0, 1]
//
// docs/errors.md:
//   `spatial_dropout2d<1.5>`, which Keras refuses too.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<2, 2, 5>, spatial_dropout2d<1.5>>;
#else
using model = sequential<input<2, 2, 5>, spatial_dropout2d<1.0>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
