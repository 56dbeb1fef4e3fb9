// Compile-fail test: a permute of fewer axes than the input has.
// expect: ctnn::permute: dims must name every axis of the input once
// expect: layer_at<1, ctnn::permute<
//
// docs/errors.md:
//   Permute names every axis of the input, the ones that stay too.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 3>, permute<2, 1>>;
#else
using model = sequential<input<4, 4, 3>, permute<2, 1, 3>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
