// Compile-fail test: a leaky_relu with a negative slope.
// expect: ctnn::leaky_relu: the slope alpha must be >= 0
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<5>, leaky_relu<-0.2>>;
#else
using model = sequential<input<5>, leaky_relu<0.2>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
