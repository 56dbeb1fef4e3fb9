#include <ctnn/layers/prelu.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<2, 3>, ctnn::prelu<>>;

int main() { return layer_headers::compare_paths<model>(); }
