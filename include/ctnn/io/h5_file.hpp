// ctnn/io/h5_file.hpp: the parts of an HDF5 file that Keras writes, read through the HDF5 C library
// (Debian: libhdf5-dev), from a path or from bytes in memory; every failure names the file.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include <hdf5.h>

#include "ctnn/io/file_error.hpp"

namespace ctnn::keras::detail {

/// An HDF5 identifier, closed by its own close function when it goes out of scope.
class handle {
 public:
  handle(hid_t id, herr_t (*close)(hid_t)) : id_(id), close_(close) {}
  handle(handle&& other) noexcept : id_(std::exchange(other.id_, -1)), close_(other.close_) {}
  handle(const handle&) = delete;
  handle& operator=(const handle&) = delete;
  handle& operator=(handle&&) = delete;
  ~handle() {
    if (id_ >= 0) close_(id_);
  }
  hid_t get() const { return id_; }
  bool valid() const { return id_ >= 0; }

 private:
  hid_t id_;
  herr_t (*close_)(hid_t);
};

/// HDF5 prints its own error stack by default; ctnn reports errors itself, in one message.
class quiet_hdf5 {
 public:
  quiet_hdf5() {
    H5Eget_auto2(H5E_DEFAULT, &function_, &data_);
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  }
  quiet_hdf5(const quiet_hdf5&) = delete;
  quiet_hdf5& operator=(const quiet_hdf5&) = delete;
  ~quiet_hdf5() { H5Eset_auto2(H5E_DEFAULT, function_, data_); }

 private:
  H5E_auto2_t function_ = nullptr;
  void* data_ = nullptr;
};

inline std::string bracketed(const std::vector<std::size_t>& dims) {
  std::string text = "[";
  for (std::size_t i = 0; i < dims.size(); ++i) text += (i == 0 ? "" : ", ") + std::to_string(dims[i]);
  return text + "]";
}

/// Reads the parts of an HDF5 file that Keras writes; every failure names the file.
class h5_file {
 public:
  /// The file at `path`; `who` opens every error message.
  explicit h5_file(std::filesystem::path path, std::string who = "ctnn::keras::load_h5")
      : who_(std::move(who)), name_(path.string()), path_(std::move(path)), file_(open(), H5Fclose) {}
  /// An HDF5 file held in memory (a `.keras` archive's model.weights.h5), opened with HDF5's core
  /// driver from the bytes themselves: nothing is written to disk. `name` is how messages call it.
  h5_file(std::string name, const std::vector<char>& image, std::string who)
      : who_(std::move(who)), name_(std::move(name)), file_(open_image(image), H5Fclose) {}

  [[noreturn]] void fail(const std::string& what) const { throw file_error(who_ + ": " + name_ + ": " + what); }

  hid_t root() const { return file_.get(); }

  bool has_link(hid_t parent, const std::string& name) const { return H5Lexists(parent, name.c_str(), H5P_DEFAULT) > 0; }
  bool has_attribute(hid_t object, const char* name) const { return H5Aexists(object, name) > 0; }

  handle open_group(hid_t parent, const std::string& name, const std::string& what) const {
    if (!has_link(parent, name)) fail(what + ": the file has no group '" + name + "'");
    handle group(H5Gopen2(parent, name.c_str(), H5P_DEFAULT), H5Gclose);
    if (!group.valid()) fail(what + ": the group '" + name + "' cannot be read");
    return group;
  }

  /// The most bytes a list of names may hold (Keras's longest, a layer_names of a few hundred
  /// layers, is kilobytes); the architecture has a limit of its own, derived from the model.
  static constexpr std::size_t largest_attribute = std::size_t{16} << 20;

  /// A list of strings stored as fixed-length or variable-length text; an empty attribute of any
  /// type (Keras writes layers without weights that way) is an empty list. One that declares more
  /// than `largest_bytes` is refused before it is read (variable-length text declares only its
  /// count: its total is checked once read).
  std::vector<std::string> strings(hid_t object, const char* name, const std::string& what,
                                   std::size_t largest_bytes = largest_attribute) const {
    handle attribute(H5Aopen(object, name, H5P_DEFAULT), H5Aclose);
    if (!attribute.valid()) fail(what + ": the attribute '" + std::string(name) + "' is missing");
    handle type(H5Aget_type(attribute.get()), H5Tclose), space(H5Aget_space(attribute.get()), H5Sclose);
    const hssize_t count = H5Sget_simple_extent_npoints(space.get());
    if (count < 0 || !type.valid()) fail(what + ": the attribute '" + std::string(name) + "' cannot be read");
    if (count == 0) return {};
    if (H5Tget_class(type.get()) != H5T_STRING) fail(what + ": the attribute '" + std::string(name) + "' is not text");
    const bool variable = H5Tis_variable_str(type.get()) > 0;
    const std::size_t item_bytes = variable ? sizeof(char*) : std::max<std::size_t>(H5Tget_size(type.get()), 1);
    if (static_cast<std::uint64_t>(count) > largest_bytes / item_bytes)
      fail(what + ": the attribute '" + std::string(name) + "' declares " + std::to_string(count) + (count == 1 ? " string" : " strings") +
           (variable ? "" : " of " + std::to_string(item_bytes) + " bytes") + ", more than the " +
           std::to_string(largest_bytes) + " bytes accepted");
    std::vector<std::string> result;
    if (variable) {
      handle memory(H5Tcopy(H5T_C_S1), H5Tclose);
      H5Tset_size(memory.get(), H5T_VARIABLE);
      H5Tset_cset(memory.get(), H5Tget_cset(type.get()));
      std::vector<char*> texts(static_cast<std::size_t>(count), nullptr);
      if (H5Aread(attribute.get(), memory.get(), texts.data()) < 0)
        fail(what + ": the attribute '" + std::string(name) + "' cannot be read");
      std::size_t total = 0;
      for (const char* text : texts) {
        const std::string_view view = text != nullptr ? std::string_view(text) : std::string_view();
        total += view.size();
        if (total <= largest_bytes) result.emplace_back(view);
      }
      H5Dvlen_reclaim(memory.get(), space.get(), H5P_DEFAULT, texts.data());
      if (total > largest_bytes)
        fail(what + ": the attribute '" + std::string(name) + "' holds more than the " + std::to_string(largest_bytes) +
             " bytes accepted");
    } else {
      const std::size_t size = item_bytes;
      std::vector<char> buffer(static_cast<std::size_t>(count) * size);
      if (H5Aread(attribute.get(), type.get(), buffer.data()) < 0)
        fail(what + ": the attribute '" + std::string(name) + "' cannot be read");
      for (hssize_t i = 0; i < count; ++i) {
        const char* text = buffer.data() + static_cast<std::size_t>(i) * size;
        result.emplace_back(text, std::find(text, text + size, '\0'));
      }
    }
    return result;
  }

