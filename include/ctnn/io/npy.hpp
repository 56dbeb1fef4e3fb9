// ctnn/io/npy.hpp: numpy's .npy files and .npz archives (a zip of .npy files), float32 and
// float64, through libzip for the archives (CMake target ctnn::npy; Debian: libzip-dev).
//
//   const auto arrays = ctnn::npy::read_npz("generator.numpy_io.npz");    // name -> array
//   const auto z = ctnn::npy::to_tensor<ctnn::shape<100>>(arrays.at("z"));  // (16, 100), checked
//   ctnn::npy::write_npz("out.npz", {{"z", z}, {"y", y}}, ctnn::npy::compression::deflated);
//
// What is read: format versions 1.0, 2.0 and 3.0; little-endian float32 ('<f4') and float64
// ('<f8') in C order, float64 rounded to float when read into float arrays. Everything else
// (Fortran order, big-endian, other dtypes, a header that is not the dict numpy writes, data that
// does not match the shape) throws ctnn::io_error naming the file, the array and what was expected
// and found. Files come from strangers: every size is checked against the bytes the file holds
// before anything is allocated (an archive's members against what their compressed bytes can
// expand to, and all of them together against a limit the caller may change).
//
// What is written: what numpy's np.save writes, byte for byte (format 1.0, header padded to 64
// bytes), and archives as np.savez (stored) and np.savez_compressed (deflated) write them.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <limits>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include <zip.h>

#include "ctnn/io/io_error.hpp"
#include "ctnn/tensor.hpp"

namespace ctnn::npy {

/// @brief The element types ctnn reads and writes: float (numpy float32) and double (float64).
template <class T>
concept element = std::same_as<T, float> || std::same_as<T, double>;

/// An array as numpy holds it: its extents (numpy's `.shape`; empty for a 0-d array, which holds
/// one value) and its values in C order, the last axis fastest.
template <element T>
struct basic_array {
  std::vector<std::size_t> shape;
  std::vector<T> values;
};
using array = basic_array<float>;
using array64 = basic_array<double>;

/// Whether an archive's members are stored (np.savez) or deflated (np.savez_compressed).
enum class compression { stored, deflated };

/// How many bytes of arrays read_npz accepts from one archive, all members together, unless told
/// otherwise: deflate expands up to 1032 times, so a small hostile archive can claim gigabytes.
inline constexpr std::uint64_t default_max_npz_bytes = std::uint64_t{4} << 30;  // 4 GiB

/// What write_npy and write_npz read, without copying: a shape and float32 or float64 values.
/// Made from an array, a ctnn::tensor (shape: batch first) or a shape and a span.
class array_ref {
 public:
  array_ref(std::vector<std::size_t> shape, std::span<const float> values)
      : shape_(std::move(shape)), data_(values.data()), count_(values.size()), double_(false) {}
  array_ref(std::vector<std::size_t> shape, std::span<const double> values)
      : shape_(std::move(shape)), data_(values.data()), count_(values.size()), double_(true) {}
  template <element T>
  array_ref(const basic_array<T>& array) : array_ref(array.shape, std::span<const T>(array.values)) {}
  template <class Shape>
  array_ref(const tensor<Shape>& values) : array_ref(values.dims(), values.values()) {}

  const std::vector<std::size_t>& shape() const { return shape_; }
  bool is_double() const { return double_; }
  const void* data() const { return data_; }
  std::size_t count() const { return count_; }

