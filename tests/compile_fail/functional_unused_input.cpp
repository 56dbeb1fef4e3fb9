// Compile-fail test: a model input that the output does not depend on.
// expect: ctnn::functional: an input is not used: the output does not depend on every value in inputs(...)
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto noise = input<100>{};
inline constexpr auto label = input<1>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(noise, label), noise | dense<10>{}));
#else
using model = decltype(functional(inputs(noise, label), concatenate{}(noise | dense<10>{}, label)));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
