#include <ctnn/layers/image_augmentation.hpp>
#include <ctnn/sequential.hpp>

#include "both_paths.hpp"

using model = ctnn::sequential<ctnn::input<4, 4, 3>, ctnn::random_flip, ctnn::random_rotation, ctnn::rand_augment>;

int main() { return layer_headers::compare_paths<model>(); }
