// Loads a GAN generator saved by Keras, draws latent points from a seeded normal distribution,
// and writes the generated images as one PNG grid (libpng).
//
//   keras_generate_png generator.h5 grid.png [seed]
//
// The model is the Fashion-MNIST DCGAN of ../shared/models/fmnist_dcgan_convt_bn_selu; its type
// is what `ctnn-keras-type generator.h5` prints.
#include <cstdlib>
#include <iostream>

#include <ctnn/io/keras_h5.hpp>

#include "png_grid.hpp"

using generator = ctnn::sequential<
    ctnn::input<100>, ctnn::dense<7 * 7 * 128>, ctnn::reshape<7, 7, 128>, ctnn::batch_normalization<>,
    ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 64, .kernel_size = 5, .strides = 2,
                                                       .padding = ctnn::padding::same, .activation = ctnn::activation::selu}>,
    ctnn::batch_normalization<>,
    ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{.filters = 1, .kernel_size = 5, .strides = 2,
                                                       .padding = ctnn::padding::same, .activation = ctnn::activation::tanh}>>;

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: keras_generate_png generator.h5 grid.png [seed]\n";
    return 1;
  }
  const std::uint64_t seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1;
  try {
    generator model;
    ctnn::keras::load_h5(model, argv[1]);

    constexpr std::size_t columns = 8, rows = 4;
    generator::input_tensor latent(columns * rows);
    png_grid::fill_normal(latent.values(), seed);
    const generator::output_tensor images = model.predict(latent);  // (32, 28, 28, 1), tanh
    png_grid::write_grid(argv[2], images.values(), columns, rows);
    std::cout << "wrote " << argv[2] << ": " << columns * rows << " images from " << argv[1] << ", seed " << seed << "\n";
  } catch (const std::exception& error) {
    std::cerr << error.what() << "\n";
    return 2;
  }
}
