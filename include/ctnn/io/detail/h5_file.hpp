// ctnn/io/detail/h5_file.hpp: the parts of an HDF5 file that Keras writes, read through the HDF5 C library
// (Debian: libhdf5-dev) from the file's bytes in memory; every failure names the file.
//
// A file from a stranger can ask HDF5 to read elsewhere: a dataset's values in another file
// ("external storage", H5Pset_external: /etc/passwd, /proc/self/mem, a FIFO), a virtual dataset
// mapping other files, an external link to an object of another file, a soft link into one, a
// filter plugin (a shared library HDF5 would load and run). ctnn reads only what the file itself
// holds, in two layers:
// - HDF5 sees the file only through `confined_driver`, a read-only driver over the bytes that
//   ctnn read (ctnn/io/detail/file_bytes.hpp): it opens exactly one name, these bytes, and refuses every
//   other file HDF5 asks it for (an external link's target, a virtual dataset's source), so that a
//   check forgotten somewhere fails closed;
// - every object is reached through `h5_file`, which follows hard links only (it names any other
//   link it meets), and checks each dataset's storage before reading its extents or values:
//   stored in the file (contiguous, chunked, compact), no external storage, no virtual layout,
//   no filter but deflate, shuffle and fletcher32 (those HDF5 builds in; no plugin is loaded).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <new>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <hdf5.h>
#if H5_VERSION_GE(1, 13, 0)
#include <H5FDdevelop.h>  // the driver class, public in HDF5 1.10 and 1.12
#endif

#include "ctnn/io/detail/file_bytes.hpp"
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

// ---- The confined driver: HDF5 reads these bytes and opens nothing else ---------------------

/// The bytes of one HDF5 file and the one name under which HDF5 may open them. `refused` keeps the
/// first other name HDF5 asked for (where a file points outside itself), for the message.
struct confined_image {
  std::string name;
  std::span<const char> bytes;
  std::string refused;
};

/// An HDF5 virtual file driver (VFD) over a confined_image: read-only, in memory, one file.
struct confined_driver {
  /// What a file-access property list holds for this driver (copied by HDF5 with the list).
  struct access_info {
    confined_image* image = nullptr;
  };
  /// An open file: HDF5's part first, as every driver's file begins.
  struct file {
    H5FD_t base;
    confined_image* image;
    haddr_t end_of_allocation;
  };

  static constexpr haddr_t largest_address = (haddr_t{1} << 62) - 1;

  static void* copy_info(const void* info) {
    return new (std::nothrow) access_info(*static_cast<const access_info*>(info));
  }
  static herr_t free_info(void* info) {
    delete static_cast<access_info*>(info);
    return 0;
  }
  static void* info_of(H5FD_t* opened) {
    return new (std::nothrow) access_info{reinterpret_cast<file*>(opened)->image};
  }

