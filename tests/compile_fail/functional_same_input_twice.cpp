// Compile-fail test: two inputs of one shape are one value (a value is its type), so the model
// would list the same input twice; input<...>::id<N> makes the second one another value.
// expect: ctnn::functional: an input is listed twice, or two inputs have the same shape and so are the same value; make the second input<...>::id<1>{}
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto a = input<3>{};
#ifdef CTNN_COMPILE_FAIL
inline constexpr auto b = input<3>{};
#else
inline constexpr auto b = input<3>::id<1>{};
#endif
using model = decltype(functional(inputs(a, b), add{}(a, b)));
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
