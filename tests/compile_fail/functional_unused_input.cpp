// Compile-fail test: a model input that no output depends on.
// expect: ctnn::functional: an input is not used: the outputs do not depend on every value in inputs(...)
//
// docs/errors.md:
//   The note names the unused input (`input<1>`) and every value the output depends on. Keras
//   refuses such a model too: an input that nothing reads could never be fed.
// docs/errors.md, after the fix:
//   Use every input, or leave the unused one out of `inputs(...)`.
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
