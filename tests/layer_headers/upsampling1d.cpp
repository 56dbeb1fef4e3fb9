#include <ctnn/layers/upsampling1d.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<4, 3>, ctnn::upsampling1d<ctnn::upsampling1d_opts{.size = 3}>>;

int main() { return layer_headers::compare_paths<model>(); }
