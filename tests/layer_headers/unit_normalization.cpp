#include <ctnn/layers/unit_normalization.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<2, 4>, ctnn::unit_normalization<>>;

int main() { return layer_headers::compare_paths<model>(); }