  /// The extents of an open dataset.
  static std::vector<std::size_t> extents(hid_t dataset) {
    handle space(H5Dget_space(dataset), H5Sclose);
    const int rank = H5Sget_simple_extent_ndims(space.get());
    std::vector<hsize_t> dims(static_cast<std::size_t>(std::max(rank, 0)));
    H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr);
    return {dims.begin(), dims.end()};
  }

  /// The names of the objects in `group` (hard links; soft and external links lead elsewhere),
  /// in name order.
  std::vector<std::string> links(hid_t group, const std::string& what) const {
    std::vector<std::string> names;
    auto collect = [](hid_t, const char* name, const H5L_info_t* info, void* out) -> herr_t {
      if (info->type == H5L_TYPE_HARD) static_cast<std::vector<std::string>*>(out)->emplace_back(name);
      return 0;
    };
    if (H5Literate(group, H5_INDEX_NAME, H5_ITER_NATIVE, nullptr, collect, &names) < 0)
      fail(what + " cannot be listed (is the file damaged?)");
    return names;
  }

  /// Reads a float32 dataset of exactly `dims` into `destination`.
  void read_floats(hid_t group, const std::string& name, const std::vector<std::size_t>& dims,
                   std::span<float> destination, const std::string& what) const {
    // Weight names hold '/', and H5Lexists needs every group on the way to exist: each prefix is
    // checked in turn, so a missing group and a missing dataset both read as "missing".
    for (std::size_t end = name.find('/'); ; end = name.find('/', end + 1)) {
      if (!has_link(group, name.substr(0, end))) fail(what + ": the dataset '" + name + "' is missing");
      if (end == std::string::npos) break;
    }
    handle dataset(H5Dopen2(group, name.c_str(), H5P_DEFAULT), H5Dclose);
    if (!dataset.valid()) fail(what + ": the dataset '" + name + "' cannot be opened (is the file damaged?)");
    handle type(H5Dget_type(dataset.get()), H5Tclose);
    if (H5Tget_class(type.get()) != H5T_FLOAT || H5Tget_size(type.get()) != 4)
      fail(what + ": '" + name + "' holds " + describe_type(type.get()) + ", expected float32");
    const std::vector<std::size_t> found = extents(dataset.get());
    if (found != dims) fail(what + ": '" + name + "' has shape " + bracketed(found) + ", expected " + bracketed(dims));
    if (H5Dread(dataset.get(), H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, destination.data()) < 0)
      fail(what + ": '" + name + "' cannot be read (is the file truncated?)");
  }

 private:
  hid_t open() const {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path_, error)) fail("no such file");
    const htri_t is_hdf5 = H5Fis_hdf5(path_.c_str());
    if (is_hdf5 == 0) fail("not an HDF5 file (Keras .h5 files are HDF5)");
    const hid_t file = is_hdf5 > 0 ? H5Fopen(path_.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT) : -1;
    if (file < 0) fail("the HDF5 file cannot be opened (is it truncated or damaged?)");
    return file;
  }

  static std::string describe_type(hid_t type) {
    const std::string bits = std::to_string(8 * H5Tget_size(type));
    switch (H5Tget_class(type)) {
      case H5T_FLOAT: return "float" + bits;
      case H5T_INTEGER: return "int" + bits;
      case H5T_STRING: return "text";
      default: return "a non-numeric type";
    }
  }

  hid_t open_image(const std::vector<char>& image) const {
    static constexpr char signature[] = "\x89HDF\r\n\x1a\n";
    if (image.size() < 8 || !std::equal(signature, signature + 8, image.begin()))
      fail("not an HDF5 file (Keras 3 writes the weights of a .keras archive as HDF5)");
    handle access(H5Pcreate(H5P_FILE_ACCESS), H5Pclose);
    if (!access.valid() || H5Pset_fapl_core(access.get(), 1 << 16, 0) < 0 ||
        H5Pset_file_image(access.get(), const_cast<char*>(image.data()), image.size()) < 0)
      fail("the HDF5 image cannot be opened in memory");
    // The core driver refuses a name that exists on disk; one inside the archive (a path below a
    // regular file) cannot.
    const std::string inside = name_ + "/model.weights.h5";
    const hid_t file = H5Fopen(inside.c_str(), H5F_ACC_RDONLY, access.get());
    if (file < 0) fail("the HDF5 file cannot be opened (is it truncated or damaged?)");
    return file;
  }

  quiet_hdf5 quiet_;
  std::string who_, name_;
  std::filesystem::path path_;
  handle file_;
};

}  // namespace ctnn::keras::detail
