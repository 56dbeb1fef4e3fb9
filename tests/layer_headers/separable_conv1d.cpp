#include <ctnn/layers/separable_conv1d.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<6, 2>, ctnn::separable_conv1d<ctnn::separable_conv1d_opts{.filters = 3, .kernel_size = 2, .padding = ctnn::padding::causal}>>;

int main() { return layer_headers::compare_paths<model>(); }
