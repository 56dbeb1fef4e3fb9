// Compile-fail test: a dense layer with zero units.
// expect: ctnn::dense: units must be positive
// expect: layer_at<1, ctnn::dense<0
// expect-gcc: the comparison reduces to '(0 > 0)'
//
// docs/errors.md:
//   `layer_at<1, ctnn::dense<0>, ctnn::shape<10> >`: the first layer after the input, a Dense layer
//   with 0 units, receiving 10 values.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<10>, dense<0>>;
#else
using model = sequential<input<10>, dense<1>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
