// What the PNG examples share: seeded normal noise, and a grid of square images written as an
// 8-bit grayscale or RGB PNG (libpng).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <numbers>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include <png.h>

#include <ctnn/ctnn.hpp>

namespace png_grid {

/// Standard normal values from SplitMix64 by the Box-Muller transform: the same on every platform.
inline void fill_normal(std::span<float> values, std::uint64_t seed) {
  ctnn::splitmix64 random(seed);
  for (std::size_t i = 0; i < values.size(); i += 2) {
    const double u1 = (static_cast<double>(random.next() >> 11) + 1.0) * 0x1p-53;  // (0, 1]
    const double u2 = static_cast<double>(random.next() >> 11) * 0x1p-53;
    const double radius = std::sqrt(-2.0 * std::log(u1)), angle = 2.0 * std::numbers::pi * u2;
    values[i] = static_cast<float>(radius * std::cos(angle));
    if (i + 1 < values.size()) values[i + 1] = static_cast<float>(radius * std::sin(angle));
  }
}

/// Writes 8-bit rows of `channels` values per pixel (1: grayscale, 3: RGB) to a PNG file.
inline void write_png(const std::string& path, std::size_t width, std::size_t height, std::size_t channels,
                      const std::vector<unsigned char>& pixels) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "wb"), std::fclose);
  if (!file) throw std::runtime_error("cannot write " + path);
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png != nullptr ? png_create_info_struct(png) : nullptr;
  if (info == nullptr || setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    throw std::runtime_error("libpng failed to write " + path);
  }
  png_init_io(png, file.get());
  png_set_IHDR(png, info, png_uint_32(width), png_uint_32(height), 8, channels == 3 ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_GRAY,
               PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  for (std::size_t row = 0; row < height; ++row) png_write_row(png, pixels.data() + row * width * channels);
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
}

/// How a grid's images are laid out: each sample (side x side x channels, NHWC), and the range of
/// its values (tanh's [-1, 1] or sigmoid's [0, 1]) that maps to 0..255.
struct image_format {
  std::size_t side = 28;
  std::size_t channels = 1;
  float low = -1.0f, high = 1.0f;
};

/// `images` (rows * columns samples, row by row) as one PNG with 2-pixel black borders: grayscale
/// for one channel, RGB for three.
inline void write_grid(const std::string& path, std::span<const float> images, std::size_t columns, std::size_t rows,
                       image_format format = {}) {
  constexpr std::size_t border = 2;
  const std::size_t side = format.side, channels = format.channels;
  const std::size_t width = columns * (side + border) + border, height = rows * (side + border) + border;
  if (images.size() < columns * rows * side * side * channels) throw std::invalid_argument("write_grid: too few values");
  std::vector<unsigned char> pixels(width * height * channels, 0);
  for (std::size_t n = 0; n < columns * rows; ++n)
    for (std::size_t y = 0; y < side; ++y)
      for (std::size_t x = 0; x < side; ++x)
        for (std::size_t c = 0; c < channels; ++c) {
          const float value = images[((n * side + y) * side + x) * channels + c];
          const float unit = std::clamp((value - format.low) / (format.high - format.low), 0.0f, 1.0f);
          const std::size_t row = border + (n / columns) * (side + border) + y;
          const std::size_t column = border + (n % columns) * (side + border) + x;
          pixels[(row * width + column) * channels + c] = static_cast<unsigned char>(std::lround(unit * 255.0f));
        }
  write_png(path, width, height, channels, pixels);
}

}  // namespace png_grid
