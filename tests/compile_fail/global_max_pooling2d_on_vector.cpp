// Compile-fail test: a global_max_pooling2d on a rank-2 input.
// expect: ctnn::global_max_pooling2d: the input must be an image of rank 3
// expect-gcc: the comparison reduces to '(2 == 3)'
//
// docs/errors.md:
//   `shape<5, 4>` has no channel axis.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<5, 4>, global_max_pooling2d<global_pooling2d_opts{.keepdims = true}>>;
#else
using model = sequential<input<5, 4, 1>, global_max_pooling2d<global_pooling2d_opts{.keepdims = true}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
