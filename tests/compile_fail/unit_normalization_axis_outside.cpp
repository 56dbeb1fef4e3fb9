// Compile-fail test: a unit_normalization over an axis the input lacks.
// expect: ctnn::unit_normalization: an axis is outside the input
// expect: layer_at<1, ctnn::unit_normalization<
//
// docs/errors.md:
//   Keras counts the batch axis as 0: a vector's one axis is 1, or -1.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8>, unit_normalization<unit_normalization_opts{.axis = 2}>>;
#else
using model = sequential<input<8>, unit_normalization<unit_normalization_opts{.axis = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
