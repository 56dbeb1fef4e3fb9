// Compile-fail test: an rms_normalization over an axis the input lacks.
// expect: ctnn::rms_normalization: an axis is outside the input
// expect: layer_at<1, ctnn::rms_normalization<
//
// docs/errors.md:
//   Keras counts the batch axis as 0: a sequence's axes are 1 and 2, or -2 and -1.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<6, 4>, rms_normalization<rms_normalization_opts{.axis = 3}>>;
#else
using model = sequential<input<6, 4>, rms_normalization<rms_normalization_opts{.axis = 2}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