 private:
  std::vector<std::size_t> shape_;
  const void* data_;
  std::size_t count_;
  bool double_;
};

/// numpy's spelling of a shape, as messages write it: (), (3,), (2, 3).
inline std::string shape_text(std::span<const std::size_t> shape) {
  std::string text = "(";
  for (std::size_t i = 0; i < shape.size(); ++i) text += (i > 0 ? ", " : "") + std::to_string(shape[i]);
  return text + (shape.size() == 1 ? ",)" : ")");
}

/// One array of an archive to write: its name (without ".npy") and the array.
struct npz_entry {
  std::string name;
  array_ref array;
};

namespace detail {

enum class dtype { float32, float64 };

inline constexpr std::size_t item_size(dtype type) { return type == dtype::float32 ? 4 : 8; }
inline constexpr const char* dtype_text(dtype type) { return type == dtype::float32 ? "float32" : "float64"; }

/// The most axes ctnn reads or writes (numpy 2's limit; numpy 1 has 32).
inline constexpr std::size_t max_axes = 64;
/// The longest header ctnn reads: numpy writes a few hundred bytes for any float array (numpy
/// itself refuses more than 10000 unless told to trust the file).
inline constexpr std::uint64_t max_header_bytes = std::uint64_t{1} << 20;

/// Who is reading or writing what, for messages: "ctnn::npy::read_npz: data.npz: array 'x'".
struct origin {
  std::string_view who;
  std::string where;
  [[noreturn]] void fail(const std::string& what) const { throw io_error(std::string(who) + ": " + where + ": " + what); }
  /// For what the caller gave (a shape that does not hold the values), not what a file holds.
  [[noreturn]] void invalid(const std::string& what) const {
    throw std::invalid_argument(std::string(who) + ": " + where + ": " + what);
  }
};

/// The values a shape holds; false when the count does not fit in 64 bits.
inline bool count_values(std::span<const std::size_t> shape, std::uint64_t& count) {
  count = 1;
  for (const std::size_t extent : shape) {
    if (extent == 0) {
      count = 0;
      return true;
    }
  }
  for (const std::size_t extent : shape) {
    if (count > std::numeric_limits<std::uint64_t>::max() / extent) return false;
    count *= extent;
  }
  return true;
}

/// numpy's name for a dtype string a header declares ("<i8": "int64"), for messages; empty when
/// it is not one numpy writes.
inline std::string dtype_name(std::string_view descr) {
  if (descr.size() < 2 || descr.find_first_of("<>|=") != 0) return {};
  const char kind = descr[1];
  const std::string_view digits = descr.substr(2);
  std::size_t bytes = 0;
  for (const char c : digits) {
    if (c < '0' || c > '9' || bytes > 1000) return {};
    bytes = bytes * 10 + std::size_t(c - '0');
  }
  const std::string bits = std::to_string(bytes * 8);
  switch (kind) {
    case 'f': return bytes == 2 || bytes == 4 || bytes == 8 ? "float" + bits : bytes == 16 ? "longdouble" : "";
    case 'i': return bytes == 1 || bytes == 2 || bytes == 4 || bytes == 8 ? "int" + bits : "";
    case 'u': return bytes == 1 || bytes == 2 || bytes == 4 || bytes == 8 ? "uint" + bits : "";
    case 'c': return bytes == 8 || bytes == 16 ? "complex" + bits : bytes == 32 ? "clongdouble" : "";
    case 'b': return bytes == 1 ? "bool" : "";
    case 'O': return "object: pickled Python objects";
    case 'U': return "str: Unicode strings";
    case 'S': return "bytes: byte strings";
    case 'V': return "void: raw bytes";
    case 'M': return "datetime64";
    case 'm': return "timedelta64";
    default: return {};
  }
}

/// What a .npy header says, checked: the dtype, the shape, and where the data starts.
struct header {
  dtype type = dtype::float32;
  std::vector<std::size_t> shape;
  std::uint64_t count = 0;        // values
  std::uint64_t data_offset = 0;  // bytes before the data: magic, version, length, dict
};

/// The header's dict, read as the Python literal numpy writes:
/// {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), } followed by spaces and a newline.
/// Only that grammar: strings in single or double quotes without escapes, True and False,
/// tuples of non-negative integers (with numpy's old 'L' suffix), an optional trailing comma.
class header_parser {
 public:
  header_parser(std::string_view text, const origin& from) : text_(text), from_(from) {}

  header parse() {
    header result;
    bool has_descr = false, has_order = false, has_shape = false;
    std::string descr;
    bool fortran = false;
    skip_space();
    expect('{');
    skip_space();
    while (peek() != '}') {
      const std::string key = string_literal("a key in quotes");
      skip_space();
      expect(':');
      skip_space();
      if (key == "descr") {
        repeated(has_descr, key);
        if (peek() == '[')
          from_.fail("dtype " + quoted(text_.substr(at_, text_.find(']', at_) - at_ + 1)) +
                     " is a structured dtype: ctnn reads " + supported);
        descr = string_literal("the dtype in quotes ('<f4')");
      } else if (key == "fortran_order") {
        repeated(has_order, key);
        fortran = boolean();
      } else if (key == "shape") {
        repeated(has_shape, key);
        result.shape = tuple();
      } else {
        fail("holds the key " + quoted(key) + ": a .npy header holds 'descr', 'fortran_order' and 'shape'");
      }
      skip_space();
      if (peek() == ',') {
        ++at_;
        skip_space();
      } else if (peek() != '}') {
        fail_at("',' or '}'");
      }
    }
    ++at_;
    for (; at_ < text_.size(); ++at_)
      if (text_[at_] != ' ' && text_[at_] != '\n' && text_[at_] != '\t' && text_[at_] != '\r') fail_at("the end of the header");
    if (!has_descr || !has_order || !has_shape)
      fail(std::string("has no '") + (!has_descr ? "descr" : !has_order ? "fortran_order" : "shape") +
           "': a .npy header holds 'descr', 'fortran_order' and 'shape'");

    if (descr == "<f4" || descr == "<f8") {
      result.type = descr == "<f4" ? dtype::float32 : dtype::float64;
    } else if (descr == ">f4" || descr == ">f8") {
      from_.fail("dtype " + quoted(descr) + " (" + dtype_name(descr) + ", big-endian) is not supported: ctnn reads little-endian " +
                 supported + "; save a.astype('<" + descr.substr(1) + "')");
    } else {
      const std::string name = dtype_name(descr);
      from_.fail("dtype " + quoted(descr) + (name.empty() ? "" : " (" + name + ")") + " is not supported: ctnn reads " + supported);
    }
    if (fortran)
      from_.fail("the array is in Fortran order (fortran_order: True): ctnn reads C order; save np.ascontiguousarray(a)");
    if (!count_values(result.shape, result.count) ||
        result.count > std::numeric_limits<std::uint64_t>::max() / item_size(result.type))
      from_.fail("shape " + shape_text(result.shape) + " of " + dtype_text(result.type) + " needs more than 2^64 - 1 bytes");
    return result;
  }

