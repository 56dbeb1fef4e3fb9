#include <ctnn/layers/batch_normalization.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<3, 2>, ctnn::batch_normalization<>>;

int main() { return layer_headers::compare_paths<model>(); }
