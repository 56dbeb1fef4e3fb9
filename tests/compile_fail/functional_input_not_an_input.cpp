// Compile-fail test: a computed value listed as a model input.
// expect: ctnn::functional: every model input must be a ctnn::input<...> value (Keras Input(shape=...))
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto a = input<4>{};
inline constexpr auto h = a | dense<3>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(h), h | dense<2>{}));
#else
using model = decltype(functional(inputs(a), h | dense<2>{}));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