 private:
  char peek() const { return at_ < text_.size() ? text_[at_] : '\0'; }
  void skip_space() {
    while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\n' || text_[at_] == '\t' || text_[at_] == '\r')) ++at_;
  }
  void expect(char c) {
    if (peek() != c) fail_at(std::string("'") + c + "'");
    ++at_;
  }
  static constexpr const char* supported = "'<f4' (float32) and '<f8' (float64)";
  static std::string quoted(std::string_view text) { return ctnn::detail::quoted(text, 64); }
  /// The next 16 characters, without numpy's padding.
  std::string snippet() const {
    const std::string_view next = text_.substr(at_, 16);
    const std::size_t end = next.find_last_not_of(" \n");
    return std::string(next.substr(0, end == std::string_view::npos ? 0 : end + 1));
  }
  [[noreturn]] void fail(const std::string& what) const {
    const std::size_t end = text_.find_last_not_of(" \n");  // without numpy's padding
    from_.fail("the header is not the dict numpy writes: it " + what + " (header: " +
               ctnn::detail::quoted(text_.substr(0, end == std::string_view::npos ? 0 : end + 1), 300) + ")");
  }
  [[noreturn]] void fail_at(const std::string& expected) const {
    const std::string next = snippet();
    fail("has " + (next.empty() ? std::string("nothing more") : quoted(next)) + " at character " + std::to_string(at_) +
         " where " + expected + " should be");
  }
  [[noreturn]] void malformed_value(const std::string& key, const std::string& what) const {
    fail("gives '" + key + "' " + what);
  }
  void repeated(bool& seen, const std::string& key) const {
    if (seen) fail("gives '" + key + "' twice");
    seen = true;
  }

  std::string string_literal(const std::string& what) {
    const char quote = peek();
    if (quote != '\'' && quote != '"') fail_at(what);
    const std::size_t start = ++at_;
    while (at_ < text_.size() && text_[at_] != quote) {
      if (text_[at_] == '\\' || text_[at_] == '\n') fail_at("the end of the string");
      ++at_;
    }
    if (at_ >= text_.size()) fail_at("the end of the string");
    return std::string(text_.substr(start, at_++ - start));
  }

  bool boolean() {
    if (text_.substr(at_, 4) == "True") {
      at_ += 4;
      return true;
    }
    if (text_.substr(at_, 5) == "False") {
      at_ += 5;
      return false;
    }
    malformed_value("fortran_order", "as " + quoted(snippet()) + ", not True or False");
  }

  std::vector<std::size_t> tuple() {
    if (peek() != '(') malformed_value("shape", "as " + quoted(snippet()) + ", not a tuple of extents");
    ++at_;
    std::vector<std::size_t> extents;
    bool comma = false;
    skip_space();
    while (peek() != ')') {
      if (extents.size() == max_axes) malformed_value("shape", "more than " + std::to_string(max_axes) + " axes");
      if (peek() < '0' || peek() > '9') fail_at("an extent (a whole number)");
      std::uint64_t extent = 0;
      while (peek() >= '0' && peek() <= '9') {
        const auto digit = std::uint64_t(peek() - '0');
        if (extent > (std::numeric_limits<std::size_t>::max() - digit) / 10)
          malformed_value("shape", "an extent larger than " + std::to_string(std::numeric_limits<std::size_t>::max()));
        extent = extent * 10 + digit;
        ++at_;
      }
      if (peek() == 'L') ++at_;  // Python 2's long integers, in files numpy wrote then
      extents.push_back(static_cast<std::size_t>(extent));
      skip_space();
      comma = peek() == ',';
      if (comma) {
        ++at_;
        skip_space();
      } else if (peek() != ')') {
        fail_at("',' or ')'");
      }
    }
    ++at_;
    if (extents.size() == 1 && !comma) malformed_value("shape", "as (n) without a comma: that is a number, not a tuple");
    return extents;
  }

  std::string_view text_;
  const origin& from_;
  std::size_t at_ = 0;
};

/// Bytes read in order from a file, an archive's member or memory. `size` is how many it holds
/// (the file's size, the member's declared size); every check is made against it before reading.
class byte_source {
 public:
  virtual ~byte_source() = default;
  /// Reads up to `count` bytes into `out`; fewer only at the end. Throws io_error on a read error.
  virtual std::size_t read(unsigned char* out, std::size_t count) = 0;
  std::uint64_t size = 0;
};

class memory_source final : public byte_source {
 public:
  explicit memory_source(std::span<const std::byte> bytes) : bytes_(bytes) { size = bytes.size(); }
  std::size_t read(unsigned char* out, std::size_t count) override {
    const std::size_t n = std::min(count, bytes_.size() - at_);
    if (n > 0) std::memcpy(out, bytes_.data() + at_, n);
    at_ += n;
    return n;
  }

