// Compile-fail test: joining 7×7 planes with 8×8 planes.
// expect: ctnn::concatenate: the inputs' shapes must be equal on every axis except the concatenation axis
// expect: layer_at<8, ctnn::concatenate<-1>, ctnn::shape<7, 7, 128>, ctnn::shape<8, 8, 1>
//
// docs/errors.md:
//   A cGAN whose label plane has the wrong size. The `layer_at` line gives both input shapes: on
//   the channels axis (`-1`) the planes may differ (128 and 1), but the rows and columns (7 and 8)
//   must agree. The conv2d after it stays silent.
// docs/errors.md, after the fix:
//   A 7 × 7 label plane, `dense<49>{} | reshape<7, 7, 1>{}`, matches the 7 × 7 × 128 planes; the
//   concatenation gives 7 × 7 × 129.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto noise = input<100>{};
inline constexpr auto label = input<1>{};
inline constexpr auto planes = noise | dense<6272>{} | leaky_relu<0.2>{} | reshape<7, 7, 128>{};
#ifdef CTNN_COMPILE_FAIL
inline constexpr auto label_plane = label | embedding<10, 50>{} | dense<64>{} | reshape<8, 8, 1>{};
#else
inline constexpr auto label_plane = label | embedding<10, 50>{} | dense<49>{} | reshape<7, 7, 1>{};
#endif
using model = decltype(functional(inputs(noise, label), concatenate{}(planes, label_plane) | conv2d<conv2d_opts{.filters = 1, .kernel_size = 3}>{}));
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.get_weights().size()) + int(model::param_count); }
