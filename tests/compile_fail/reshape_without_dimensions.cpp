// Compile-fail test: a reshape without a target shape.
// expect: ctnn::reshape: give the target shape
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4>, reshape<>>;
#else
using model = sequential<input<4>, reshape<2, 2>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
