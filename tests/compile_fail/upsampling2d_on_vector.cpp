// Compile-fail test: an upsampling2d on a rank-1 input.
// expect: ctnn::upsampling2d: the input must be an image of rank 3 (rows, columns, channels)
// expect: layer_at<1, ctnn::upsampling2d<
//
// docs/errors.md:
//   `upsampling2d` at position 1 receives `shape<100>`, a vector. It needs (rows, columns,
//   channels), and `'(1 == 3)'` compares the ranks.
// docs/errors.md, after the fix:
//   Start from an image, or put a `reshape<10, 10, 1>` before the upsampling.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<100>, upsampling2d<>>;
#else
using model = sequential<input<10, 10, 1>, upsampling2d<>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
