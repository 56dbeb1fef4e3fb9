// Compile-fail test: a model without even an input.
// expect: ctnn::sequential: a model needs at least its input
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<>;
#else
using model = sequential<input<3>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
