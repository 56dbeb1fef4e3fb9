// Compile-fail test: an output that depends on an input which inputs(...) does not list.
// expect: ctnn::functional: the output depends on an input that inputs(...) does not list
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto noise = input<100>{};
inline constexpr auto label = input<1>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(noise), concatenate{}(noise | dense<10>{}, label)));
#else
using model = decltype(functional(inputs(noise, label), concatenate{}(noise | dense<10>{}, label)));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
