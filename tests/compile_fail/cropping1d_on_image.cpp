// Compile-fail test: a cropping1d on an image.
// expect: ctnn::cropping1d: the input must be a sequence of rank 2 (steps, channels)
// expect: layer_at<1, ctnn::cropping1d<
//
// docs/errors.md:
//   Cropping2D crops an image.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 1>, cropping1d<>>;
#else
using model = sequential<input<4, 4, 1>, cropping2d<cropping2d_opts{.left = 1, .right = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
