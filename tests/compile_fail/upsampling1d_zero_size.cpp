// Compile-fail test: an upsampling1d with size 0.
// expect: ctnn::upsampling1d: size must be positive
// expect: layer_at<1, ctnn::upsampling1d<
//
// docs/errors.md:
//   Each step is repeated size times; 0 would leave no steps.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 3>, upsampling1d<upsampling1d_opts{.size = 0}>>;
#else
using model = sequential<input<4, 3>, upsampling1d<upsampling1d_opts{.size = 2}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
