// Compile-fail test: a spatial_dropout1d on an image.
// expect: ctnn::spatial_dropout1d: the input must be a sequence (steps, channels)
// expect: layer_at<1, ctnn::spatial_dropout1d<
//
// docs/errors.md:
//   SpatialDropout2D drops the channels of an image; as Keras, ctnn checks the rank though both are the identity at inference.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 1>, spatial_dropout1d<0.2>>;
#else
using model = sequential<input<4, 4, 1>, spatial_dropout2d<0.2>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
