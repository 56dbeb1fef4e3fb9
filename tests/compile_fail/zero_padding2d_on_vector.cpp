// Compile-fail test: a zero_padding2d on a rank-1 input.
// expect: ctnn::zero_padding2d: the input must be an image of rank 3
// expect: layer_at<1, ctnn::zero_padding2d<
// expect-gcc: the comparison reduces to '(1 == 3)'
//
// docs/errors.md:
//   The input is `shape<16>`, a vector; the note gives its rank (1).
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<16>, zero_padding2d<>>;
#else
using model = sequential<input<16>, reshape<4, 4, 1>, zero_padding2d<>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
