#include <ctnn/layers/leaky_relu.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<4>, ctnn::leaky_relu<>>;

int main() { return layer_headers::compare_paths<model>(); }
