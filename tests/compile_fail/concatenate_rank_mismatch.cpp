// Compile-fail test: joining a vector with an image.
// expect: ctnn::concatenate: every input must have the same number of axes
// expect: layer_at<2, ctnn::concatenate<-1>
//
// docs/errors.md:
//   `shape<4>` is a vector and `shape<2, 2>` has two axes; the `layer_at` line and the note name
//   both shapes.
// docs/errors.md, after the fix:
//   Bring them to one rank first: `flatten` makes the 2 × 2 input a vector of 4.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto a = input<4>{};
inline constexpr auto b = input<2, 2>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(a, b), concatenate{}(a, b)));
#else
using model = decltype(functional(inputs(a, b), concatenate{}(a, b | flatten{})));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
