#include <ctnn/layers/zero_padding1d.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<4, 2>, ctnn::zero_padding1d<ctnn::zero_padding1d_opts{.left = 2, .right = 1}>>;

int main() { return layer_headers::compare_paths<model>(); }
