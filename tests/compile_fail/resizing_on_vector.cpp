// Compile-fail test: a resizing on a vector.
// expect: ctnn::resizing: the input must be an image of rank 3 (rows, columns, channels)
// expect: layer_at<1, ctnn::resizing<
//
// docs/errors.md:
//   Resizing resamples an image; a reshape makes a vector one.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<64>, resizing<resizing_opts{.height = 4, .width = 4}>>;
#else
using model = sequential<input<64>, reshape<8, 8, 1>, resizing<resizing_opts{.height = 4, .width = 4}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
