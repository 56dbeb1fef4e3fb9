// Compile-fail test: a PReLU sharing its alpha along an axis the input does not have.
// expect: ctnn::prelu: each shared axis must be an axis of the sample, 1 to its rank (Keras counts the batch as axis 0)
//
// docs/errors.md:
//   `prelu<1, 2, 4>` on an image (rows, columns, channels), whose axes are 1, 2 and 3. One alpha per
//   channel, as GANs use it, is `prelu<1, 2>`.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 3>, prelu<1, 2, 4>>;
#else
using model = sequential<input<4, 4, 3>, prelu<1, 2>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
