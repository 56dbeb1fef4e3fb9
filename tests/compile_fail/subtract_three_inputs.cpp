// Compile-fail test: a difference of three values.
// expect: ctnn::subtract: give exactly two values (the first minus the second)
// expect: layer_at<2, ctnn::subtract
//
// docs/errors.md:
//   Keras's Subtract takes exactly two values and subtracts the second from the first;
//   `'(3 == 2)'` counts the inputs given.
// docs/errors.md, after the fix:
//   Subtract twice, or add the values that are to be subtracted first.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto x = input<4>{};
inline constexpr auto y = x | dense<4>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(x), subtract{}(x, y, again(y))));
#else
using model = decltype(functional(inputs(x), subtract{}(subtract{}(x, y), y)));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
