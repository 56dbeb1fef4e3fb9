// Compile-fail test: a center_crop on a sequence.
// expect: ctnn::center_crop: the input must be an image of rank 3 (rows, columns, channels)
// expect: layer_at<1, ctnn::center_crop<
//
// docs/errors.md:
//   CenterCrop cuts the middle of an image; Cropping1D cuts a sequence's steps.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<10, 3>, center_crop<center_crop_opts{.height = 1, .width = 6}>>;
#else
using model = sequential<input<10, 3>, cropping1d<cropping1d_opts{.left = 2, .right = 2}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
