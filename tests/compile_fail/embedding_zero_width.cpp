// Compile-fail test: an embedding whose label vectors are empty.
// expect: ctnn::embedding: output_dim (the length of each label's vector) must be positive
// expect: layer_at<1, ctnn::embedding<10, 0>
//
// docs/errors.md:
//   `embedding<10, 0>`: 10 labels, but each label's vector has 0 values. `'(0 > 0)'` is
//   `output_dim`.
// docs/errors.md, after the fix:
//   Give each label a vector.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto label = input<1>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(label), label | embedding<10, 0>{}));
#else
using model = decltype(functional(inputs(label), label | embedding<10, 8>{}));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
