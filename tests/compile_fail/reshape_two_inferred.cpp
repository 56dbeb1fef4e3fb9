// Compile-fail test: a reshape with two inferred dimensions.
// expect: ctnn::reshape: at most one dimension may be -1
// expect: layer_at<1, ctnn::reshape<-1, 2, -1>
//
// docs/errors.md:
//   Two dimensions are `-1`, so neither can be inferred. `'(2 <= 1)'` counts the `-1`s.
// docs/errors.md, after the fix:
//   Give every dimension but one.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<12>, reshape<-1, 2, -1>>;
#else
using model = sequential<input<12>, reshape<-1, 2, 3>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
