// Compile-fail test: an rms_normalization with a negative epsilon.
// expect: ctnn::rms_normalization: epsilon must not be negative
// expect: layer_at<1, ctnn::rms_normalization<
//
// docs/errors.md:
//   epsilon keeps the root mean square of a vector of zeros away from zero.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8>, rms_normalization<rms_normalization_opts{.epsilon = -1e-6}>>;
#else
using model = sequential<input<8>, rms_normalization<rms_normalization_opts{.epsilon = 1e-6}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
