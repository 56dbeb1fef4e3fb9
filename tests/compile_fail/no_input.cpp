// Compile-fail test: a model that does not start with its input.
// expect: ctnn::sequential: the first layer must be ctnn::input<...>
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<dense<10>, dense<1>>;
#else
using model = sequential<input<5>, dense<10>, dense<1>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
