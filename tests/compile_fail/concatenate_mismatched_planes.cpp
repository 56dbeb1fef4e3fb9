// Compile-fail test: joining 7x7 planes with 8x8 planes (a cGAN whose label plane has the wrong size).
// expect: ctnn::concatenate: the inputs' shapes must be equal on every axis except the concatenation axis
// expect: layer_at<8, ctnn::concatenate<-1>, ctnn::shape<7, 7, 128>, ctnn::shape<8, 8, 1>
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