 private:
  std::span<const std::byte> bytes_;
  std::size_t at_ = 0;
};

class file_source final : public byte_source {
 public:
  file_source(const std::filesystem::path& path, const origin& from) : from_(from) {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (!std::filesystem::exists(status)) from.fail("no such file");
    if (std::filesystem::is_directory(status)) from.fail("is a directory, not a file");
    size = std::filesystem::file_size(path, error);
    if (error) from.fail("cannot be read (" + error.message() + ")");
    file_.reset(std::fopen(path.string().c_str(), "rb"));
    if (!file_) {
      const int reason = errno;
      from.fail("cannot be opened (" + std::generic_category().message(reason) + ")");
    }
  }
  std::size_t read(unsigned char* out, std::size_t count) override {
    const std::size_t n = std::fread(out, 1, count, file_.get());
    if (n < count && std::ferror(file_.get())) from_.fail("cannot be read (a read error)");
    return n;
  }

 private:
  struct closer {
    void operator()(std::FILE* file) const { std::fclose(file); }
  };
  const origin& from_;
  std::unique_ptr<std::FILE, closer> file_;
};

/// Reads exactly `count` bytes; a source that ends earlier than its size said was cut short.
inline void read_exact(byte_source& source, unsigned char* out, std::size_t count, const origin& from) {
  if (source.read(out, count) != count)
    from.fail("ends before its " + std::to_string(source.size) + " bytes (truncated while read)");
}

/// Reads and checks the magic string, the version, the header dict, and that the data left is
/// exactly what the shape and dtype need.
inline header read_header(byte_source& source, const origin& from) {
  std::array<unsigned char, 12> prefix{};
  if (source.size < 10) from.fail("is not a .npy file: " + std::to_string(source.size) + " bytes, too short to hold its header");
  read_exact(source, prefix.data(), 8, from);
  if (std::memcmp(prefix.data(), "\x93NUMPY", 6) != 0) from.fail("is not a .npy file (it does not start with \\x93NUMPY)");
  const unsigned major = prefix[6], minor = prefix[7];
  if ((major != 1 && major != 2 && major != 3) || minor != 0)
    from.fail("is .npy format version " + std::to_string(major) + "." + std::to_string(minor) + ": ctnn reads 1.0, 2.0 and 3.0");
  const std::size_t length_bytes = major == 1 ? 2 : 4;
  if (source.size < 8 + length_bytes) from.fail("ends inside its header (" + std::to_string(source.size) + " bytes)");
  read_exact(source, prefix.data() + 8, length_bytes, from);
  std::uint64_t length = 0;
  for (std::size_t i = 0; i < length_bytes; ++i) length |= std::uint64_t(prefix[8 + i]) << (8 * i);
  const std::uint64_t offset = 8 + length_bytes + length;
  if (offset > source.size)
    from.fail("declares a header of " + std::to_string(length) + " bytes, but holds " + std::to_string(source.size) +
              " bytes in all: it is truncated or damaged");
  if (length > max_header_bytes)
    from.fail("declares a header of " + std::to_string(length) + " bytes: ctnn reads headers of at most " +
              std::to_string(max_header_bytes));
  std::string text(static_cast<std::size_t>(length), '\0');
  read_exact(source, reinterpret_cast<unsigned char*>(text.data()), text.size(), from);
  header result = header_parser(text, from).parse();
  result.data_offset = offset;
  const std::uint64_t needed = result.count * item_size(result.type), held = source.size - offset;
  if (held != needed)
    from.fail("holds " + std::to_string(held) + " bytes of data, but shape " + shape_text(result.shape) + " of " +
              dtype_text(result.type) + " needs " + std::to_string(needed) + (held < needed ? ": it is truncated" : ""));
  return result;
}

/// The header's values, converted to T, into `out` (header.count of them).
template <element T>
void read_values(byte_source& source, const header& head, std::span<T> out, const origin& from) {
  const std::size_t item = item_size(head.type);
  if constexpr (std::endian::native == std::endian::little) {
    if (item == sizeof(T)) {
      read_exact(source, reinterpret_cast<unsigned char*>(out.data()), out.size_bytes(), from);
      return;
    }
  }
  std::array<unsigned char, 8192> chunk;
  for (std::size_t done = 0; done < out.size();) {
    const std::size_t n = std::min(out.size() - done, chunk.size() / item);
    read_exact(source, chunk.data(), n * item, from);
    for (std::size_t i = 0; i < n; ++i) {
      std::uint64_t bits = 0;
      for (std::size_t b = 0; b < item; ++b) bits |= std::uint64_t(chunk[i * item + b]) << (8 * b);
      if (head.type == dtype::float32) out[done + i] = static_cast<T>(std::bit_cast<float>(static_cast<std::uint32_t>(bits)));
      else out[done + i] = static_cast<T>(std::bit_cast<double>(bits));
    }
    done += n;
  }
}

template <element T>
basic_array<T> read_array(byte_source& source, const origin& from) {
  header head = read_header(source, from);
  basic_array<T> result;
  result.values.resize(static_cast<std::size_t>(head.count));
  read_values(source, head, std::span<T>(result.values), from);
  result.shape = std::move(head.shape);
  return result;
}

/// The batch size of an array of `shape` read into samples of `sample` (Keras spelling, for the
/// message); throws unless shape is (batch, sample...).
inline std::size_t batch_of(std::span<const std::size_t> shape, std::span<const std::size_t> sample, const std::string& keras_shape,
                            const origin& from) {
  if (shape.size() != sample.size() + 1 || !std::equal(sample.begin(), sample.end(), shape.begin() + 1))
    from.fail("the array's shape is " + shape_text(shape) + ", the tensor's is " + keras_shape + " (batch first)");
  return shape[0];
}

template <class Shape>
tensor<Shape> read_tensor(byte_source& source, const origin& from) {
  const header head = read_header(source, from);
  tensor<Shape> result(batch_of(head.shape, Shape::dims, Shape::to_keras_string(), from));
  read_values(source, head, result.values(), from);
  return result;
}

// ---- .npz archives ----------------------------------------------------------------------------

class zip_member_source final : public byte_source {
 public:
  zip_member_source(zip_t* archive, zip_uint64_t index, std::uint64_t declared, const origin& from)
      : member_(zip_fopen_index(archive, index, 0)), from_(from) {
    size = declared;
    if (member_ == nullptr) from.fail("cannot be opened (" + std::string(zip_strerror(archive)) + ")");
  }
  ~zip_member_source() override { zip_fclose(member_); }
  zip_member_source(const zip_member_source&) = delete;
  zip_member_source& operator=(const zip_member_source&) = delete;

