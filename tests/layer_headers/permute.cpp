#include <ctnn/layers/permute.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<2, 3, 4>, ctnn::permute<3, 1, 2>>;

int main() { return layer_headers::compare_paths<model>(); }
