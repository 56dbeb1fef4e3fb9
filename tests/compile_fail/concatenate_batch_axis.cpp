// Compile-fail test: concatenating on axis 0.
// expect: ctnn::concatenate: axis 0 is the batch axis
// expect: layer_at<2, ctnn::concatenate<0>
//
// docs/errors.md:
//   ctnn's shapes leave the batch axis out, but `Axis` is spelled as Keras spells it, batch axis
//   counted, so that a Keras `Concatenate(axis=...)` carries over unchanged. `'(0 != 0)'` is the
//   axis.
// docs/errors.md, after the fix:
//   Axis 1 is the first axis of a sample, here the only one; the default, `concatenate<>`, is `-1`,
//   the last.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto a = input<4>{};
inline constexpr auto b = input<3>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(a, b), concatenate<0>{}(a, b)));
#else
using model = decltype(functional(inputs(a, b), concatenate<1>{}(a, b)));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