  static H5FD_t* open(const char* name, unsigned flags, hid_t access, haddr_t) {
    const auto* info = static_cast<const access_info*>(H5Pget_driver_info(access));
    if (info == nullptr || info->image == nullptr || name == nullptr) return nullptr;
    confined_image& image = *info->image;
    if (image.name != name) {
      // An external link's target or a virtual dataset's source: never opened.
      if (image.refused.empty()) {
        try {
          image.refused = name;
        } catch (...) {  // no room to say it: the refusal stands without its name
        }
      }
      return nullptr;
    }
    if ((flags & (H5F_ACC_RDWR | H5F_ACC_TRUNC | H5F_ACC_EXCL | H5F_ACC_CREAT)) != 0) return nullptr;
    file* opened = new (std::nothrow) file{};
    if (opened == nullptr) return nullptr;
    opened->image = &image;
    return &opened->base;
  }
  static herr_t close(H5FD_t* opened) {
    delete reinterpret_cast<file*>(opened);
    return 0;
  }
  static int compare(const H5FD_t* a, const H5FD_t* b) {
    const auto* x = reinterpret_cast<const file*>(a)->image;
    const auto* y = reinterpret_cast<const file*>(b)->image;
    return x == y ? 0 : (std::less<const confined_image*>()(x, y) ? -1 : 1);
  }
  static herr_t query(const H5FD_t*, unsigned long* features) {
    *features = H5FD_FEAT_ACCUMULATE_METADATA;  // metadata read in larger pieces, as other drivers do
    return 0;
  }
  static haddr_t end_of_allocation(const H5FD_t* opened, H5FD_mem_t) { return reinterpret_cast<const file*>(opened)->end_of_allocation; }
  static herr_t set_end_of_allocation(H5FD_t* opened, H5FD_mem_t, haddr_t address) {
    if (address > largest_address) return -1;
    reinterpret_cast<file*>(opened)->end_of_allocation = address;
    return 0;
  }
  static haddr_t end_of_file(const H5FD_t* opened, H5FD_mem_t) { return reinterpret_cast<const file*>(opened)->image->bytes.size(); }
  /// Bytes past the end read as zeros, as HDF5's own drivers give them.
  static herr_t read(H5FD_t* opened, H5FD_mem_t, hid_t, haddr_t address, std::size_t size, void* buffer) {
    if (address == HADDR_UNDEF || address > largest_address || size > largest_address - address) return -1;
    const std::span<const char> bytes = reinterpret_cast<file*>(opened)->image->bytes;
    char* out = static_cast<char*>(buffer);
    if (address < bytes.size()) {
      const std::size_t available = std::min<std::size_t>(size, bytes.size() - static_cast<std::size_t>(address));
      std::memcpy(out, bytes.data() + address, available);
      out += available;
      size -= available;
    }
    std::memset(out, 0, size);
    return 0;
  }
  static herr_t write(H5FD_t*, H5FD_mem_t, hid_t, haddr_t, std::size_t, const void*) { return -1; }

  static H5FD_class_t make_class() {
    H5FD_class_t description{};
#if H5_VERSION_GE(1, 13, 0)
    description.version = H5FD_CLASS_VERSION;
    description.value = static_cast<H5FD_class_value_t>(511);  // among the values HDF5 leaves to unregistered drivers
#endif
    description.name = "ctnn_confined";
    description.maxaddr = largest_address;
    description.fc_degree = H5F_CLOSE_WEAK;
    description.fapl_size = sizeof(access_info);
    description.fapl_get = &info_of;
    description.fapl_copy = &copy_info;
    description.fapl_free = &free_info;
    description.open = &open;
    description.close = &close;
    description.cmp = &compare;
    description.query = &query;
    description.get_eoa = &end_of_allocation;
    description.set_eoa = &set_end_of_allocation;
    description.get_eof = &end_of_file;
    description.read = &read;
    description.write = &write;
    const H5FD_mem_t free_lists[] = H5FD_FLMAP_DICHOTOMY;
    std::copy(std::begin(free_lists), std::end(free_lists), std::begin(description.fl_map));
    return description;
  }

  /// The driver's id, registered once per HDF5 session (again after a caller's H5close).
  static hid_t id() {
    static std::mutex mutex;
    static hid_t registered = H5I_INVALID_HID;
    const std::lock_guard lock(mutex);
    if (registered < 0 || H5Iis_valid(registered) <= 0) {
      static const H5FD_class_t description = make_class();
      registered = H5FDregister(&description);
    }
    return registered;
  }
};

// ---- The file -------------------------------------------------------------------------------

/// Whether `bytes` are an HDF5 file: its signature at 0, or after a user block of 512, 1024,
/// 2048, ... bytes, where HDF5 looks for it.
inline bool has_hdf5_signature(std::span<const char> bytes) {
  static constexpr char signature[] = "\x89HDF\r\n\x1a\n";
  for (std::size_t at = 0; at + 8 <= bytes.size(); at = at == 0 ? 512 : 2 * at)
    if (std::equal(signature, signature + 8, bytes.begin() + static_cast<std::ptrdiff_t>(at))) return true;
  return false;
}

