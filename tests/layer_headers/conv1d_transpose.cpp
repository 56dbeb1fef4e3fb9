#include <ctnn/layers/conv1d_transpose.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<5, 2>, ctnn::conv1d_transpose<ctnn::conv1d_transpose_opts{.filters = 3, .kernel_size = 3, .strides = 2, .padding = ctnn::padding::same, .output_padding = 1}>>;

int main() { return layer_headers::compare_paths<model>(); }
