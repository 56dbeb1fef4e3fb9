#include <ctnn/layers/activity_regularization.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<4>, ctnn::activity_regularization<ctnn::activity_regularization_opts{.l1 = 0.01}>>;

int main() { return layer_headers::compare_paths<model>(); }
