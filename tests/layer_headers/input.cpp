#include <ctnn/layers/input.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<2, 3>>;

int main() { return layer_headers::compare_paths<model>(); }