/// Reads the parts of an HDF5 file that Keras writes, from its bytes and from nothing else; every
/// failure names the file.
class h5_file {
 public:
  /// The file at `path`, read whole (at most `largest_bytes`); `who` opens every error message.
  explicit h5_file(const std::filesystem::path& path, std::string who = "ctnn::keras::load_h5",
                   std::uint64_t largest_bytes = largest_file_without_model)
      : h5_file(path.string(), read_file_bytes(path, who, largest_bytes), who) {}
  /// An HDF5 file held in memory (a whole file read, or a `.keras` archive's model.weights.h5,
  /// `archive_member`); `name` is how messages call it.
  h5_file(std::string name, byte_buffer bytes, std::string who, bool archive_member = false)
      : who_(std::move(who)), name_(std::move(name)), bytes_(std::move(bytes)), file_(open(archive_member), H5Fclose) {}
  h5_file(const h5_file&) = delete;
  h5_file& operator=(const h5_file&) = delete;

  [[noreturn]] void fail(const std::string& what) const { throw file_error(who_ + ": " + name_ + ": " + what); }

  hid_t root() const { return file_.get(); }

  /// Whether `path` (below `parent`) names an object reached through hard links; fails when
  /// the way there passes any other kind of link.
  bool has_link(hid_t parent, const std::string& path) const { return leads_inside(parent, path, "'" + path + "'"); }
  bool has_attribute(hid_t object, const char* name) const { return H5Aexists(object, name) > 0; }

  handle open_group(hid_t parent, const std::string& path, const std::string& what) const {
    if (!leads_inside(parent, path, what)) fail(what + ": the file has no group '" + path + "'");
    handle group(H5Gopen2(parent, path.c_str(), group_access_.get()), H5Gclose);
    if (!group.valid()) fail(what + ": the group '" + path + "' cannot be read");
    return group;
  }

  /// A group or a dataset (anything else is an invalid handle's caller's business: H5Iget_type).
  handle open_object(hid_t parent, const std::string& path, const std::string& what) const {
    if (!leads_inside(parent, path, what)) fail(what + ": the file has no object '" + path + "'");
    handle object(H5Oopen(parent, path.c_str(), link_access_.get()), H5Oclose);
    if (!object.valid()) fail(what + ": the object '" + path + "' cannot be opened (is the file damaged?)");
    return object;
  }

  /// The dataset at `path`, after checking that its values are stored in this file (see the top
  /// of this header): what it must be before its extents or values are read.
  handle open_dataset(hid_t parent, const std::string& path, const std::string& what) const {
    if (!leads_inside(parent, path, what)) fail(what + ": the dataset '" + path + "' is missing");
    handle dataset(H5Dopen2(parent, path.c_str(), dataset_access_.get()), H5Dclose);
    if (!dataset.valid()) fail(what + ": the dataset '" + path + "' cannot be opened (is the file damaged?)");
    check_storage(dataset.get(), path, what);
    return dataset;
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

  /// The extents of a dataset opened with open_dataset.
  static std::vector<std::size_t> extents(hid_t dataset) {
    handle space(H5Dget_space(dataset), H5Sclose);
    const int rank = H5Sget_simple_extent_ndims(space.get());
    std::vector<hsize_t> dims(static_cast<std::size_t>(std::max(rank, 0)));
    H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr);
    return {dims.begin(), dims.end()};
  }

  /// The names of the objects in `group`, in name order. Keras writes hard links only: any other
  /// link there is refused with what it points to.
  std::vector<std::string> links(hid_t group, const std::string& what) const {
    struct listing {
      std::vector<std::string> names;
      std::string other;  // the first link that is not a hard one
    } found;
    auto collect = [](hid_t, const char* name, const H5L_info_t* info, void* out) -> herr_t {
      auto& list = *static_cast<listing*>(out);
      if (info->type == H5L_TYPE_HARD) list.names.emplace_back(name);
      else if (list.other.empty()) list.other = name;
      return 0;
    };
    if (H5Literate(group, H5_INDEX_NAME, H5_ITER_NATIVE, nullptr, collect, &found) < 0)
      fail(what + " cannot be listed (is the file damaged?)");
    if (!found.other.empty()) refuse_link(group, found.other, what);
    return std::move(found.names);
  }

