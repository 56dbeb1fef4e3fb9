// Compile-fail test: a random_crop of negative height.
// expect: ctnn::random_crop: height and width must be positive
// expect: layer_at<1, ctnn::random_crop<
//
// docs/errors.md:
//   RandomCrop(height, width) gives the output's rows and columns.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 8, 3>, random_crop<random_crop_opts{.height = -4, .width = 4}>>;
#else
using model = sequential<input<8, 8, 3>, random_crop<random_crop_opts{.height = 4, .width = 4}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
