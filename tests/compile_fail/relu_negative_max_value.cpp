// Compile-fail test: a ReLU with a negative max_value.
// expect: ctnn::relu: max_value must be >= 0 (as Keras requires)
//
// docs/errors.md:
//   `relu<relu_opts{.max_value = -1.0}>`. Keras refuses a negative cap too. Leave max_value out
//   for no cap (Keras's None), or give a cap >= 0: `relu<relu_opts{.max_value = 6.0}>`.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<5>, relu<relu_opts{.max_value = -1.0}>>;
#else
using model = sequential<input<5>, relu<relu_opts{.max_value = 6.0}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
