// Compile-fail test: a cropping1d that cuts off every step.
// expect: ctnn::cropping1d: left + right must be less than the input's steps (at least one step must be left)
// expect: layer_at<1, ctnn::cropping1d<
//
// docs/errors.md:
//   Keras's default cropping (1, 1) on a sequence of 2 steps leaves nothing.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<2, 3>, cropping1d<>>;
#else
using model = sequential<input<3, 3>, cropping1d<>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
