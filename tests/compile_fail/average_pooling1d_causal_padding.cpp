// Compile-fail test: an average_pooling1d with padding 'causal'.
// expect: ctnn::average_pooling1d: padding 'causal' is for Conv1D only (Keras rejects it here too)
// expect: layer_at<1, ctnn::average_pooling1d<
//
// docs/errors.md:
//   Keras's poolings take 'valid' or 'same'.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 2>, average_pooling1d<pooling1d_opts{.padding = padding::causal}>>;
#else
using model = sequential<input<8, 2>, average_pooling1d<pooling1d_opts{.padding = padding::same}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
