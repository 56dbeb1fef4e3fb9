// Compile-fail test: a layer normalization over the rows and columns of an image.
// expect: ctnn::layer_normalization: ctnn normalises over the last axis (axis = -1) or over all the input's axes
// expect: layer_at<1, ctnn::layer_normalization<
//
// docs/errors.md:
//   `axis = {1, 2}` is a valid Keras axis list (one mean per channel, over the image), but ctnn
//   computes only the last axis and all the axes.
// docs/errors.md, after the fix:
//   All three axes: one mean and variance per sample, with gamma and beta of the image's shape.
//   A `group_normalization` with `.groups = -1` takes one mean per channel, as `{1, 2}` does,
//   but with gamma and beta of `[C]`.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 2>, layer_normalization<layer_normalization_opts{.axis = {1, 2}}>>;
#else
using model = sequential<input<4, 4, 2>, layer_normalization<layer_normalization_opts{.axis = {1, 2, 3}}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
