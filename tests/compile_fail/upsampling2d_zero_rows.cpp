// Compile-fail test: an upsampling2d with a zero row factor.
// expect: ctnn::upsampling2d: size must be positive (rows)
//
// docs/errors.md:
//   `size = {0, 2}`: the row factor is 0. The rows are checked before the columns, and the message
//   says `(rows)`.
// docs/errors.md, after the fix:
//   A factor of 1 keeps the rows: the output is 4 × 8 × 1.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 1>, upsampling2d<upsampling2d_opts{.size = {0, 2}}>>;
#else
using model = sequential<input<4, 4, 1>, upsampling2d<upsampling2d_opts{.size = {1, 2}}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
