// ctnn/io/image.hpp: PNG images in and out as floats, through libpng (CMake target ctnn::image;
// Debian: libpng-dev).
//
//   auto x = ctnn::image::read_png_tensor<ctnn::shape<28, 28, 1>>({"digit.png"}, {0.0f, 1.0f});
//   ctnn::image::write_png_grid("grid.png", images, 8, {-1.0f, 1.0f});   // tanh outputs, 8 per row
//
// Reading: any PNG (gray, gray + alpha, RGB, RGBA, palette; 1 to 16 bits; interlaced or not),
// converted by libpng's transforms to the channels the caller asks for, gray or RGB, and scaled
// to the caller's range: the smallest sample (0) is `low`, the largest (255, or 65535 in a 16-bit
// file, whose precision is kept) is `high`. As PIL's convert() does (and so Keras's load_img):
// alpha and palette transparency are dropped, gray becomes RGB by repeating it, and RGB becomes
// gray as L = (19595 R + 38470 G + 7471 B + 32768) >> 16 (ITU-R 601). Gamma and colour profiles
// are not applied. An image of more than max_pixels pixels is refused before anything is
// allocated; libpng's errors (not a PNG, truncated, damaged) become ctnn::io_error naming the file.
//
// Writing: 8-bit gray or RGB PNGs from floats in a stated range, clamped to it (NaN as `low`):
// one image, or a grid of images with black borders.
#pragma once

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cmath>
#include <csetjmp>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <png.h>

#include "ctnn/io/io_error.hpp"
#include "ctnn/tensor.hpp"

namespace ctnn::image {

/// The floats that the darkest and the brightest sample stand for: [0, 1] (sigmoid outputs, the
/// default), [-1, 1] (tanh), [0, 255] (the samples themselves).
struct value_range {
  float low = 0.0f;
  float high = 1.0f;
};

/// The channels of an image: one (gray) or three (RGB).
enum class color : std::size_t { gray = 1, rgb = 3 };

/// An image as floats: height x width pixels of 1 or 3 values, row by row (HWC, as a Keras input).
struct picture {
  std::size_t height = 0, width = 0;
  color colors = color::gray;
  std::vector<float> values;
};

/// The most pixels (width x height) read_png accepts: 8192 x 8192.
inline constexpr std::size_t max_pixels = std::size_t{1} << 26;

/// How write_png_grid lays images out: each image height x width x channels (NHWC), its values
/// in `range`, `border` black pixels around and between the images.
struct grid_format {
  std::size_t height = 28, width = 28;
  color colors = color::gray;
  value_range range{};
  std::size_t border = 2;
};

namespace detail {

/// What a libpng call needs across setjmp: the structures, the file, and libpng's last error.
/// Only the functions below that call setjmp touch libpng; they hold no objects with destructors,
/// so libpng's longjmp on an error skips nothing (the C++ rule for setjmp and longjmp).
struct png_session {
  png_structp png = nullptr;
  png_infop info = nullptr;
  std::FILE* file = nullptr;
  bool writing = false;
  char error[200] = {};

