// Compile-fail test: a layer normalization without epsilon.
// expect: ctnn::layer_normalization: epsilon must be positive
// expect: layer_at<2, ctnn::layer_normalization<
//
// docs/errors.md:
//   `epsilon = 0.0`: a sample whose values are all equal has variance 0, and its normalised
//   values would be 0 / 0. Keras's default is 1e-3 (`layer_normalization<>`).
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<5>, dense<8>, layer_normalization<layer_normalization_opts{.epsilon = 0.0}>>;
#else
using model = sequential<input<5>, dense<8>, layer_normalization<layer_normalization_opts{.epsilon = 1e-5}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
