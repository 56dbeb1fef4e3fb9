// Compile-fail test: a parameter count that differs from Keras's, because twin layers became one.
// expect: ctnn::expect_param_count: the model has another parameter count; if the Keras model applies two identical layers to one value, they are one layer here (a value is its type): write the second x | layer_id<Layer, 1>{}
// expect-gcc: the comparison reduces to '(8 == 16)'
//
// docs/errors.md:
//   Keras's model has two Dense(2) layers on `x`, one of them followed by a LeakyReLU: 16
//   parameters (`model.count_params()`). In ctnn `x | dense<2>{}` is one value wherever it is
//   written, so both branches read one Dense layer, and the model has 8. No merge sees a value
//   twice here, so only the count can tell: `static_assert(ctnn::expect_param_count<model, 16>())`
//   states Keras's count, and its message names the usual cause; the note gives both counts.
// docs/errors.md, after the fix:
//   The second Dense is another layer under its own id, `x | layer_id<dense<2>, 1>{}`. When the
//   branches truly share one layer's value (Keras: `h = Dense(2)(x)` used twice), keep one
//   expression and state Keras's count, which is then 8.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto x = input<3>{};
inline constexpr auto a = x | dense<2>{};
#ifdef CTNN_COMPILE_FAIL
inline constexpr auto b = x | dense<2>{} | leaky_relu<0.2>{};
#else
inline constexpr auto b = x | layer_id<dense<2>, 1>{} | leaky_relu<0.2>{};
#endif
using model = decltype(functional(inputs(x), concatenate{}(a, b)));
static_assert(expect_param_count<model, 16>());
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
