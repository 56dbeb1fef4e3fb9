// Compile-fail test: a shared layer called on a value its weights do not fit.
// expect: ctnn::shared: a shared layer is called on a value its weights do not fit
// expect-gcc: [with Call = layer_at<3, ctnn::dense<8>, ctnn::shape<5> >; FirstCall = layer_at<2, ctnn::dense<8>, ctnn::shape<6> >]
// expect-clang: check_shared_call<ctnn::detail::layer_at<3, ctnn::dense<8, {{&linear_table}, true}>, ctnn::shape<5>>, ctnn::detail::layer_at<2, ctnn::dense<8, {{&linear_table}, true}>, ctnn::shape<6>>>
//
// docs/errors.md:
//   A shared layer has one set of weights, made for its first call. The `check_shared_call` line
//   (`Call`, `FirstCall`) names the two calls: the one at position 3 reads 5 features, where the first call, at
//   position 2, read 6; a Dense's kernel is [6, 8] for one and would be [5, 8] for the other.
//   Keras refuses the same model when it is built.
// docs/errors.md, after the fix:
//   Give both inputs 6 features, or use two layers (drop `shared`) if they are not meant to share
//   weights.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
using encode = shared<dense<8>, 0>;
inline constexpr auto a = input<6>{};
#ifdef CTNN_COMPILE_FAIL
inline constexpr auto b = input<5>{};
#else
inline constexpr auto b = input<6>::id<1>{};
#endif
using model = decltype(functional(inputs(a, b), concatenate{}(a | encode{}, b | encode{})));
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
