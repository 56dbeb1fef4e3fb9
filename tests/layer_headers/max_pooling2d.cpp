#include <ctnn/layers/max_pooling2d.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<4, 4, 2>, ctnn::max_pooling2d<>>;

int main() { return layer_headers::compare_paths<model>(); }