  std::size_t read(unsigned char* out, std::size_t count) override {
    std::size_t done = 0;
    while (done < count) {
      const zip_int64_t got = zip_fread(member_, out + done, count - done);
      if (got < 0) from_.fail("is damaged (" + std::string(zip_file_strerror(member_)) + ")");
      if (got == 0) break;
      done += static_cast<std::size_t>(got);
    }
    return done;
  }
  /// Checks that the member ends where it declared (libzip checks its CRC there).
  void expect_end() {
    unsigned char extra = 0;
    const zip_int64_t got = zip_fread(member_, &extra, 1);
    if (got != 0)
      from_.fail(got < 0 ? "is damaged (" + std::string(zip_file_strerror(member_)) + ")"
                         : "is longer than its declared " + std::to_string(size) + " bytes");
  }

 private:
  zip_file_t* member_;
  const origin& from_;
};

/// An .npz archive opened for reading, its members checked one by one as they are read.
class npz_archive {
 public:
  npz_archive(const std::filesystem::path& path, std::string_view who, std::uint64_t max_bytes)
      : from_{who, path.string()}, max_bytes_(max_bytes) {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (!std::filesystem::exists(status)) from_.fail("no such file");
    if (std::filesystem::is_directory(status)) from_.fail("is a directory, not a file");
    file_size_ = std::filesystem::file_size(path, error);
    if (error) from_.fail("cannot be read (" + error.message() + ")");
    int code = 0;
    archive_.reset(zip_open(path.string().c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
    if (!archive_) {
      zip_error_t zip_error;
      zip_error_init_with_code(&zip_error, code);
      const std::string reason = zip_error_strerror(&zip_error);
      zip_error_fini(&zip_error);
      from_.fail("is not a readable zip archive (" + reason + "; an .npz file is a zip of .npy files" +
                 (starts_like_npy(path) ? "; this one is a .npy file: read it with read_npy" : "") + ")");
    }
    const zip_int64_t count = zip_get_num_entries(archive_.get(), 0);
    members_ = count > 0 ? static_cast<zip_uint64_t>(count) : 0;
  }

  zip_uint64_t members() const { return members_; }

  /// The name of member `index`.
  std::string name(zip_uint64_t index) const {
    const char* text = zip_get_name(archive_.get(), index, ZIP_FL_ENC_RAW);
    if (text == nullptr)
      from_.fail("member " + std::to_string(index) + " has no readable name (" + zip_strerror(archive_.get()) + ")");
    return text;
  }

  /// The array's name for member `name`: numpy's, without ".npy".
  static std::string array_name(const std::string& name) {
    return name.size() > 4 && name.ends_with(".npy") ? name.substr(0, name.size() - 4) : name;
  }

  /// The index of the member holding array `name` ("x" or "x.npy").
  zip_uint64_t locate(std::string_view array) const {
    for (const std::string& candidate : {std::string(array) + ".npy", std::string(array)}) {
      const zip_int64_t index = zip_name_locate(archive_.get(), candidate.c_str(), ZIP_FL_ENC_RAW);
      if (index >= 0) return static_cast<zip_uint64_t>(index);
    }
    std::string names;
    for (zip_uint64_t i = 0; i < members_ && i < 16; ++i)
      names += (i > 0 ? ", " : "") + ctnn::detail::quoted(array_name(name(i)), 64);
    from_.fail("holds no array " + ctnn::detail::quoted(array) + " (" +
               (members_ == 0 ? std::string("it is empty") : "it holds " + names + (members_ > 16 ? ", ..." : "")) + ")");
  }

  /// Reads member `index` as a .npy file: `read(source, origin)` gets the member, sized and
  /// checked against the archive, and the member's end is checked after it.
  template <class Read>
  auto read(zip_uint64_t index, Read&& read_member) {
    const std::string member = name(index);
    const origin from{from_.who, from_.where + ": array " + ctnn::detail::quoted(array_name(member))};
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive_.get(), index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) ||
        !(stat.valid & ZIP_STAT_COMP_SIZE) || !(stat.valid & ZIP_STAT_COMP_METHOD))
      from.fail("cannot be read (" + std::string(zip_strerror(archive_.get())) + ")");
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) from.fail("is encrypted");
    if (stat.comp_method != ZIP_CM_STORE && stat.comp_method != ZIP_CM_DEFLATE)
      from.fail("is compressed with zip method " + std::to_string(stat.comp_method) +
                ": .npz members are stored (0) or deflated (8)");
    // Deflate expands at most 1032:1; a stored member is its compressed bytes.
    const std::uint64_t expandable = stat.comp_method == ZIP_CM_STORE ? stat.comp_size : stat.comp_size * 1032 + 64;
    if (stat.comp_size > file_size_ || stat.size > expandable)
      from.fail("declares " + std::to_string(stat.size) + " bytes from " + std::to_string(stat.comp_size) + " " +
                (stat.comp_method == ZIP_CM_STORE ? "stored" : "deflated") + " bytes (the archive has " +
                std::to_string(file_size_) + "): the archive is damaged or not what it claims");
    if (stat.size > max_bytes_ - std::min(max_bytes_, read_bytes_))
      from.fail("declares " + std::to_string(stat.size) + " bytes" +
                (read_bytes_ > 0 ? ", and the arrays before it " + std::to_string(read_bytes_) : std::string()) +
                ": more than the " + std::to_string(max_bytes_) + " accepted (max_bytes)");
    read_bytes_ += stat.size;
    zip_member_source source(archive_.get(), index, stat.size, from);
    auto result = read_member(source, from);
    source.expect_end();
    return result;
  }

