// Compile-fail test: a permute with no dims.
// expect: ctnn::permute: give the new order of the axes
// expect: layer_at<1, ctnn::permute<
//
// docs/errors.md:
//   Permute names the new order of every axis of the input, counted from 1.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<6, 3>, permute<>>;
#else
using model = sequential<input<6, 3>, permute<2, 1>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
