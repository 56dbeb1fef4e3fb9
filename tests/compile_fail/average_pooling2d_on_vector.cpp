// Compile-fail test: an average_pooling2d on a rank-2 input.
// expect: ctnn::average_pooling2d: the input must be an image of rank 3
// expect: layer_at<1, ctnn::average_pooling2d<
// expect-gcc: the comparison reduces to '(2 == 3)'
//
// docs/errors.md:
//   `shape<8, 8>` has rows and columns but no channel axis; Keras's AveragePooling2D needs one
//   too.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 8>, average_pooling2d<>>;
#else
using model = sequential<input<8, 8, 1>, average_pooling2d<>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
