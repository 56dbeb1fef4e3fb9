#include <ctnn/layers/cropping2d.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<4, 4, 2>, ctnn::cropping2d<ctnn::cropping2d_opts{.top = 1, .left = 2}>>;

int main() { return layer_headers::compare_paths<model>(); }
