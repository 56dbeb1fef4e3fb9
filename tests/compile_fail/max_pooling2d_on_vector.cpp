// Compile-fail test: a max_pooling2d on a rank-1 input.
// expect: ctnn::max_pooling2d: the input must be an image of rank 3
// expect: layer_at<2, ctnn::max_pooling2d<
// expect-gcc: the comparison reduces to '(1 == 3)'
//
// docs/errors.md:
//   A dense layer's output is a vector; the pooling needs rows, columns and channels.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8>, dense<16>, max_pooling2d<>>;
#else
using model = sequential<input<8>, dense<16>, reshape<4, 4, 1>, max_pooling2d<>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
