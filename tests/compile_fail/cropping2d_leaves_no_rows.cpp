// Compile-fail test: a cropping2d that cuts off every row.
// expect: ctnn::cropping2d: top + bottom must be less than the input's rows (at least one row must be left)
// expect: layer_at<2, ctnn::cropping2d<
// expect-gcc: the comparison reduces to '(4 < 4)'
//
// docs/errors.md:
//   A 4 × 4 image cropped by 2 rows at the top and 2 at the bottom: nothing is left. The note
//   shows top + bottom against the input's rows. Keras refuses this too.
// docs/errors.md, after the fix:
//   The VAE decoder of `../shared/models/fmnist_vae_decoder_cropping2d_keras38` crops its
//   32 × 32 output by 2 on every side; here a 4 × 4 image keeps its middle 2 × 2.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<16>, reshape<4, 4, 1>, cropping2d<cropping2d_opts{.top = 2, .bottom = 2}>>;
#else
using model = sequential<input<16>, reshape<4, 4, 1>, cropping2d<cropping2d_opts{.top = 1, .bottom = 1, .left = 1, .right = 1}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
