// Compile-fail test: a group normalization whose groups do not divide the channels.
// expect: ctnn::group_normalization: the channels (the last axis) must be a multiple of groups
// expect: layer_at<1, ctnn::group_normalization<
// expect-gcc: the comparison reduces to '(2 == 0)'
//
// docs/errors.md:
//   Three groups of 8 channels: the note shows the remainder, 8 % 3 = 2. Every group must hold
//   as many channels.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 8>, group_normalization<group_normalization_opts{.groups = 3}>>;
#else
using model = sequential<input<4, 4, 8>, group_normalization<group_normalization_opts{.groups = 4}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
