// Compile-fail test: a zero_padding1d on an image.
// expect: ctnn::zero_padding1d: the input must be a sequence of rank 2 (steps, channels)
// expect: layer_at<1, ctnn::zero_padding1d<
//
// docs/errors.md:
//   ZeroPadding2D pads an image.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 1>, zero_padding1d<>>;
#else
using model = sequential<input<4, 4, 1>, zero_padding2d<>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
