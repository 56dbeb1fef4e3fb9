#include <ctnn/layers/repeat_vector.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<4>, ctnn::repeat_vector<3>>;

int main() { return layer_headers::compare_paths<model>(); }
