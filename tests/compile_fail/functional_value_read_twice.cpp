// Compile-fail test: a merge that reads one layer's value twice.
// expect: ctnn: a merge is given one layer's value twice: two identical layers applied to one value are one layer (a value is its type); for two layers, write the second x | layer_id<Layer, 1>{}; to read one value twice (Keras concatenate([h, h])), write again(h)
// expect-gcc: the comparison reduces to '(2 == 0)'
//
// docs/errors.md:
//   The same rule as the previous entry, met the other way: here one Dense layer's value `h` is
//   meant to be read twice, as Keras's `Add()([h, h])` does. ctnn cannot tell this from two twin
//   layers (both are `add{}` of two values of one type), so it asks the model to say which.
// docs/errors.md, after the fix:
//   `again(h)` is `h` once more: the merge reads `h` twice and the model has one Dense layer. The
//   node is `add`'s of `h` and `h`, as if `again` were not there.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto x = input<4>{};
inline constexpr auto h = x | dense<4>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(x), add{}(h, h)));
#else
using model = decltype(functional(inputs(x), add{}(h, again(h))));
static_assert(model::param_count == 4 * 4 + 4);
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
