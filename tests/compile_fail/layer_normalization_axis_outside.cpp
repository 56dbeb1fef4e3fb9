// Compile-fail test: a layer normalization on an axis the input does not have.
// expect: ctnn::layer_normalization: an axis is outside the input
// expect: layer_at<1, ctnn::layer_normalization<
//
// docs/errors.md:
//   An image has the axes 1, 2 and 3 (the batch axis is 0, as in Keras), so `axis = 4` names
//   none of them; so does `axis = 0`, the batch axis, or `axis = -4`.
// docs/errors.md, after the fix:
//   `axis = 3` is the last axis of an image, the same as `-1`.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 2>, layer_normalization<layer_normalization_opts{.axis = 4}>>;
#else
using model = sequential<input<4, 4, 2>, layer_normalization<layer_normalization_opts{.axis = 3}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
