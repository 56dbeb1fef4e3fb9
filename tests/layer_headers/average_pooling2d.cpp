#include <ctnn/layers/average_pooling2d.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<5, 5, 2>, ctnn::average_pooling2d<ctnn::pooling2d_opts{.padding = ctnn::padding::same}>>;

int main() { return layer_headers::compare_paths<model>(); }
