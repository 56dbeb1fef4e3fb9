#include <ctnn/layers/relu.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<4>, ctnn::relu<ctnn::relu_opts{.max_value = 1.0}>>;

int main() { return layer_headers::compare_paths<model>(); }
