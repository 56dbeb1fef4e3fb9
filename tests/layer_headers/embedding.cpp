#include <ctnn/layers/embedding.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<3>, ctnn::embedding<5, 2>>;

int main() { return layer_headers::compare_paths<model>(0.0f); }
