#include <ctnn/layers/rescaling.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<4>, ctnn::rescaling<0.5, 1.0>>;

int main() { return layer_headers::compare_paths<model>(); }
