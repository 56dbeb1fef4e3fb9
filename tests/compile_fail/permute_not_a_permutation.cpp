// Compile-fail test: a permute whose dims repeat an axis.
// expect: ctnn::permute: dims must hold each of 1, ..., n once
// expect: layer_at<1, ctnn::permute<
//
// docs/errors.md:
//   Axes count from 1, the batch axis not included: (2, 1) swaps a sequence's steps and channels.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<6, 3>, permute<2, 2>>;
#else
using model = sequential<input<6, 3>, permute<2, 1>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
