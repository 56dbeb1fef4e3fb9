#include <ctnn/layers/center_crop.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<5, 4, 2>, ctnn::center_crop<ctnn::center_crop_opts{.height = 3, .width = 6}>>;

int main() { return layer_headers::compare_paths<model>(); }
