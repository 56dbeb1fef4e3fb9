// Compile-fail test: a center_crop to no columns.
// expect: ctnn::center_crop: height and width must be positive
// expect: layer_at<1, ctnn::center_crop<
//
// docs/errors.md:
//   CenterCrop(height, width) gives the output's rows and columns.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<8, 8, 3>, center_crop<center_crop_opts{.height = 4, .width = 0}>>;
#else
using model = sequential<input<8, 8, 3>, center_crop<center_crop_opts{.height = 4, .width = 4}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
