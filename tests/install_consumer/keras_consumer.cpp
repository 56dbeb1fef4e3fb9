// Loads the small Keras file given on the command line (tests/keras_files/valid_keras2.h5) with
// the installed ctnn::keras (ctnn::keras::load, every Keras format), in process and then isolated
// (the installed ctnn-keras-worker, found where the installed target says), and prints the
// model's outputs on two inputs after each, rounded to 5 decimals (make_keras_files.py prints the
// full values).
#include <ctnn/ctnn.hpp>
#include <ctnn/io/isolated_load.hpp>
#include <ctnn/io/keras.hpp>

#include <cstdio>

using namespace ctnn;
using tiny = sequential<input<4>, dense<3, dense_opts{.activation = activation::relu}>, leaky_relu<0.2>,
                        dense<2, dense_opts{.activation = activation::sigmoid}>>;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fputs("usage: keras_consumer FILE.h5\n", stderr);
    return 2;
  }
  for (const bool isolated : {false, true}) {
    tiny model;
    if (isolated) keras::load(model, argv[1], keras::isolation{});
    else keras::load(model, argv[1]);
    const auto y = model.predict(tiny::input_tensor(2, {1.0f, -0.5f, 0.25f, 2.0f, 0.25f, 2.0f, -1.0f, 0.0f}));
    for (const float v : y.values()) std::printf("%.5f\n", static_cast<double>(v));  // numpy: 0.474631 0.332852 ...
  }
}