 private:
  static bool starts_like_npy(const std::filesystem::path& path) {
    std::array<char, 6> magic{};
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.string().c_str(), "rb"), std::fclose);
    return file && std::fread(magic.data(), 1, magic.size(), file.get()) == magic.size() &&
           std::memcmp(magic.data(), "\x93NUMPY", 6) == 0;
  }

  origin from_;
  std::uint64_t max_bytes_;
  std::uint64_t file_size_ = 0, read_bytes_ = 0;
  zip_uint64_t members_ = 0;
  std::unique_ptr<zip_t, int (*)(zip_t*)> archive_{nullptr, zip_close};
};

// ---- writing ---------------------------------------------------------------------------------

/// The header np.save writes for a C-order array of `type` and `shape`: format 1.0, the dict with
/// its keys sorted, 21 - digits(shape[0]) spaces for numpy to grow the array in place, padded with
/// spaces and a newline to a multiple of 64 bytes.
inline std::string npy_header(dtype type, std::span<const std::size_t> shape) {
  std::string dict = std::string("{'descr': '") + (type == dtype::float32 ? "<f4" : "<f8") +
                     "', 'fortran_order': False, 'shape': " + shape_text(shape) + ", }";
  if (!shape.empty()) dict.append(21 - std::min<std::size_t>(21, std::to_string(shape[0]).size()), ' ');
  // Every header of at most max_axes axes fits format 1.0's 65535 bytes.
  const std::size_t unpadded = 10 + dict.size() + 1, padding = 64 - unpadded % 64, length = dict.size() + 1 + padding;
  std::string bytes = "\x93NUMPY\x01";
  bytes += '\0';
  bytes += static_cast<char>(length & 0xff);
  bytes += static_cast<char>(length >> 8);
  return bytes + dict + std::string(padding, ' ') + "\n";
}

/// Checks `array` for writing (std::invalid_argument), and returns its dtype.
inline dtype checked_for_writing(const array_ref& array, const origin& from) {
  std::uint64_t count = 0;
  if (array.shape().size() > max_axes)
    from.invalid("the shape has " + std::to_string(array.shape().size()) + " axes: numpy reads at most " +
                 std::to_string(max_axes));
  if (!count_values(array.shape(), count) || count != array.count())
    from.invalid("shape " + shape_text(array.shape()) + " does not hold the " + std::to_string(array.count()) + " values given");
  return array.is_double() ? dtype::float64 : dtype::float32;
}

