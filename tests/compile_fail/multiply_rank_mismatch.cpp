// Compile-fail test: multiplying a vector by an image.
// expect: ctnn::add / multiply / average / maximum / minimum: every input must have the same number of axes (the same shape)
// expect: layer_at<2, ctnn::multiply
//
// docs/errors.md:
//   `shape<4>` is a vector and `shape<2, 2>` has two axes; the note names both shapes. ctnn does
//   not broadcast.
// docs/errors.md, after the fix:
//   Bring both to one shape: `flatten` makes the 2 × 2 input a vector of 4.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto a = input<4>{};
inline constexpr auto b = input<2, 2>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(a, b), multiply{}(a, b)));
#else
using model = decltype(functional(inputs(a, b), multiply{}(a, b | flatten{})));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
