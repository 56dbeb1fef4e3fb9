// Compile-fail test: a group normalization with Keras's default 32 groups on 16 channels.
// expect: ctnn::group_normalization: there cannot be more groups than channels
// expect: layer_at<2, ctnn::group_normalization<
// expect-gcc: the comparison reduces to '(32 <= 16)'
//
// docs/errors.md:
//   `group_normalization<>` has Keras's default of 32 groups, and the convolution makes 16
//   channels. The note gives both numbers.
// docs/errors.md, after the fix:
//   A number of groups that divides the channels; `.groups = -1` is one group per channel.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 8, 3>, conv2d<conv2d_opts{.filters = 16, .kernel_size = 3}>, group_normalization<>>;
#else
using model = sequential<input<8, 8, 3>, conv2d<conv2d_opts{.filters = 16, .kernel_size = 3}>,
                         group_normalization<group_normalization_opts{.groups = 4}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
