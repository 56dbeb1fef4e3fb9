#include <ctnn/ctnn.hpp>

#include <iostream>

using model = ctnn::sequential<ctnn::input<2, 2, 1>, ctnn::upsampling2d<>>;
static_assert(model::output_shape == ctnn::shape<4, 4, 1>{});

int main() {
  const model m;
  std::cout << ctnn::numpy_str(m.predict(model::input_tensor(1, {1, 2, 3, 4})).values(), {4, 4}) << "\n";
}