/// The values as little-endian bytes: the values themselves on a little-endian machine, else a
/// swapped copy kept in `swapped`.
inline std::span<const unsigned char> little_endian_bytes(const array_ref& array, std::vector<unsigned char>& swapped) {
  const std::size_t item = array.is_double() ? 8 : 4, bytes = array.count() * item;
  const auto* data = static_cast<const unsigned char*>(array.data());
  if constexpr (std::endian::native == std::endian::little) {
    return {data, bytes};
  } else {
    swapped.assign(data, data + bytes);
    for (std::size_t i = 0; i < bytes; i += item)
      std::reverse(swapped.begin() + std::ptrdiff_t(i), swapped.begin() + std::ptrdiff_t(i + item));
    return swapped;
  }
}

}  // namespace detail

// ---- reading ---------------------------------------------------------------------------------

/// The array of the .npy file `path`, as T (float: float64 files rounded to float; double: both
/// exactly). Throws ctnn::io_error when the file cannot be read or holds anything else.
template <element T = float>
basic_array<T> read_npy(const std::filesystem::path& path) {
  const detail::origin from{"ctnn::npy::read_npy", path.string()};
  detail::file_source source(path, from);
  return detail::read_array<T>(source, from);
}

/// The array of a .npy file held in memory (`source` names it in messages).
template <element T = float>
basic_array<T> parse_npy(std::span<const std::byte> bytes, std::string_view source = "<memory>") {
  const detail::origin from{"ctnn::npy::parse_npy", std::string(source)};
  detail::memory_source input(bytes);
  return detail::read_array<T>(input, from);
}

/// Every array of the .npz archive `path`, by name (numpy's: the member's name without ".npy"),
/// stored or deflated members alike. At most `max_bytes` bytes of .npy members are read, all of
/// them together. Throws ctnn::io_error naming the array when one cannot be read.
template <element T = float>
std::map<std::string, basic_array<T>> read_npz(const std::filesystem::path& path, std::uint64_t max_bytes = default_max_npz_bytes) {
  detail::npz_archive archive(path, "ctnn::npy::read_npz", max_bytes);
  std::map<std::string, basic_array<T>> arrays;
  for (zip_uint64_t i = 0; i < archive.members(); ++i) {
    const std::string name = detail::npz_archive::array_name(archive.name(i));
    if (arrays.contains(name))
      throw io_error("ctnn::npy::read_npz: " + path.string() + ": holds two arrays named " + ctnn::detail::quoted(name));
    arrays.emplace(name, archive.read(i, [](detail::byte_source& source, const detail::origin& from) {
      return detail::read_array<T>(source, from);
    }));
  }
  return arrays;
}

/// The array `name` of the .npz archive `path` (the others are not read).
template <element T = float>
basic_array<T> read_npz_array(const std::filesystem::path& path, std::string_view name,
                              std::uint64_t max_bytes = default_max_npz_bytes) {
  detail::npz_archive archive(path, "ctnn::npy::read_npz_array", max_bytes);
  return archive.read(archive.locate(name), [](detail::byte_source& source, const detail::origin& from) {
    return detail::read_array<T>(source, from);
  });
}

/// The .npy file `path` as a batch of samples of `Shape`: its shape must be (batch, Shape...),
/// e.g. (16, 28, 28, 1) for tensor<shape<28, 28, 1>>, or io_error says what it is.
template <class Shape>
tensor<Shape> read_npy_tensor(const std::filesystem::path& path) {
  const detail::origin from{"ctnn::npy::read_npy_tensor", path.string()};
  detail::file_source source(path, from);
  return detail::read_tensor<Shape>(source, from);
}

/// The array `name` of the .npz archive `path` as a batch of samples of `Shape`, checked as
/// read_npy_tensor checks it.
template <class Shape>
tensor<Shape> read_npz_tensor(const std::filesystem::path& path, std::string_view name,
                              std::uint64_t max_bytes = default_max_npz_bytes) {
  detail::npz_archive archive(path, "ctnn::npy::read_npz_tensor", max_bytes);
  return archive.read(archive.locate(name), [](detail::byte_source& source, const detail::origin& from) {
    return detail::read_tensor<Shape>(source, from);
  });
}

/// `array` (already read) as a batch of samples of `Shape`; `name` names it in the message when
/// its shape is not (batch, Shape...).
template <class Shape>
tensor<Shape> to_tensor(const array& values, std::string_view name = "the array") {
  const detail::origin from{"ctnn::npy::to_tensor", std::string(name)};
  const std::size_t batch = detail::batch_of(values.shape, Shape::dims, Shape::to_keras_string(), from);
  return tensor<Shape>(batch, values.values);
}

// ---- writing ---------------------------------------------------------------------------------

