#include <ctnn/layers/zero_padding2d.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<2, 2, 1>, ctnn::zero_padding2d<>>;

int main() { return layer_headers::compare_paths<model>(); }
