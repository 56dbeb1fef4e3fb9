// Compile-fail test: two inputs of one shape are one value (a value's type is what it is), so the
// model would list the same input twice.
// expect: ctnn::functional: an input is listed twice, or two inputs have the same shape
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto a = input<3>{};
inline constexpr auto b = input<3>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(a, b), add{}(a, b)));
#else
using model = decltype(functional(inputs(a), add{}(a, b)));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
