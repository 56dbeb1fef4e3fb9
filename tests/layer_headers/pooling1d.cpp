#include <ctnn/layers/pooling1d.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<9, 2>, ctnn::max_pooling1d<ctnn::pooling1d_opts{.pool_size = 3, .strides = 2}>,
                               ctnn::average_pooling1d<ctnn::pooling1d_opts{.pool_size = 2, .padding = ctnn::padding::same}>>;

int main() { return layer_headers::compare_paths<model>(); }
