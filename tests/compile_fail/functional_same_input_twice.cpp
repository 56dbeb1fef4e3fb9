// Compile-fail test: two inputs of one shape.
// expect: ctnn::functional: an input is listed twice, or two inputs have the same shape and so are the same value; make the second input<...>::id<1>{}
//
// docs/errors.md:
//   A value's type is what it is: an input's type is its shape, so `a` and `b` are both `input<3>`,
//   one value, listed twice (the note: 2 occurrences where 1 is allowed). Keras tells two
//   `Input(shape=(3,))` apart by the objects; ctnn needs the second to say it is another value.
// docs/errors.md, after the fix:
//   `input<3>::id<1>{}` is another input of shape 3 (and `id<2>`, `id<3>`, ... more), as a pix2pix
//   discriminator takes an image and its condition. When the two are truly one value, list it once.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto a = input<3>{};
#ifdef CTNN_COMPILE_FAIL
inline constexpr auto b = input<3>{};
#else
inline constexpr auto b = input<3>::id<1>{};
#endif
using model = decltype(functional(inputs(a, b), add{}(a, b)));
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