  /// Reads a float32 dataset of exactly `dims` into `destination`.
  void read_floats(hid_t group, const std::string& name, const std::vector<std::size_t>& dims,
                   std::span<float> destination, const std::string& what) const {
    handle dataset = open_dataset(group, name, what);
    handle type(H5Dget_type(dataset.get()), H5Tclose);
    if (H5Tget_class(type.get()) != H5T_FLOAT || H5Tget_size(type.get()) != 4)
      fail(what + ": '" + name + "' holds " + describe_type(type.get()) + ", expected float32");
    const std::vector<std::size_t> found = extents(dataset.get());
    if (found != dims) fail(what + ": '" + name + "' has shape " + bracketed(found) + ", expected " + bracketed(dims));
    if (H5Dread(dataset.get(), H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, destination.data()) < 0)
      fail(what + ": '" + name + "' cannot be read (is the file truncated?)");
  }

 private:
  static std::string describe_type(hid_t type) {
    const std::string bits = std::to_string(8 * H5Tget_size(type));
    switch (H5Tget_class(type)) {
      case H5T_FLOAT: return "float" + bits;
      case H5T_INTEGER: return "int" + bits;
      case H5T_STRING: return "text";
      default: return "a non-numeric type";
    }
  }

  /// An external link's traversal, refused before HDF5 opens its file (the driver would refuse
  /// the file too): where it pointed is kept for the message.
  static herr_t refuse_external_link(const char*, const char*, const char* child_file, const char* child_object, unsigned*,
                                     hid_t, void* data) {
    auto& refused = static_cast<h5_file*>(data)->image_.refused;
    if (refused.empty()) {
      try {
        refused = std::string(child_file != nullptr ? child_file : "?") + " (object " + (child_object != nullptr ? child_object : "?") + ")";
      } catch (...) {
      }
    }
    return -1;
  }

  /// Property lists for opening links, groups and datasets, each refusing external links.
  handle access_list(hid_t list_class) {
    handle list(H5Pcreate(list_class), H5Pclose);
    if (!list.valid() || H5Pset_elink_cb(list.get(), &refuse_external_link, this) < 0)
      fail("HDF5 cannot make a property list (out of memory?)");
    return list;
  }

  hid_t open(bool archive_member) {
    if (!has_hdf5_signature(bytes_))
      fail(archive_member ? "not an HDF5 file (Keras 3 writes the weights of a .keras archive as HDF5)"
                          : "not an HDF5 file (Keras .h5 files are HDF5)");
    // A name no other file can have: it is only ever compared with what HDF5 asks the driver for.
    image_.name = "ctnn-confined:" + name_;
    image_.bytes = bytes_;
    const hid_t driver = confined_driver::id();
    handle access(H5Pcreate(H5P_FILE_ACCESS), H5Pclose);
    const confined_driver::access_info info{&image_};
    if (driver < 0 || !access.valid() || H5Pset_driver(access.get(), driver, &info) < 0)
      fail("HDF5 cannot set up ctnn's in-memory driver");
    const hid_t file = H5Fopen(image_.name.c_str(), H5F_ACC_RDONLY, access.get());
    if (file < 0) fail("the HDF5 file cannot be opened (is it truncated or damaged?)");
    return file;
  }

  /// Whether `path` exists below `parent` through hard links only; any other link on the way is
  /// refused with what it points to.
  bool leads_inside(hid_t parent, const std::string& path, const std::string& what) const {
    if (path.empty()) return false;
    for (std::size_t end = path.find('/', 1);; end = path.find('/', end + 1)) {
      const std::string prefix = path.substr(0, end);
      if (!prefix.ends_with('/') && prefix != ".") {  // "a//b" and "./a" name what "a/b" and "a" do
        if (H5Lexists(parent, prefix.c_str(), link_access_.get()) <= 0) return false;
        H5L_info_t info;
        if (H5Lget_info(parent, prefix.c_str(), &info, link_access_.get()) < 0) return false;
        if (info.type != H5L_TYPE_HARD) refuse_link(parent, prefix, what);
      }
      if (end == std::string::npos) return true;
    }
  }

