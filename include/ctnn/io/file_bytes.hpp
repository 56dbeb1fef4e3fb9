// ctnn/io/file_bytes.hpp: the one place where the Keras loader touches the file system. A model
// file is read whole, once, into memory, after its size has been checked against what the model
// can need; HDF5 and libzip then see only those bytes (ctnn/io/h5_file.hpp, zip_archive.hpp), so
// nothing a file says can make the loader open another file, a device or a FIFO.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <vector>

#include "ctnn/io/file_error.hpp"

namespace ctnn::keras::detail {

/// The largest file read where no model bounds it (ctnn-keras-type, the fuzz targets); `load`
/// accepts at most `largest_file(model)` (ctnn/io/keras_h5.hpp).
inline constexpr std::uint64_t largest_file_without_model = std::uint64_t{4} << 30;

/// The whole of the regular file at `path`, refused when it holds more than `largest_bytes`
/// bytes; every failure is a file_error opening with `who` and the path.
inline std::vector<char> read_file_bytes(const std::filesystem::path& path, const std::string& who, std::uint64_t largest_bytes) {
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
  std::vector<char> bytes(static_cast<std::size_t>(size));
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (static_cast<std::uintmax_t>(in.gcount()) != size) fail("cannot be read whole (it changed while it was read?)");
  return bytes;
}

}  // namespace ctnn::keras::detail