  png_session() = default;
  png_session(const png_session&) = delete;
  png_session& operator=(const png_session&) = delete;
  ~png_session() {
    if (writing) png_destroy_write_struct(&png, &info);
    else if (png != nullptr) png_destroy_read_struct(&png, &info, nullptr);
    if (file != nullptr) std::fclose(file);
  }
};

inline void on_png_error(png_structp png, png_const_charp message) {
  auto* session = static_cast<png_session*>(png_get_error_ptr(png));
  std::snprintf(session->error, sizeof session->error, "%s", message != nullptr ? message : "unknown error");
  png_longjmp(png, 1);
}
inline void on_png_warning(png_structp, png_const_charp) {}  // warnings (a bad ancillary chunk) are not errors

/// A PNG's size and samples after the transforms read_png asks for.
struct png_layout {
  png_uint_32 width = 0, height = 0;
  int channels = 0, bit_depth = 0;
  std::size_t row_bytes = 0;
};

/// Reads the header and sets the transforms: palette to RGB, gray to 8 bits, no alpha, 16-bit
/// samples in this machine's byte order, gray to RGB when asked; false on a libpng error.
inline bool png_read_header(png_session& session, bool want_rgb, png_layout& layout) {
  if (setjmp(png_jmpbuf(session.png))) return false;
  png_init_io(session.png, session.file);
  png_set_user_limits(session.png, 0x7fffffff, 0x7fffffff);  // ctnn bounds width x height itself
  png_read_info(session.png, session.info);
  const int type = png_get_color_type(session.png, session.info), depth = png_get_bit_depth(session.png, session.info);
  if (type == PNG_COLOR_TYPE_PALETTE) png_set_palette_to_rgb(session.png);
  if (type == PNG_COLOR_TYPE_GRAY && depth < 8) png_set_expand_gray_1_2_4_to_8(session.png);
  png_set_strip_alpha(session.png);  // also the alpha that expanding a palette with transparency makes
  if (depth == 16 && std::endian::native == std::endian::little) png_set_swap(session.png);
  if (want_rgb && (type & PNG_COLOR_MASK_COLOR) == 0) png_set_gray_to_rgb(session.png);
  png_set_interlace_handling(session.png);
  png_read_update_info(session.png, session.info);
  layout.width = png_get_image_width(session.png, session.info);
  layout.height = png_get_image_height(session.png, session.info);
  layout.channels = png_get_channels(session.png, session.info);
  layout.bit_depth = png_get_bit_depth(session.png, session.info);
  layout.row_bytes = png_get_rowbytes(session.png, session.info);
  return true;
}

/// Reads every row (every pass of an interlaced image) and the chunks after them.
inline bool png_read_rows(png_session& session, png_bytepp rows) {
  if (setjmp(png_jmpbuf(session.png))) return false;
  png_read_image(session.png, rows);
  png_read_end(session.png, nullptr);
  return true;
}

/// Writes an 8-bit image, row by row; false on a libpng error.
inline bool png_write_rows(png_session& session, png_uint_32 width, png_uint_32 height, int channels, const unsigned char* pixels) {
  if (setjmp(png_jmpbuf(session.png))) return false;
  png_init_io(session.png, session.file);
  png_set_IHDR(session.png, session.info, width, height, 8, channels == 3 ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_GRAY,
               PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info(session.png, session.info);
  const std::size_t row_bytes = std::size_t{width} * std::size_t(channels);
  for (png_uint_32 row = 0; row < height; ++row) png_write_row(session.png, pixels + row * row_bytes);
  png_write_end(session.png, nullptr);
  return true;
}

[[noreturn]] inline void fail(std::string_view who, const std::filesystem::path& path, const std::string& what) {
  throw io_error(std::string(who) + ": " + path.string() + ": " + what);
}

inline void check_range(std::string_view who, value_range range) {
  if (!std::isfinite(range.low) || !std::isfinite(range.high) || range.low == range.high)
    throw std::invalid_argument(std::string(who) + ": the value range [" + std::to_string(range.low) + ", " +
                                std::to_string(range.high) + "] is empty or not finite");
}

inline picture read_picture(const std::filesystem::path& path, color colors, value_range range, std::string_view who) {
  check_range(who, range);
  png_session session;
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (!std::filesystem::exists(status)) fail(who, path, "no such file");
  if (std::filesystem::is_directory(status)) fail(who, path, "is a directory, not a file");
  session.file = std::fopen(path.string().c_str(), "rb");
  if (session.file == nullptr) {
    const int reason = errno;
    fail(who, path, "cannot be opened (" + std::generic_category().message(reason) + ")");
  }
  png_byte signature[8] = {};
  if (std::fread(signature, 1, sizeof signature, session.file) != sizeof signature ||
      png_sig_cmp(signature, 0, sizeof signature) != 0)
    fail(who, path, "is not a PNG file (it does not start with the PNG signature)");
  session.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &session, on_png_error, on_png_warning);
  session.info = session.png != nullptr ? png_create_info_struct(session.png) : nullptr;
  if (session.info == nullptr) fail(who, path, "libpng cannot start (out of memory)");
  png_set_sig_bytes(session.png, sizeof signature);

  const bool want_rgb = colors == color::rgb;
  png_layout layout;
  if (!png_read_header(session, want_rgb, layout))
    fail(who, path, "is not a readable PNG (libpng: " + std::string(session.error) + ")");
  const std::size_t width = layout.width, height = layout.height;
  if (width == 0 || height == 0 || width > max_pixels / height)
    fail(who, path, "is " + std::to_string(width) + " x " + std::to_string(height) + " pixels: ctnn reads at most " +
                        std::to_string(max_pixels) + " (ctnn::image::max_pixels)");
  const std::size_t channels = std::size_t(layout.channels), sample_bytes = layout.bit_depth == 16 ? 2 : 1;
  if ((channels != 1 && channels != 3) || (layout.bit_depth != 8 && layout.bit_depth != 16) ||
      layout.row_bytes != width * channels * sample_bytes)
    fail(who, path, "gives " + std::to_string(channels) + " channels of " + std::to_string(layout.bit_depth) +
                        " bits after libpng's transforms, which ctnn did not ask for");
  std::vector<unsigned char> samples(height * layout.row_bytes);
  std::vector<png_bytep> rows(height);
  for (std::size_t row = 0; row < height; ++row) rows[row] = samples.data() + row * layout.row_bytes;
  if (!png_read_rows(session, rows.data())) fail(who, path, "is damaged or truncated (libpng: " + std::string(session.error) + ")");

  picture result{height, width, colors, {}};
  const std::size_t out_channels = static_cast<std::size_t>(colors), pixels = width * height;
  result.values.resize(pixels * out_channels);
  const double largest = sample_bytes == 2 ? 65535.0 : 255.0, low = range.low, span = double(range.high) - double(range.low);
  const auto sample = [&](std::size_t i) -> std::uint32_t {
    if (sample_bytes == 1) return samples[i];
    std::uint16_t value;
    std::memcpy(&value, samples.data() + 2 * i, 2);
    return value;
  };
  for (std::size_t p = 0; p < pixels; ++p) {
    if (channels == 3 && out_channels == 1) {  // PIL's convert("L")
      const std::uint64_t gray = (19595 * std::uint64_t{sample(3 * p)} + 38470 * std::uint64_t{sample(3 * p + 1)} +
                                  7471 * std::uint64_t{sample(3 * p + 2)} + 32768) >> 16;
      result.values[p] = static_cast<float>(low + span * double(gray) / largest);
    } else {
      for (std::size_t c = 0; c < channels; ++c)
        result.values[p * channels + c] = static_cast<float>(low + span * double(sample(p * channels + c)) / largest);
    }
  }
  return result;
}

/// An 8-bit sample for `value` in `range`: (value - low) / (high - low) clamped to [0, 1] (NaN
/// as 0), times 255, rounded.
inline unsigned char to_sample(float value, value_range range) {
  const float unit = (value - range.low) / (range.high - range.low);
  const float clamped = unit >= 0.0f ? (unit <= 1.0f ? unit : 1.0f) : 0.0f;
  return static_cast<unsigned char>(std::lround(clamped * 255.0f));
}

inline void write_pixels(const std::filesystem::path& path, std::size_t width, std::size_t height, std::size_t channels,
                         const std::vector<unsigned char>& pixels, std::string_view who) {
  if (width == 0 || height == 0 || width > 0x7fffffff || height > 0x7fffffff)
    throw std::invalid_argument(std::string(who) + ": a PNG cannot be " + std::to_string(width) + " x " + std::to_string(height) +
                                " pixels");
  png_session session;
  session.writing = true;
  session.file = std::fopen(path.string().c_str(), "wb");
  if (session.file == nullptr) {
    const int reason = errno;
    fail(who, path, "cannot be written (" + std::generic_category().message(reason) + ")");
  }
  session.png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &session, on_png_error, on_png_warning);
  session.info = session.png != nullptr ? png_create_info_struct(session.png) : nullptr;
  if (session.info == nullptr) std::snprintf(session.error, sizeof session.error, "cannot start (out of memory)");
  bool written =
      session.info != nullptr && png_write_rows(session, png_uint_32(width), png_uint_32(height), int(channels), pixels.data());
  const int reason = errno;
  written = std::fclose(session.file) == 0 && written;
  session.file = nullptr;
  if (!written) {
    std::error_code ignored;
    std::filesystem::remove(path, ignored);  // no partial file is left behind
    const std::string why =
        session.error[0] != '\0' ? "libpng: " + std::string(session.error) : std::generic_category().message(reason);
    fail(who, path, "cannot be written (" + why + ")");
  }
}

/// The height, width and colour of a tensor's samples: shape<height, width> (gray) or
/// shape<height, width, channels> with 1 (gray) or 3 (RGB) channels.
template <class Shape>
struct image_shape {
  static_assert(Shape::rank == 2 || (Shape::rank == 3 && (Shape::dims[Shape::rank - 1] == 1 || Shape::dims[Shape::rank - 1] == 3)),
                "ctnn::image: images are tensors of shape<height, width> (gray), shape<height, width, 1> (gray) or "
                "shape<height, width, 3> (RGB)");
  static constexpr std::size_t height = Shape::dims[0], width = Shape::dims[1];
  static constexpr color colors = Shape::rank == 3 && Shape::dims[Shape::rank - 1] == 3 ? color::rgb : color::gray;
};

}  // namespace detail

