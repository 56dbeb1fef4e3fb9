// ctnn/io/detail/file_bytes.hpp: the one place where the Keras loader touches the file system. A model
// file is read whole, once, into memory, after its size has been checked against what the model
// can need; HDF5 and libzip then see only those bytes (ctnn/io/detail/h5_file.hpp, zip_archive.hpp), so
// nothing a file says can make the loader open another file, a device or a FIFO.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <span>
#include <string>
#include <system_error>

#include "ctnn/io/file_error.hpp"

namespace ctnn::keras::detail {

/// Bytes read whole from a file or an archive member: allocated once and not cleared first, since
/// the read writes every one of them (a model's megabytes are not written twice).
class byte_buffer {
 public:
  byte_buffer() = default;
  explicit byte_buffer(std::size_t size) : data_(size == 0 ? nullptr : new char[size]), size_(size) {}
  char* data() { return data_.get(); }
  const char* data() const { return data_.get(); }
  std::size_t size() const { return size_; }
  const char* begin() const { return data_.get(); }
  const char* end() const { return data_.get() + size_; }
  operator std::span<const char>() const { return {data_.get(), size_}; }

 private:
  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0;
};

/// The largest file read where no model bounds it (ctnn-keras-type, the fuzz targets); `load`
/// accepts at most `largest_file(model)` (ctnn/io/keras_h5.hpp).
inline constexpr std::uint64_t largest_file_without_model = std::uint64_t{4} << 30;

/// The whole of the regular file at `path`, refused when it holds more than `largest_bytes`
/// bytes; every failure is a file_error opening with `who` and the path.
inline byte_buffer read_file_bytes(const std::filesystem::path& path, const std::string& who, std::uint64_t largest_bytes) {
  auto fail = [&](const std::string& what) { throw file_error(who + ": " + path.string() + ": " + what); };
  std::error_code error;
  const std::filesystem::file_status status = std::filesystem::status(path, error);
  if (!std::filesystem::exists(status)) fail("no such file");
  // A FIFO or a device would block the reader or never end: only a regular file is read.
  if (!std::filesystem::is_regular_file(status)) fail("not a regular file");
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (error) fail("cannot be read (" + error.message() + ")");
  if (size > largest_bytes)
    fail("the file has " + std::to_string(size) + " bytes, more than the " + std::to_string(largest_bytes) +
         " that any Keras file of this model holds (its weights, an optimizer's state and the architecture)");
  std::ifstream in(path, std::ios::binary);
  if (!in) fail("cannot be opened for reading");
  byte_buffer bytes(static_cast<std::size_t>(size));
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (static_cast<std::uintmax_t>(in.gcount()) != size) fail("cannot be read whole (it changed while it was read?)");
  return bytes;
}

}  // namespace ctnn::keras::detail
