// Compile-fail test: a unit_normalization over the rows and columns of an image.
// expect: ctnn::unit_normalization: ctnn normalises over the last axis (axis = -1) or over all the input's axes in order
// expect: layer_at<1, ctnn::unit_normalization<
//
// docs/errors.md:
//   ctnn computes the norm of each vector of the last axis, or of the whole sample.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 3>, unit_normalization<unit_normalization_opts{.axis = {1, 2}}>>;
#else
using model = sequential<input<4, 4, 3>, unit_normalization<unit_normalization_opts{.axis = {1, 2, 3}}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
