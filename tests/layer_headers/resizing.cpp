#include <ctnn/layers/resizing.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<3, 5, 2>, ctnn::resizing<ctnn::resizing_opts{.height = 4, .width = 4, .pad_to_aspect_ratio = true, .fill_value = 0.5}>>;

int main() { return layer_headers::compare_paths<model>(); }
