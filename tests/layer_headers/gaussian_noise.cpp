#include <ctnn/layers/gaussian_noise.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<4>, ctnn::gaussian_noise<0.1>, ctnn::gaussian_dropout<0.2>>;

int main() { return layer_headers::compare_paths<model>(); }
