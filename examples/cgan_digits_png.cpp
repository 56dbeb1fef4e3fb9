// A conditional GAN, as a functional graph: loads one of the two MNIST generators of
// ../shared/models/ (a noise input and a label input), asks it for each digit 0 to 9 from the
// same few noise vectors, and writes the images as a PNG grid: one column per label, one row
// per noise vector.
//
//   cgan_digits_png keras3 cgan_generator.h5 digits.png [seed]
//   cgan_digits_png tfkeras generator.h5 digits.png [seed]
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include <ctnn/io/image.hpp>
#include <ctnn/io/keras_h5.hpp>

#include "mnist_cgan_generators.hpp"
#include "normal_noise.hpp"

namespace {

template <class Generator>
void draw_digits(const std::string& model_file, const std::string& png_file, std::uint64_t seed) {
  Generator model;
  ctnn::keras::load_h5(model, model_file);
  constexpr std::size_t labels = 10, rows = 4;
  using noise_shape = typename Generator::template input_shape_at<0>;
  // Row r uses noise vector r for every label: only the label changes along a row.
  ctnn::tensor<noise_shape> noise(labels * rows);
  ctnn::tensor<ctnn::shape<1>> label(labels * rows);
  std::vector<float> row_noise(noise_shape::size);
  for (std::size_t r = 0; r < rows; ++r) {
    normal_noise::fill_normal(row_noise, seed + r);
    for (std::size_t digit = 0; digit < labels; ++digit) {
      std::copy(row_noise.begin(), row_noise.end(), noise.sample(r * labels + digit).begin());
      label.at(r * labels + digit, 0) = static_cast<float>(digit);
    }
  }
  const auto images = model.predict(noise, label);  // (40, 28, 28, 1), tanh
  ctnn::image::write_png_grid(png_file, images, labels, {-1.0f, 1.0f});  // 10 columns, 4 rows
  std::cout << "wrote " << png_file << ": digits 0 to 9 (columns) from " << rows << " noise vectors (rows), "
            << model_file << ", seed " << seed << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  const std::string kind = argc > 1 ? argv[1] : "";
  if (argc < 4 || (kind != "keras3" && kind != "tfkeras")) {
    std::cerr << "usage: cgan_digits_png keras3|tfkeras generator.h5 digits.png [seed]\n";
    return 1;
  }
  const std::uint64_t seed = argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 1;
  try {
    if (kind == "keras3") draw_digits<mnist_cgan::keras3::generator>(argv[2], argv[3], seed);
    else draw_digits<mnist_cgan::tfkeras::generator>(argv[2], argv[3], seed);
  } catch (const std::exception& error) {
    std::cerr << error.what() << "\n";
    return 2;
  }
}