/// The PNG file `path` as `colors` (gray or RGB), its samples scaled to `range`. Throws
/// ctnn::io_error naming the file when it cannot be read, is not a PNG, is damaged or truncated,
/// or has more than max_pixels pixels.
inline picture read_png(const std::filesystem::path& path, color colors, value_range range = {}) {
  return detail::read_picture(path, colors, range, "ctnn::image::read_png");
}

/// The PNG files `paths` as a batch of samples of `Shape` (shape<height, width, 1> or
/// shape<height, width> for gray, shape<height, width, 3> for RGB), one per file, in order; each
/// file must be height x width pixels, or io_error names it and its size.
template <class Shape>
tensor<Shape> read_png_tensor(const std::vector<std::filesystem::path>& paths, value_range range = {}) {
  using image = detail::image_shape<Shape>;
  tensor<Shape> result(paths.size());
  for (std::size_t n = 0; n < paths.size(); ++n) {
    const picture values = detail::read_picture(paths[n], image::colors, range, "ctnn::image::read_png_tensor");
    if (values.height != image::height || values.width != image::width)
      detail::fail("ctnn::image::read_png_tensor", paths[n],
                   "is " + std::to_string(values.width) + " x " + std::to_string(values.height) +
                       " pixels (width x height), the tensor's samples " +
                       std::to_string(image::width) + " x " + std::to_string(image::height) + " " + Shape::to_keras_string());
    std::copy(values.values.begin(), values.values.end(), result.sample(n).begin());
  }
  return result;
}

