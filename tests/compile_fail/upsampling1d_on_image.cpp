// Compile-fail test: an upsampling1d on an image.
// expect: ctnn::upsampling1d: the input must be a sequence of rank 2 (steps, channels)
// expect: layer_at<1, ctnn::upsampling1d<
//
// docs/errors.md:
//   UpSampling2D repeats an image's rows and columns.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 1>, upsampling1d<>>;
#else
using model = sequential<input<4, 4, 1>, upsampling2d<>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
