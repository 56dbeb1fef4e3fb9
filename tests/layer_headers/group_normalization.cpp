#include <ctnn/layers/group_normalization.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<2, 4>, ctnn::group_normalization<ctnn::group_normalization_opts{.groups = 2}>>;

int main() { return layer_headers::compare_paths<model>(); }
