#include <ctnn/layers/cropping1d.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<6, 2>, ctnn::cropping1d<ctnn::cropping1d_opts{.left = 2, .right = 1}>>;

int main() { return layer_headers::compare_paths<model>(); }
