// Compile-fail test: layer_id on a shared layer.
// expect: ctnn::layer_id: a shared layer is one layer wherever it is called, and layer_id<shared<...>, N> would make a twin of it
//
// docs/errors.md:
//   `layer_id` makes another layer of a kind; a shared layer is one layer at all its calls, so a
//   twin of it is a contradiction. The `required from` line names the `layer_id` of the `shared`.
// docs/errors.md, after the fix:
//   Another shared layer is `shared<Layer, M>` with another `M`.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
using encode = shared<dense<3>, 0>;
inline constexpr auto a = input<3>{};
inline constexpr auto b = input<3>::id<1>{};
#ifdef CTNN_COMPILE_FAIL
using other = layer_id<encode, 1>;
#else
using other = shared<dense<3>, 1>;
#endif
using model = decltype(functional(inputs(a, b), add{}(a | encode{}, b | encode{}, a | other{})));
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
