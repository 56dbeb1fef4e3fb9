#include <ctnn/layers/conv2d.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<
    ctnn::input<5, 5, 2>,
    ctnn::conv2d<ctnn::conv2d_opts{.filters = 3, .kernel_size = 3, .padding = ctnn::padding::same, .activation = ctnn::activation::relu}>>;

int main() { return layer_headers::compare_paths<model>(); }
