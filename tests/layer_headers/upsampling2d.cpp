#include <ctnn/layers/upsampling2d.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<2, 2, 1>,
                                ctnn::upsampling2d<ctnn::upsampling2d_opts{.interpolation = ctnn::interpolation::bilinear}>>;

int main() { return layer_headers::compare_paths<model>(); }