/// Writes `values` (height x width pixels of `colors`, row by row) as an 8-bit PNG, each value
/// mapped from `range` to 0..255 and clamped. Throws std::invalid_argument when the values do not
/// fill the image, ctnn::io_error when the file cannot be written.
inline void write_png(const std::filesystem::path& path, std::size_t height, std::size_t width, color colors,
                      std::span<const float> values, value_range range = {}) {
  constexpr std::string_view who = "ctnn::image::write_png";
  detail::check_range(who, range);
  const std::size_t channels = static_cast<std::size_t>(colors);
  if (height == 0 || width == 0 || width > values.size() / channels / height || values.size() != height * width * channels)
    throw std::invalid_argument(std::string(who) + ": " + std::to_string(height) + " x " + std::to_string(width) + " pixels of " +
                                std::to_string(channels) + " channels do not match the " + std::to_string(values.size()) +
                                " values given");
  std::vector<unsigned char> pixels(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) pixels[i] = detail::to_sample(values[i], range);
  detail::write_pixels(path, width, height, channels, pixels, who);
}
inline void write_png(const std::filesystem::path& path, const picture& image, value_range range = {}) {
  write_png(path, image.height, image.width, image.colors, image.values, range);
}

/// Writes `images` (a batch of format.height x format.width images of format.colors, NHWC) as one
/// 8-bit PNG: `columns` images per row, `rows` rows, filled row by row (cells left over stay
/// black), with format.border black pixels around and between them.
inline void write_png_grid(const std::filesystem::path& path, std::span<const float> images, std::size_t columns, std::size_t rows,
                           const grid_format& format = {}) {
  constexpr std::string_view who = "ctnn::image::write_png_grid";
  detail::check_range(who, format.range);
  const std::size_t height = format.height, width = format.width, channels = static_cast<std::size_t>(format.colors);
  const std::size_t border = format.border;
  constexpr std::size_t widest = 0x7fffffff;  // PNG's limit on either side
  if (height == 0 || width == 0 || height > widest || width > widest || border > widest || columns == 0 || rows == 0 ||
      columns > (widest - border) / (width + border) || rows > (widest - border) / (height + border))
    throw std::invalid_argument(std::string(who) + ": a grid of " + std::to_string(columns) + " x " + std::to_string(rows) +
                                " images of " + std::to_string(width) + " x " + std::to_string(height) + " pixels cannot be a PNG");
  const std::size_t image_size = height * width * channels;
  if (images.size() % image_size != 0 || images.size() / image_size > columns * rows)
    throw std::invalid_argument(std::string(who) + ": " + std::to_string(images.size()) + " values are not at most " +
                                std::to_string(columns) + " x " + std::to_string(rows) + " images of " + std::to_string(height) +
                                " x " + std::to_string(width) + " x " + std::to_string(channels));
  const std::size_t grid_width = columns * (width + border) + border, grid_height = rows * (height + border) + border;
  std::vector<unsigned char> pixels(grid_width * grid_height * channels, 0);
  for (std::size_t n = 0; n < images.size() / image_size; ++n)
    for (std::size_t y = 0; y < height; ++y)
      for (std::size_t x = 0; x < width; ++x)
        for (std::size_t c = 0; c < channels; ++c) {
          const std::size_t row = border + (n / columns) * (height + border) + y;
          const std::size_t column = border + (n % columns) * (width + border) + x;
          const float value = images[((n * height + y) * width + x) * channels + c];
          pixels[(row * grid_width + column) * channels + c] = detail::to_sample(value, format.range);
        }
  detail::write_pixels(path, grid_width, grid_height, channels, pixels, who);
}

/// Writes the samples of `images` (shape<height, width>, or with 1 or 3 channels) as one PNG grid
/// of `columns` images per row, as many rows as they need.
template <class Shape>
void write_png_grid(const std::filesystem::path& path, const tensor<Shape>& images, std::size_t columns, value_range range,
                    std::size_t border = 2) {
  using image = detail::image_shape<Shape>;
  const std::size_t rows = columns == 0 ? 0 : std::max<std::size_t>(1, (images.batch_size() + columns - 1) / columns);
  write_png_grid(path, images.values(), columns, rows, grid_format{image::height, image::width, image::colors, range, border});
}

}  // namespace ctnn::image
