// Compile-fail test: a permute that counts axes from 0.
// expect: ctnn::permute: dims must hold each of 1, ..., n once
// expect: layer_at<1, ctnn::permute<
//
// docs/errors.md:
//   numpy's transpose counts the batch axis as 0; Keras's Permute leaves it out and counts the sample's axes from 1.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 3>, permute<2, 0, 1>>;
#else
using model = sequential<input<4, 4, 3>, permute<3, 1, 2>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
