#include <ctnn/layers/spatial_dropout2d.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<2, 2, 3>, ctnn::spatial_dropout2d<0.5>>;

int main() { return layer_headers::compare_paths<model>(); }
