// tests/support/npz.hpp: reads the float32 arrays of a numpy .npz archive (a zip of .npy files),
// through libzip. Test-only: the library itself never reads numpy files.
#pragma once

#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <zip.h>

namespace ctnn_test {

struct npy_array {
  std::vector<std::size_t> shape;
  std::vector<float> values;
};

/// Parses one .npy file held in memory; only little-endian float32 in C order is accepted.
inline npy_array parse_npy(const std::vector<unsigned char>& bytes, const std::string& name) {
  auto fail = [&](const std::string& why) -> npy_array { throw std::runtime_error(name + ": " + why); };
  if (bytes.size() < 10 || std::memcmp(bytes.data(), "\x93NUMPY", 6) != 0) return fail("not a .npy file");
  const unsigned major = bytes[6];
  const std::size_t length_bytes = major == 1 ? 2 : 4;
  std::size_t header_length = 0;
  for (std::size_t i = 0; i < length_bytes; ++i) header_length |= std::size_t(bytes[8 + i]) << (8 * i);
  const std::size_t data_start = 8 + length_bytes + header_length;
  if (data_start > bytes.size()) return fail("truncated header");
  const std::string header(bytes.begin() + 8 + std::ptrdiff_t(length_bytes), bytes.begin() + std::ptrdiff_t(data_start));
  if (header.find("'descr': '<f4'") == std::string::npos) return fail("not little-endian float32: " + header);
  if (header.find("'fortran_order': False") == std::string::npos) return fail("not in C order");
  npy_array array;
  const std::size_t open = header.find('(', header.find("'shape'")), close = header.find(')', open);
  std::string dims = header.substr(open + 1, close - open - 1);
  for (std::size_t at = 0; at < dims.size();) {
    const std::size_t comma = dims.find(',', at);
    const std::string token = dims.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
    if (token.find_first_of("0123456789") != std::string::npos) array.shape.push_back(std::stoul(token));
    if (comma == std::string::npos) break;
    at = comma + 1;
  }
  std::size_t count = 1;
  for (std::size_t d : array.shape) count *= d;
  if (bytes.size() - data_start != count * sizeof(float)) return fail("data size does not match the shape");
  array.values.resize(count);
  std::memcpy(array.values.data(), bytes.data() + data_start, count * sizeof(float));
  return array;
}

/// Every array of an .npz archive, by name without ".npy".
inline std::map<std::string, npy_array> read_npz(const std::string& path) {
  int error = 0;
  std::unique_ptr<zip_t, int (*)(zip_t*)> archive(zip_open(path.c_str(), ZIP_RDONLY, &error), zip_close);
  if (!archive) throw std::runtime_error(path + ": cannot open as a zip archive (libzip error " + std::to_string(error) + ")");
  std::map<std::string, npy_array> arrays;
  const zip_int64_t entries = zip_get_num_entries(archive.get(), 0);
  for (zip_int64_t i = 0; i < entries; ++i) {
    zip_stat_t stat;
    if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) != 0) throw std::runtime_error(path + ": unreadable entry");
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen_index(archive.get(), zip_uint64_t(i), 0), zip_fclose);
    std::vector<unsigned char> bytes(stat.size);
    if (!file || zip_fread(file.get(), bytes.data(), stat.size) != zip_int64_t(stat.size))
      throw std::runtime_error(path + ": cannot read " + stat.name);
    std::string name = stat.name;
    if (name.size() > 4 && name.substr(name.size() - 4) == ".npy") name.resize(name.size() - 4);
    arrays[name] = parse_npy(bytes, path + ":" + stat.name);
  }
  return arrays;
}

}  // namespace ctnn_test
