// Compile-fail test: a group normalization that groups the rows.
// expect: ctnn::group_normalization: axis must be the channels, the last axis (-1)
// expect: layer_at<1, ctnn::group_normalization<
//
// docs/errors.md:
//   `axis = 1` would group the rows of the image. ctnn's tensors are channels-last, and it
//   groups the channels: `axis = -1`, or 3 on an image.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 8>, group_normalization<group_normalization_opts{.groups = 2, .axis = 1}>>;
#else
using model = sequential<input<4, 4, 8>, group_normalization<group_normalization_opts{.groups = 2, .axis = 3}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
