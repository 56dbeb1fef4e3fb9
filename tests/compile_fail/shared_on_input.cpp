// Compile-fail test: shared on an input.
// expect: ctnn::shared: a model input is not called, it is read: use the input value itself wherever it is read, not shared<input<...>, N>
//
// docs/errors.md:
//   `shared` marks a layer that is called on several values. An input is not called: any number
//   of layers read it as it is. The `required from` line names the `shared` of `input<3>`.
// docs/errors.md, after the fix:
//   Read the input itself in both places.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
inline constexpr auto a = shared<input<3>, 0>{};
#else
inline constexpr auto a = input<3>{};
#endif
using model = decltype(functional(inputs(a), add{}(a | dense<3>{}, a | layer_id<dense<3>, 1>{})));
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
