#include <ctnn/layers/global_pooling2d.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<3, 3, 2>, ctnn::global_max_pooling2d<ctnn::global_pooling2d_opts{.keepdims = true}>,
                                ctnn::global_average_pooling2d<>>;

int main() { return layer_headers::compare_paths<model>(); }
