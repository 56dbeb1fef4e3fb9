#include <ctnn/layers/flatten.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<2, 3>, ctnn::flatten>;

int main() { return layer_headers::compare_paths<model>(); }
