#include <ctnn/layers/elu.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<4>, ctnn::elu<>>;

int main() { return layer_headers::compare_paths<model>(); }
