// Compile-fail test: a spatial_dropout1d with a rate above 1.
// expect: ctnn::spatial_dropout1d: rate must be in [0, 1]
// expect: layer_at<1, ctnn::spatial_dropout1d<
//
// docs/errors.md:
//   The rate is the fraction of channels dropped in training.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 3>, spatial_dropout1d<1.5>>;
#else
using model = sequential<input<4, 3>, spatial_dropout1d<0.5>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
