// Writes an .npz archive and a PNG into the folder given on the command line with the installed
// ctnn::npy and ctnn::image, reads both back, and prints the image's samples.
#include <ctnn/io/image.hpp>
#include <ctnn/io/npy.hpp>

#include <cstdio>
#include <filesystem>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fputs("usage: io_consumer FOLDER\n", stderr);
    return 2;
  }
  const std::filesystem::path folder = argv[1];
  const ctnn::tensor<ctnn::shape<2, 2, 1>> x(1, {0.0f, 0.25f, 0.5f, 1.0f});
  ctnn::npy::write_npz(folder / "x.npz", {{"x", x}}, ctnn::npy::compression::deflated);
  const auto y = ctnn::npy::read_npz_tensor<ctnn::shape<2, 2, 1>>(folder / "x.npz", "x");
  ctnn::image::write_png(folder / "x.png", 2, 2, ctnn::image::color::gray, y.values());
  const auto z = ctnn::image::read_png_tensor<ctnn::shape<2, 2, 1>>({folder / "x.png"}, {0.0f, 255.0f});
  for (const float v : z.values()) std::printf("%g\n", static_cast<double>(v));  // 0 64 128 255
}
