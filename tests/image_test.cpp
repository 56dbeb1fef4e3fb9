// ctnn/io/image.hpp on the PNGs make_io_files.py wrote by hand (tests/io_files/): every kind of
// PNG gives the samples stored, converted to gray or RGB and scaled to the range asked for; broken
// files are refused naming the file; written images and grids read back.
#include <cmath>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/io/image.hpp>

#include "support/scratch_dir.hpp"

namespace image = ctnn::image;
using image::color;
using Catch::Matchers::Contains;

namespace {

const std::filesystem::path files_dir = CTNN_IO_FILES_DIR;

/// The samples themselves: [0, 255], or [0, 65535] for 16-bit files.
std::vector<float> samples(const std::string& name, color colors, float largest = 255.0f) {
  return image::read_png(files_dir / name, colors, {0.0f, largest}).values;
}

template <class Read>
std::string message_of(Read&& read) {
  try {
    read();
  } catch (const ctnn::io_error& error) {
    return error.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("image: every kind of PNG gives the samples make_io_files.py stored", "[io][image]") {
  const image::picture gray = image::read_png(files_dir / "gray8.png", color::gray, {0.0f, 255.0f});
  CHECK(gray.height == 2);
  CHECK(gray.width == 3);
  CHECK(gray.colors == color::gray);
  CHECK(gray.values == std::vector<float>{0, 128, 255, 1, 64, 254});

  CHECK(samples("gray_alpha8.png", color::gray) == std::vector<float>{10, 20, 30, 40});  // alpha dropped
  CHECK(samples("rgb8.png", color::rgb) == std::vector<float>{255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30});
  CHECK(samples("rgba8.png", color::rgb) == std::vector<float>{255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30});
  // A 2-bit palette with transparency: the palette's colours, the transparency dropped.
  CHECK(samples("palette2.png", color::rgb) == std::vector<float>{0, 0, 0, 255, 0, 0, 0, 128, 255, 255, 255, 255, 0, 128, 255, 255, 0, 0});
  CHECK(samples("gray1.png", color::gray) == std::vector<float>{0, 255, 255, 0, 255, 0, 0, 255, 255, 255});
  // 16 bits keep their precision.
  CHECK(samples("gray16.png", color::gray, 65535.0f) == std::vector<float>{0, 1, 32768, 65535});
  CHECK(samples("rgb16.png", color::rgb, 65535.0f) == std::vector<float>{65535, 0, 256, 1, 2, 3});
  // Adam7: every pass in its place.
  std::vector<float> interlaced;
  for (int y = 0; y < 5; ++y)
    for (int x = 0; x < 5; ++x) interlaced.push_back(float(10 * y + x));
  CHECK(samples("interlaced.png", color::gray) == interlaced);
}

TEST_CASE("image: gray becomes RGB by repeating it, RGB becomes gray as PIL's convert('L')", "[io][image]") {
  CHECK(samples("gray8.png", color::rgb) == std::vector<float>{0, 0, 0, 128, 128, 128, 255, 255, 255, 1, 1, 1, 64, 64, 64, 254, 254, 254});
  CHECK(samples("gray_alpha8.png", color::rgb) == std::vector<float>{10, 10, 10, 20, 20, 20, 30, 30, 30, 40, 40, 40});
  // (19595 R + 38470 G + 7471 B + 32768) >> 16, as make_io_files.py prints it.
  CHECK(samples("rgb8.png", color::gray) == std::vector<float>{76, 150, 29, 18});
  CHECK(samples("rgba8.png", color::gray) == std::vector<float>{76, 150, 29, 18});
  CHECK(samples("palette2.png", color::gray) == std::vector<float>{0, 76, 104, 255, 104, 76});
  CHECK(samples("rgb16.png", color::gray, 65535.0f) == std::vector<float>{19624, 2});
  CHECK(samples("gray16.png", color::rgb, 65535.0f) == std::vector<float>{0, 0, 0, 1, 1, 1, 32768, 32768, 32768, 65535, 65535, 65535});
}

TEST_CASE("image: samples are scaled to the caller's range, low + (high - low) * s / largest", "[io][image]") {
  const std::vector<int> stored = {0, 128, 255, 1, 64, 254};
  const auto unit = image::read_png(files_dir / "gray8.png", color::gray).values;  // [0, 1] by default
  const auto symmetric = image::read_png(files_dir / "gray8.png", color::gray, {-1.0f, 1.0f}).values;
  REQUIRE(unit.size() == stored.size());
  REQUIRE(symmetric.size() == stored.size());
  for (std::size_t i = 0; i < stored.size(); ++i) {
    CHECK(unit[i] == static_cast<float>(0.0 + 1.0 * stored[i] / 255.0));
    CHECK(symmetric[i] == static_cast<float>(-1.0 + 2.0 * stored[i] / 255.0));
  }
  CHECK(symmetric.front() == -1.0f);
  CHECK(symmetric[2] == 1.0f);
  const auto sixteen = image::read_png(files_dir / "gray16.png", color::gray).values;
  CHECK(sixteen == std::vector<float>{0.0f, static_cast<float>(1.0 / 65535.0), static_cast<float>(32768.0 / 65535.0), 1.0f});
  CHECK_THROWS_AS(image::read_png(files_dir / "gray8.png", color::gray, {1.0f, 1.0f}), std::invalid_argument);
}

TEST_CASE("image: PNGs become a batch of the model's input shape, checked", "[io][image][tensor]") {
  const auto x = image::read_png_tensor<ctnn::shape<2, 3, 1>>({files_dir / "gray8.png", files_dir / "palette2.png"}, {0.0f, 255.0f});
  CHECK(x.batch_size() == 2);
  CHECK(x.at(0, 1, 1, 0) == 64.0f);
  CHECK(x.at(1, 0, 2, 0) == 104.0f);
  const auto rgb = image::read_png_tensor<ctnn::shape<2, 3, 3>>({files_dir / "palette2.png"}, {0.0f, 255.0f});
  CHECK(rgb.at(0, 0, 2, 1) == 128.0f);
  const auto plain = image::read_png_tensor<ctnn::shape<2, 3>>({files_dir / "gray8.png"});  // no channel axis: gray
  CHECK(plain.at(0, 0, 2) == 1.0f);

  const std::string rgb8 = (files_dir / "rgb8.png").string();
  CHECK(message_of([&] { image::read_png_tensor<ctnn::shape<2, 3, 1>>({files_dir / "gray8.png", rgb8}); }) ==
        "ctnn::image::read_png_tensor: " + rgb8 + ": is 2 x 2 pixels (width x height), the tensor's samples 3 x 2 (None, 2, 3, 1)");
}

TEST_CASE("image: files that are not whole PNGs are refused, naming the file", "[io][image][errors]") {
  struct refused {
    const char* name;
    const char* reason;  // the message after "ctnn::image::read_png: <path>: "
  };
  const refused files[] = {
      {"not_png.png", "is not a PNG file (it does not start with the PNG signature)"},
      {"truncated.png", "is damaged or truncated (libpng: Read Error)"},
      {"bad_crc.png", "is not a readable PNG (libpng: IHDR: CRC error)"},
      {"huge.png", "is 100000 x 100000 pixels: ctnn reads at most 67108864 (ctnn::image::max_pixels)"},
      {"f4_2x3.npy", "is not a PNG file (it does not start with the PNG signature)"},
  };
  for (const refused& file : files) {
    INFO(file.name);
    const std::filesystem::path path = files_dir / file.name;
    REQUIRE(std::filesystem::is_regular_file(path));
    CHECK(message_of([&] { image::read_png(path, color::rgb); }) == "ctnn::image::read_png: " + path.string() + ": " + file.reason);
  }
  CHECK(message_of([&] { image::read_png(files_dir / "no_such.png", color::gray); }) ==
        "ctnn::image::read_png: " + (files_dir / "no_such.png").string() + ": no such file");
}

TEST_CASE("image: written images read back, clamped to their range", "[io][image][write]") {
  const ctnn_test::scratch_dir dir("png_write");
  const float nan = std::numeric_limits<float>::quiet_NaN();
  // 2 x 3 gray from [-1, 1]: -1 is 0, 1 is 255, beyond them clamped, NaN as -1.
  image::write_png(dir / "gray.png", 2, 3, color::gray, std::vector<float>{-1.0f, -0.5f, 0.0f, 0.5f, 1.0f, 2.0f}, {-1.0f, 1.0f});
  const auto gray = image::read_png(dir / "gray.png", color::gray, {0.0f, 255.0f});
  CHECK(gray.height == 2);
  CHECK(gray.width == 3);
  CHECK(gray.values == std::vector<float>{0, 64, 128, 191, 255, 255});

  const image::picture rgb{1, 2, color::rgb, {0.0f, 0.5f, 1.0f, nan, -3.0f, 7.0f}};
  image::write_png(dir / "rgb.png", rgb);
  CHECK(image::read_png(dir / "rgb.png", color::rgb, {0.0f, 255.0f}).values == std::vector<float>{0, 128, 255, 0, 0, 255});

  // What was read, written again, is the same image.
  const auto palette = image::read_png(files_dir / "palette2.png", color::rgb);
  image::write_png(dir / "palette.png", palette);
  CHECK(image::read_png(dir / "palette.png", color::rgb).values == palette.values);

  CHECK_THROWS_AS(image::write_png(dir / "x.png", 2, 2, color::gray, std::vector<float>(3)), std::invalid_argument);
  CHECK_THROWS_AS(image::write_png(dir / "x.png", 0, 0, color::gray, std::vector<float>()), std::invalid_argument);
  const std::filesystem::path nowhere = dir / "no_such_folder" / "x.png";
  CHECK(message_of([&] { image::write_png(nowhere, gray); }) ==
        "ctnn::image::write_png: " + nowhere.string() + ": cannot be written (No such file or directory)");
}

TEST_CASE("image: a grid puts each image in its cell, row by row, with black borders", "[io][image][write]") {
  const ctnn_test::scratch_dir dir("png_grid");
  // Three 2 x 3 gray images, 2 per row, 1-pixel borders: 2 x 2 cells, the fourth black.
  ctnn::tensor<ctnn::shape<2, 3, 1>> images(3);
  for (std::size_t n = 0; n < 3; ++n)
    for (std::size_t y = 0; y < 2; ++y)
      for (std::size_t x = 0; x < 3; ++x) images.at(n, y, x, 0) = float(100 * n + 10 * y + x + 1);
  image::write_png_grid(dir / "grid.png", images, 2, {0.0f, 255.0f}, 1);
  const auto grid = image::read_png(dir / "grid.png", color::gray, {0.0f, 255.0f});
  REQUIRE(grid.height == 2 * 3 + 1);
  REQUIRE(grid.width == 2 * 4 + 1);
  std::vector<float> expected(grid.values.size(), 0.0f);
  for (std::size_t n = 0; n < 3; ++n)
    for (std::size_t y = 0; y < 2; ++y)
      for (std::size_t x = 0; x < 3; ++x) expected[(1 + (n / 2) * 3 + y) * grid.width + 1 + (n % 2) * 4 + x] = float(100 * n + 10 * y + x + 1);
  CHECK(grid.values == expected);

  // The span form, as examples/keras_generate_png writes its grids: 28 x 28 from tanh, 2-pixel borders.
  std::vector<float> tanh_images(2 * 28 * 28, 1.0f);
  image::write_png_grid(dir / "tanh.png", tanh_images, 2, 1, {.range = {-1.0f, 1.0f}});
  const auto tanh_grid = image::read_png(dir / "tanh.png", color::gray, {0.0f, 255.0f});
  CHECK(tanh_grid.width == 2 * 30 + 2);
  CHECK(tanh_grid.height == 32);
  CHECK(tanh_grid.values[0] == 0.0f);
  CHECK(tanh_grid.values[2 * 62 + 2] == 255.0f);

  CHECK_THROWS_AS(image::write_png_grid(dir / "x.png", tanh_images, 1, 1, {.range = {-1.0f, 1.0f}}), std::invalid_argument);  // 2 images, 1 cell
  CHECK_THROWS_AS(image::write_png_grid(dir / "x.png", std::vector<float>(100), 2, 1), std::invalid_argument);  // not whole images
  CHECK_THROWS_AS(image::write_png_grid(dir / "x.png", tanh_images, std::size_t{1} << 40, 1, {.range = {-1.0f, 1.0f}}),
                  std::invalid_argument);  // wider than a PNG can be
}

TEST_CASE("image: files ctnn writes are what numpy reads", "[io][image][for-numpy]") {
  // make_io_files.py check DIR decodes these (CTNN_IO_OUTPUT_DIR=DIR keeps them there).
  const ctnn_test::scratch_dir dir("png_for_numpy", true);
  image::write_png(dir / "written_gray.png", 2, 3, color::gray, std::vector<float>{-1.0f, -0.5f, 0.0f, 0.5f, 1.0f, 2.0f}, {-1.0f, 1.0f});
  // Three 2 x 2 RGB images, 2 per row, 1-pixel borders: red (10 n + 2 y + x) * 5, green and blue clamped to 0 and 255.
  ctnn::tensor<ctnn::shape<2, 2, 3>> images(3);
  for (std::size_t n = 0; n < 3; ++n)
    for (std::size_t y = 0; y < 2; ++y)
      for (std::size_t x = 0; x < 2; ++x) {
        images.at(n, y, x, 0) = float((10 * n + 2 * y + x) * 5);
        images.at(n, y, x, 1) = -7.0f;
        images.at(n, y, x, 2) = 300.0f;
      }
  image::write_png_grid(dir / "written_grid.png", images, 2, {0.0f, 255.0f}, 1);
  CHECK(image::read_png(dir / "written_grid.png", color::rgb, {0.0f, 255.0f}).values.size() == 7 * 7 * 3);
}

TEST_CASE("image: every cut and every flipped byte of a PNG is read or refused", "[io][image][errors]") {
  const ctnn_test::scratch_dir dir("png_hostile");
  for (const char* name : {"palette2.png", "interlaced.png", "rgb16.png"}) {
    std::ifstream file(files_dir / name, std::ios::binary);
    const std::vector<char> png{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    for (std::size_t at = 0; at < png.size(); ++at) {
      for (const bool cut : {true, false}) {
        std::vector<char> bytes(png.begin(), png.begin() + std::ptrdiff_t(cut ? at : png.size()));
        if (!cut) bytes[at] = static_cast<char>(bytes[at] ^ 0x5a);
        std::ofstream(dir / "x.png", std::ios::binary).write(bytes.data(), std::streamsize(bytes.size()));
        INFO(name << (cut ? ": cut at " : ": flipped at ") << at);
        try {
          const auto values = image::read_png(dir / "x.png", color::rgb);
          CHECK(values.values.size() == values.height * values.width * 3);
        } catch (const ctnn::io_error&) {
        }
      }
    }
  }
}
