#include <ctnn/layers/conv1d.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<
    ctnn::input<9, 3>,
    ctnn::conv1d<ctnn::conv1d_opts{.filters = 5, .kernel_size = 3, .padding = ctnn::padding::causal, .dilation_rate = 2,
                                   .activation = ctnn::activation::relu}>,
    ctnn::conv1d<ctnn::conv1d_opts{.filters = 2, .kernel_size = 2, .strides = 2}>>;

int main() { return layer_headers::compare_paths<model>(); }
