// Compile-fail test: subtracting a vector from an image.
// expect: ctnn::subtract: both inputs must have the same number of axes (the same shape)
// expect: layer_at<2, ctnn::subtract
//
// docs/errors.md:
//   An image of 2 x 2 x 1 values and a vector of 4 hold as many values, but not in one shape.
// docs/errors.md, after the fix:
//   Reshape the vector to the image's shape first.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto image = input<2, 2, 1>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(image), subtract{}(image, image | flatten{})));
#else
using model = decltype(functional(inputs(image), subtract{}(image, image | flatten{} | reshape<2, 2, 1>{})));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
