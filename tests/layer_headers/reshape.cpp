#include <ctnn/layers/reshape.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<6>, ctnn::reshape<2, 3>>;

int main() { return layer_headers::compare_paths<model>(); }
