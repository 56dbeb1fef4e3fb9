#include <ctnn/layers/softmax.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<2, 3>, ctnn::softmax<1>>;

int main() { return layer_headers::compare_paths<model>(); }
