// Compile-fail test: an activity_regularization with a negative l2.
// expect: ctnn::activity_regularization: l2 must be >= 0
// expect: layer_at<2, ctnn::activity_regularization<
//
// docs/errors.md:
//   The factors weigh a penalty added to the training loss; Keras refuses a negative one.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8>, dense<4>, activity_regularization<activity_regularization_opts{.l2 = -0.01}>>;
#else
using model = sequential<input<8>, dense<4>, activity_regularization<activity_regularization_opts{.l2 = 0.01}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
