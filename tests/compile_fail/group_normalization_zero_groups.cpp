// Compile-fail test: a group normalization with no groups.
// expect: ctnn::group_normalization: groups must be positive, or -1 for one group per channel
// expect: layer_at<1, ctnn::group_normalization<
//
// docs/errors.md:
//   `groups = 0`. The one negative number allowed is -1, which Keras reads as one group per
//   channel: instance normalization.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 8>, group_normalization<group_normalization_opts{.groups = 0}>>;
#else
using model = sequential<input<4, 4, 8>, group_normalization<group_normalization_opts{.groups = -1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
