// Compile-fail test: an upsampling2d with a zero factor.
// expect: ctnn::upsampling2d: size must be positive (columns)
// expect-gcc: the comparison reduces to '(0 > 0)'
//
// docs/errors.md:
//   `size = {2, 0}`: the column factor is 0. Rows and columns have separate messages, so the
//   message says which axis is wrong.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 1>, upsampling2d<upsampling2d_opts{.size = {2, 0}}>>;
#else
using model = sequential<input<4, 4, 1>, upsampling2d<upsampling2d_opts{.size = {2, 1}}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
