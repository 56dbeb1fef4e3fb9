#include <ctnn/layers/depthwise_conv2d.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<
    ctnn::input<6, 5, 3>,
    ctnn::depthwise_conv2d<ctnn::depthwise_conv2d_opts{.kernel_size = 3, .padding = ctnn::padding::same, .depth_multiplier = 2,
                                                       .activation = ctnn::activation::relu}>,
    ctnn::depthwise_conv2d<ctnn::depthwise_conv2d_opts{.kernel_size = {2, 3}, .strides = 2}>>;

int main() { return layer_headers::compare_paths<model>(); }
