// Compile-fail test: a resizing that both crops and pads to the aspect ratio.
// expect: ctnn::resizing: crop_to_aspect_ratio and pad_to_aspect_ratio cannot both be true
// expect: layer_at<1, ctnn::resizing<
//
// docs/errors.md:
//   Keras refuses the two together: choose to crop the image to the output's aspect ratio, or to pad it.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<6, 8, 3>, resizing<resizing_opts{.height = 4, .width = 4, .crop_to_aspect_ratio = true, .pad_to_aspect_ratio = true}>>;
#else
using model = sequential<input<6, 8, 3>, resizing<resizing_opts{.height = 4, .width = 4, .crop_to_aspect_ratio = true}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
