#include <ctnn/layers/spatial_dropout1d.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<4, 3>, ctnn::spatial_dropout1d<0.25>>;

int main() { return layer_headers::compare_paths<model>(); }
