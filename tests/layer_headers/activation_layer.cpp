#include <ctnn/layers/activation_layer.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<2, 5>, ctnn::activation_layer<ctnn::activation::tanh>,
                                ctnn::activation_layer<ctnn::activation::softmax>>;

int main() { return layer_headers::compare_paths<model>(); }
