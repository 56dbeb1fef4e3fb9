#include <ctnn/layers/random_crop.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<5, 4, 2>, ctnn::random_crop<ctnn::random_crop_opts{.height = 3, .width = 3}>>;

int main() { return layer_headers::compare_paths<model>(); }
