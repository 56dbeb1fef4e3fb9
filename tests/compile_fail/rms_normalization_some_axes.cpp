// Compile-fail test: an rms_normalization over the steps of a sequence.
// expect: ctnn::rms_normalization: ctnn normalises over the last axis (axis = -1) or over all the input's axes in order
// expect: layer_at<1, ctnn::rms_normalization<
//
// docs/errors.md:
//   ctnn computes the root mean square of each vector of the last axis, or of the whole sample.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<6, 4>, rms_normalization<rms_normalization_opts{.axis = 1}>>;
#else
using model = sequential<input<6, 4>, rms_normalization<rms_normalization_opts{.axis = -1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
