// Compile-fail test: a reshape without a target shape.
// expect: ctnn::reshape: give the target shape
//
// docs/errors.md:
//   `reshape<>` at position 1 receives `shape<4>` but names no target. `'(0 >= 1)'` counts the
//   target dimensions. This is the first rule of reshape.
// docs/errors.md, after the fix:
//   The 4 values become `shape<2, 2>`.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4>, reshape<>>;
#else
using model = sequential<input<4>, reshape<2, 2>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
