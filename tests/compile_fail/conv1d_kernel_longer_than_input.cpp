// Compile-fail test: a 'valid' conv1d whose dilated kernel is longer than the sequence.
// expect: ctnn::conv1d: with padding 'valid' the (dilated) kernel must fit in the input (input steps >= kernel size)
// expect: layer_at<1, ctnn::conv1d<
//
// docs/errors.md:
//   A kernel of 3 dilated by 3 spans 7 steps, and the sequence has 6. With 'causal' or 'same' padding every length works.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<6, 2>, conv1d<conv1d_opts{.filters = 3, .kernel_size = 3, .dilation_rate = 3}>>;
#else
using model = sequential<input<6, 2>, conv1d<conv1d_opts{.filters = 3, .kernel_size = 3, .padding = padding::causal, .dilation_rate = 3}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
