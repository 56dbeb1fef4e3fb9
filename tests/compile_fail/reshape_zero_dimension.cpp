// Compile-fail test: a reshape with a zero dimension.
// expect: ctnn::reshape: every dimension must be positive, or -1 for the one inferred dimension
// expect: layer_at<1, ctnn::reshape<3, 0, 4>
//
// docs/errors.md:
//   A target dimension is 0. The condition is a disjunction, so GCC prints the expression for the
//   failing dimension (`0 > 0 || 0 == -1`) instead of "comparison reduces to".
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<12>, reshape<3, 0, 4>>;
#else
using model = sequential<input<12>, reshape<3, 1, 4>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
