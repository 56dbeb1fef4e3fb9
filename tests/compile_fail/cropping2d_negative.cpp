// Compile-fail test: a cropping2d with a negative side.
// expect: ctnn::cropping2d: cropping must not be negative
//
// docs/errors.md:
//   The options print in the order top, bottom, left, right: `{0, 0, -1, 0}` is a left of -1.
//   Keras refuses a negative cropping too.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<6, 6, 1>, cropping2d<cropping2d_opts{.left = -1}>>;
#else
using model = sequential<input<6, 6, 1>, cropping2d<cropping2d_opts{.left = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
