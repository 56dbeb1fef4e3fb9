// Compile-fail test: two identical layers applied to one value, joined by a merge.
// expect: ctnn: a merge is given one layer's value twice: two identical layers applied to one value are one layer (a value is its type); for two layers, write the second x | layer_id<Layer, 1>{}; to read one value twice (Keras concatenate([h, h])), write again(h)
// expect-gcc: the comparison reduces to '(2 == 0)'
//
// docs/errors.md:
//   Keras's `concatenate([Dense(2)(x), Dense(2)(x)])` has two Dense layers, 16 parameters. In ctnn
//   a value is its type, and `x | dense<2>{}` written twice is one type: one value, one layer,
//   8 parameters. The merge sees the same layer's value twice and cannot tell whether two twin
//   layers were meant or one value read twice (Keras `concatenate([h, h])`), so it asks. The
//   `required from` line names the merge and its arguments (`node<dense<2>, input<3>>` twice),
//   and the note counts the arguments given twice. GCC's `required from here` (left out here)
//   points at the merge's call. (Inputs are exempt: `add{}(x, x)` is one input read twice.)
// docs/errors.md, after the fix:
//   The second twin is another layer under its own id: `x | layer_id<dense<2>, 1>{}` (a third
//   would be `layer_id<dense<2>, 2>`), as a second input of one shape is `input<3>::id<1>{}`.
//   Under its id the layer is the same `dense<2>` for everything else: the summary shows `dense`
//   and `dense_1`, and `set_weights` takes both kernels and biases in Keras's order.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto x = input<3>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(x), concatenate{}(x | dense<2>{}, x | dense<2>{})));
#else
using model = decltype(functional(inputs(x), concatenate{}(x | dense<2>{}, x | layer_id<dense<2>, 1>{})));
static_assert(model::param_count == 16);
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