  /// Fails naming the link `name` below `parent` that is not a hard link, and where it points.
  [[noreturn]] void refuse_link(hid_t parent, const std::string& name, const std::string& what) const {
    H5L_info_t info;
    std::string kind = "a link of unknown kind";
    if (H5Lget_info(parent, name.c_str(), &info, link_access_.get()) >= 0) {
      std::vector<char> value(std::min<std::size_t>(info.u.val_size, 4096) + 1, '\0');
      const bool read = info.u.val_size <= 4096 && H5Lget_val(parent, name.c_str(), value.data(), value.size(), link_access_.get()) >= 0;
      if (info.type == H5L_TYPE_SOFT) {
        kind = "a soft link" + (read ? " to '" + std::string(value.data()) + "'" : std::string());
      } else if (info.type == H5L_TYPE_EXTERNAL) {
        unsigned flags = 0;
        const char *file = nullptr, *object = nullptr;
        kind = "an external link";
        if (read && H5Lunpack_elink_val(value.data(), value.size(), &flags, &file, &object) >= 0 && file != nullptr && object != nullptr)
          kind += " to '" + std::string(object) + "' in the file '" + std::string(file) + "'";
      } else {
        kind = "a user-defined link (type " + std::to_string(static_cast<int>(info.type)) + ")";
      }
    }
    fail(what + ": '" + name + "' is " + kind +
         "; Keras writes hard links only, and ctnn reads nothing but what the file itself holds");
  }

  /// Refuses a dataset whose values would come from anywhere but this file, or through code
  /// other than HDF5's own deflate, shuffle and fletcher32 filters.
  void check_storage(hid_t dataset, const std::string& name, const std::string& what) const {
    handle creation(H5Dget_create_plist(dataset), H5Pclose);
    if (!creation.valid()) fail(what + ": the storage of '" + name + "' cannot be read (is the file damaged?)");
    const std::string outside = "; ctnn reads nothing but what the file itself holds";
    const H5D_layout_t layout = H5Pget_layout(creation.get());
    if (layout == H5D_VIRTUAL)
      fail(what + ": '" + name + "' is a virtual dataset (HDF5 VDS: its values come from other datasets, other files)" + outside);
    if (layout != H5D_CONTIGUOUS && layout != H5D_CHUNKED && layout != H5D_COMPACT)
      fail(what + ": '" + name + "' has a storage layout HDF5 does not know (is the file damaged?)");
    if (const int external = H5Pget_external_count(creation.get()); external != 0) {
      char file[256] = {};
      off_t offset = 0;
      hsize_t size = 0;
      const bool named = external > 0 && H5Pget_external(creation.get(), 0, sizeof file - 1, file, &offset, &size) >= 0;
      fail(what + ": '" + name + "' keeps its values outside the file (HDF5 external storage" +
           (named ? std::string(" in '") + file + "'" : std::string()) + ")" + outside);
    }
    const int filters = H5Pget_nfilters(creation.get());
    if (filters < 0) fail(what + ": the filters of '" + name + "' cannot be read (is the file damaged?)");
    for (int i = 0; i < filters; ++i) {
      unsigned flags = 0, configuration = 0, values[8] = {};
      std::size_t value_count = std::size(values);
      char filter_name[128] = {};
      const H5Z_filter_t filter =
          H5Pget_filter2(creation.get(), static_cast<unsigned>(i), &flags, &value_count, values, sizeof filter_name - 1, filter_name, &configuration);
      if (filter == H5Z_FILTER_DEFLATE || filter == H5Z_FILTER_SHUFFLE || filter == H5Z_FILTER_FLETCHER32) continue;
      fail(what + ": '" + name + "' is stored through the HDF5 filter " + std::to_string(filter) +
           (filter_name[0] != '\0' ? " ('" + std::string(filter_name) + "')" : std::string()) +
           "; ctnn reads datasets stored plain or through deflate (gzip), shuffle and fletcher32, and loads no filter plugin");
    }
  }

  quiet_hdf5 quiet_;
  std::string who_, name_;
  byte_buffer bytes_;
  mutable confined_image image_;  // HDF5's callbacks note in it what the file pointed to outside itself
  handle link_access_ = access_list(H5P_LINK_ACCESS), group_access_ = access_list(H5P_GROUP_ACCESS),
         dataset_access_ = access_list(H5P_DATASET_ACCESS);
  handle file_;
};

}  // namespace ctnn::keras::detail
