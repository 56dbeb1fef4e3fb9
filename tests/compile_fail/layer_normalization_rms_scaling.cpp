// Compile-fail test: a layer normalization with Keras 3's rms_scaling.
// expect: ctnn::layer_normalization: rms_scaling = true is not supported
// expect: layer_at<2, ctnn::layer_normalization<
//
// docs/errors.md:
//   Keras 3's `rms_scaling=True` is another computation (no centering and no beta), which ctnn
//   does not have.
// docs/errors.md, after the fix:
//   The layer as Keras computes it by default, with the mean and the variance.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<5>, dense<8>, layer_normalization<layer_normalization_opts{.rms_scaling = true}>>;
#else
using model = sequential<input<5>, dense<8>, layer_normalization<layer_normalization_opts{.rms_scaling = false}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
