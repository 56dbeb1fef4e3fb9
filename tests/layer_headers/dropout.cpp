#include <ctnn/layers/dropout.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<4>, ctnn::dropout<0.5>>;

int main() { return layer_headers::compare_paths<model>(); }
