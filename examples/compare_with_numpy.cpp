// Checks ctnn against the Python model, with the files Python writes: loads a Keras generator,
// reads the inputs and the outputs Python computed from an .npz, runs the same inputs through
// ctnn, prints the worst difference, and writes ctnn's outputs as an .npz (for numpy), as a PNG
// grid, and the first image as a PNG that it reads back (docs/io.md quotes the parts between the
// [compare] and [png] markers; the test docs.io_excerpts checks that it does so word for word).
//
//   compare_with_numpy generator.keras generator.numpy_io.npz OUTPUT_DIR
//
// The model is the Keras 3.8 Fashion-MNIST generator of ../shared/models/fmnist_dcgan_keras38_native/,
// whose generator.numpy_io.npz holds z (16, 100) and y_numpy (16, 28, 28, 1).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <exception>
#include <filesystem>

#include <ctnn/io/image.hpp>
#include <ctnn/io/keras.hpp>
#include <ctnn/io/npy.hpp>

namespace {
using namespace ctnn;

constexpr auto z = input<100>{};
constexpr auto image =
    z | dense<6272, dense_opts{.use_bias = false}>{} | reshape<7, 7, 128>{} | batch_normalization<>{} | leaky_relu<0.01>{} |
    conv2d_transpose<conv2d_transpose_opts{.filters = 64, .kernel_size = 5, .strides = 2, .padding = padding::same}>{} |
    batch_normalization<>{} | leaky_relu<0.01>{} |
    conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 5, .strides = 2, .padding = padding::same}>{} |
    activation_layer<activation::tanh>{};
using generator = decltype(functional(inputs(z), image));

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fputs("usage: compare_with_numpy generator.keras generator.numpy_io.npz OUTPUT_DIR\n", stderr);
    return 1;
  }
  const std::filesystem::path out = argv[3];
  try {
    generator g;
    ctnn::keras::load(g, argv[1]);

    // [compare]
    const auto arrays = ctnn::npy::read_npz(argv[2]);                      // name -> {shape, values}
    const auto latent = ctnn::npy::to_tensor<ctnn::shape<100>>(arrays.at("z"), "z");  // (16, 100), checked
    const auto images = g.predict(latent);                                 // (16, 28, 28, 1)
    const ctnn::npy::array& expected = arrays.at("y_numpy");
    double worst = 0.0;
    for (std::size_t i = 0; i < images.size(); ++i)
      worst = std::max(worst, std::abs(double(images.values()[i]) - double(expected.values.at(i))));

    ctnn::npy::write_npz(out / "ctnn_outputs.npz", {{"z", latent}, {"y_ctnn", images}}, ctnn::npy::compression::deflated);
    ctnn::image::write_png_grid(out / "ctnn_outputs.png", images, 8, {-1.0f, 1.0f});  // tanh: [-1, 1]
    // [compare]

    // [png]
    ctnn::image::write_png(out / "first.png", 28, 28, ctnn::image::color::gray, images.sample(0), {-1.0f, 1.0f});
    const auto first = ctnn::image::read_png_tensor<ctnn::shape<28, 28, 1>>({out / "first.png"}, {-1.0f, 1.0f});  // (1, 28, 28, 1)
    // [png]
    double worst_pixel = 0.0;
    for (std::size_t i = 0; i < first.size(); ++i)
      worst_pixel = std::max(worst_pixel, std::abs(double(first.values()[i]) - double(images.values()[i])));

    std::printf("z %s -> %zu images, worst difference from y_numpy %s 1e-4\n",
                ctnn::npy::shape_text(arrays.at("z").shape).c_str(), images.batch_size(), worst <= 1e-4 ? "below" : "ABOVE");
    const auto again = ctnn::npy::read_npz_tensor<ctnn::shape<28, 28, 1>>(out / "ctnn_outputs.npz", "y_ctnn");
    const auto grid = ctnn::image::read_png(out / "ctnn_outputs.png", ctnn::image::color::gray);
    std::printf("ctnn_outputs.npz: y_ctnn holds %zu images again; ctnn_outputs.png: %zu x %zu pixels\n", again.batch_size(),
                grid.width, grid.height);
    std::printf("first.png: %zu image of 28 x 28, within 1/255 of the first output: %s\n", first.batch_size(),
                worst_pixel <= 1.0 / 255.0 + 1e-6 ? "yes" : "NO");
    return worst <= 1e-4 && worst_pixel <= 1.0 / 255.0 + 1e-6 ? 0 : 3;
  } catch (const std::exception& error) {
    std::fprintf(stderr, "%s\n", error.what());
    return 2;
  }
}
