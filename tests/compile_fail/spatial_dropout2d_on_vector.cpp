// Compile-fail test: SpatialDropout2D on an input that is not an image.
// expect: ctnn::spatial_dropout2d: the input must be an image (rows, columns, channels)
//
// docs/errors.md:
//   `spatial_dropout2d<0.5>` after `input<5>`. It drops whole channels of an image, so its input
//   has three axes; `dropout<0.5>` is the layer for a vector.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<5>, spatial_dropout2d<0.5>>;
#else
using model = sequential<input<2, 2, 5>, spatial_dropout2d<0.5>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
