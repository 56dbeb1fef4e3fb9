// Compile-fail test: concatenating on axis 0, which Keras counts as the batch axis.
// expect: ctnn::concatenate: axis 0 is the batch axis
// expect: layer_at<2, ctnn::concatenate<0>
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
