// Compile-fail test: a global_average_pooling2d on a rank-1 input.
// expect: ctnn::global_average_pooling2d: the input must be an image of rank 3
// expect: layer_at<2, ctnn::global_average_pooling2d<
// expect-gcc: the comparison reduces to '(1 == 3)'
//
// docs/errors.md:
//   A global pooling averages each channel over the rows and columns of an image; a dense
//   layer's output has neither.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8>, dense<12>, global_average_pooling2d<>>;
#else
using model = sequential<input<8>, dense<12>, reshape<2, 2, 3>, global_average_pooling2d<>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
