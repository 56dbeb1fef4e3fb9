// Compile-fail test: a dot product over axis 0.
// expect: ctnn::dot: axis 0 is the batch axis
// expect: layer_at<2, ctnn::dot<
//
// docs/errors.md:
//   `axes` is spelled as Keras spells it, batch axis counted, so that a Keras `Dot(axes=...)`
//   carries over unchanged; the batch axis cannot be summed over (Keras refuses it too).
// docs/errors.md, after the fix:
//   Axis 1 is the first axis of a sample, here the only one; the default, `dot<>`, is `-1`, the
//   last.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto a = input<4>{};
inline constexpr auto b = input<4>::id<1>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(a, b), dot<dot_opts{.axes = 0}>{}(a, b)));
#else
using model = decltype(functional(inputs(a, b), dot<dot_opts{.axes = 1}>{}(a, b)));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
