#include <ctnn/layers/separable_conv2d.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<
    ctnn::input<6, 5, 3>,
    ctnn::separable_conv2d<ctnn::separable_conv2d_opts{.filters = 4, .kernel_size = 3, .padding = ctnn::padding::same,
                                                       .depth_multiplier = 2, .activation = ctnn::activation::relu}>>;

int main() { return layer_headers::compare_paths<model>(); }
