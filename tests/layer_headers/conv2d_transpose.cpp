#include <ctnn/layers/conv2d_transpose.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<
    ctnn::input<3, 3, 2>,
    ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 2, .kernel_size = 3, .strides = 2, .padding = ctnn::padding::same}>>;

int main() { return layer_headers::compare_paths<model>(); }
