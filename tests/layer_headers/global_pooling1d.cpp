#include <ctnn/layers/global_pooling1d.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<5, 3>, ctnn::global_max_pooling1d<ctnn::global_pooling1d_opts{.keepdims = true}>,
                               ctnn::global_average_pooling1d<>>;

int main() { return layer_headers::compare_paths<model>(); }
