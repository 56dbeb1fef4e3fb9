// Compile-fail test: a reshape whose target holds another number of elements than its input.
// expect: ctnn::reshape: the target shape must hold as many elements as the input
// expect: layer_at<2, ctnn::reshape<5, 5, 127>
// expect-gcc: the comparison reduces to '(3200 == 3175)'
//
// docs/errors.md:
//   `dense<3200>` outputs 3200 values. The reshape at **position 2**
//   (`layer_at<2, ..., ctnn::shape<3200> >`) asks for 5 × 5 × 127 = 3175. The note gives both
//   numbers as `(input elements == target elements)`.
// docs/errors.md, after the fix:
//   Make the target hold 3200 values: 5 × 5 × 128. `reshape<5, 5, -1>` would infer the 128.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<100>, dense<3200>, reshape<5, 5, 127>>;
#else
using model = sequential<input<100>, dense<3200>, reshape<5, 5, 128>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