/// Writes `array` as the .npy file `path`: float32 or float64 as given, the bytes np.save writes.
/// Throws ctnn::io_error when the file cannot be written, std::invalid_argument when the shape
/// does not hold the values.
inline void write_npy(const std::filesystem::path& path, const array_ref& array) {
  const detail::origin from{"ctnn::npy::write_npy", path.string()};
  const std::string header = detail::npy_header(detail::checked_for_writing(array, from), array.shape());
  std::vector<unsigned char> swapped;
  const auto data = detail::little_endian_bytes(array, swapped);
  std::FILE* file = std::fopen(path.string().c_str(), "wb");
  if (file == nullptr) {
    const int reason = errno;
    from.fail("cannot be written (" + std::generic_category().message(reason) + ")");
  }
  const bool written = std::fwrite(header.data(), 1, header.size(), file) == header.size() &&
                       (data.empty() || std::fwrite(data.data(), 1, data.size(), file) == data.size());
  const int reason = errno;
  if (std::fclose(file) != 0 || !written) {
    std::error_code ignored;
    std::filesystem::remove(path, ignored);  // no partial file is left behind
    from.fail("cannot be written (" + std::generic_category().message(written ? errno : reason) + ")");
  }
}
inline void write_npy(const std::filesystem::path& path, std::vector<std::size_t> shape, std::span<const float> values) {
  write_npy(path, array_ref(std::move(shape), values));
}
inline void write_npy(const std::filesystem::path& path, std::vector<std::size_t> shape, std::span<const double> values) {
  write_npy(path, array_ref(std::move(shape), values));
}

/// Writes the .npz archive `path`: one member "<name>.npy" per entry, in order, stored
/// (np.savez) or deflated (np.savez_compressed). Names must be distinct and not empty
/// (std::invalid_argument). libzip
/// writes a temporary file and replaces `path` with it once the archive is complete.
inline void write_npz(const std::filesystem::path& path, const std::vector<npz_entry>& entries,
                      compression how = compression::stored) {
  const detail::origin from{"ctnn::npy::write_npz", path.string()};
  std::vector<std::string> headers;
  std::vector<std::vector<unsigned char>> swapped(entries.size());
  headers.reserve(entries.size());  // the archive points into these until it is closed
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const detail::origin member{from.who, from.where + ": array " + ctnn::detail::quoted(entries[i].name)};
    if (entries[i].name.empty()) from.invalid("an array has an empty name");
    for (std::size_t j = 0; j < i; ++j)
      if (entries[j].name == entries[i].name) member.invalid("is given twice");
    headers.push_back(detail::npy_header(detail::checked_for_writing(entries[i].array, member), entries[i].array.shape()));
  }
  if (entries.empty()) {  // libzip writes no file for an empty archive; numpy writes its 22-byte end record
    const char end_record[22] = {'P', 'K', 5, 6};
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.string().c_str(), "wb"), std::fclose);
    if (!file || std::fwrite(end_record, 1, sizeof end_record, file.get()) != sizeof end_record || std::fclose(file.release()) != 0)
      from.fail("cannot be written (" + std::generic_category().message(errno) + ")");
    return;
  }
  int code = 0;
  std::unique_ptr<zip_t, void (*)(zip_t*)> archive(zip_open(path.string().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code), zip_discard);
  if (!archive) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    from.fail("cannot be written (" + reason + ")");
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const auto data = detail::little_endian_bytes(entries[i].array, swapped[i]);
    // libzip reads the fragments when the archive is closed, and never writes to them.
    const zip_buffer_fragment_t fragments[2] = {{reinterpret_cast<zip_uint8_t*>(headers[i].data()), headers[i].size()},
                                                {const_cast<zip_uint8_t*>(data.data()), data.size()}};
    zip_source_t* source = zip_source_buffer_fragment(archive.get(), fragments, data.empty() ? 1 : 2, 0);
    const zip_int64_t index =
        source == nullptr ? -1 : zip_file_add(archive.get(), (entries[i].name + ".npy").c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      if (source != nullptr) zip_source_free(source);
      from.fail("cannot add the array " + ctnn::detail::quoted(entries[i].name) + " (" + zip_strerror(archive.get()) + ")");
    }
    const zip_int32_t method = how == compression::stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
    if (zip_set_file_compression(archive.get(), zip_uint64_t(index), method, 0) != 0)
      from.fail("cannot compress the array " + ctnn::detail::quoted(entries[i].name) + " (" + zip_strerror(archive.get()) + ")");
  }
  if (zip_close(archive.get()) != 0) from.fail("cannot be written (" + std::string(zip_strerror(archive.get())) + ")");
  archive.release();  // closed: zip_close freed it
}

/// Writes every array of `arrays` (read_npz's result, say) as the .npz archive `path`, by name.
template <element T>
void write_npz(const std::filesystem::path& path, const std::map<std::string, basic_array<T>>& arrays,
               compression how = compression::stored) {
  std::vector<npz_entry> entries;
  for (const auto& [name, values] : arrays) entries.push_back({name, values});
  write_npz(path, entries, how);
}

}  // namespace ctnn::npy
