// Compile-fail test: a permute of nine axes.
// expect: ctnn::permute: at most 8 axes
// expect: layer_at<2, ctnn::permute<
//
// docs/errors.md:
//   Permute reorders at most 8 axes; a reshape can merge the axes that move together.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<18>, reshape<1, 1, 1, 1, 1, 1, 1, 2, 9>, permute<9, 1, 2, 3, 4, 5, 6, 7, 8>>;
#else
using model = sequential<input<18>, reshape<2, 9>, permute<2, 1>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
