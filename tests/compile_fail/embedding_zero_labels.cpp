// Compile-fail test: an embedding table without labels.
// expect: ctnn::embedding: input_dim (the number of labels) must be positive
// expect: layer_at<1, ctnn::embedding<0, 8>
//
// docs/errors.md:
//   Position 1: the label input is position 0 of a functional model. `'(0 > 0)'` is `input_dim`,
//   the number of labels (rows of the table).
// docs/errors.md, after the fix:
//   One row per label. A zero `output_dim` gives the sibling message (`embedding_zero_width`).
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto label = input<1>{};
#ifdef CTNN_COMPILE_FAIL
using model = decltype(functional(inputs(label), label | embedding<0, 8>{}));
#else
using model = decltype(functional(inputs(label), label | embedding<10, 8>{}));
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
