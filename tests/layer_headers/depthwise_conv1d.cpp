#include <ctnn/layers/depthwise_conv1d.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<6, 2>, ctnn::depthwise_conv1d<ctnn::depthwise_conv1d_opts{.kernel_size = 3, .padding = ctnn::padding::same, .depth_multiplier = 2}>>;

int main() { return layer_headers::compare_paths<model>(); }
