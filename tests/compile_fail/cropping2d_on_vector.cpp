// Compile-fail test: a cropping2d on a rank-1 input.
// expect: ctnn::cropping2d: the input must be an image of rank 3
// expect: layer_at<1, ctnn::cropping2d<
// expect-gcc: the comparison reduces to '(1 == 3)'
//
// docs/errors.md:
//   The input is `shape<16>`, a vector; the note gives its rank (1).
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<16>, cropping2d<cropping2d_opts{.top = 1, .bottom = 1}>>;
#else
using model = sequential<input<16>, reshape<4, 4, 1>, cropping2d<cropping2d_opts{.top = 1, .bottom = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
