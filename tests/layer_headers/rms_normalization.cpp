#include <ctnn/layers/rms_normalization.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<2, 4>, ctnn::rms_normalization<>>;

int main() { return layer_headers::compare_paths<model>(); }
