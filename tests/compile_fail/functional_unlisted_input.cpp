// Compile-fail test: an output that depends on an input `inputs(...)` does not list.
// expect: ctnn::functional: an output depends on an input that inputs(...) does not list
//
// docs/errors.md:
//   The `type_list<...>` in the note is every value the output depends on; the inputs after it are
//   the listed ones. `predict` would have nothing to feed the missing input with.
// docs/errors.md, after the fix:
//   List every input the output depends on.
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
