// A model file must never make the loader read another file or the caller's memory (issue 18).
// Each attack is crafted here, at test time, with the HDF5 C library (and libzip for the .keras
// archive), from the small valid files of tests/keras_files, in all three formats: a legacy .h5,
// a Keras 3 .weights.h5 and a .keras archive's model.weights.h5. Every one must end in a file_error
// that names the dataset or link and the reason, in process and isolated alike, leave the model's
// weights as they were, and read nothing: the files it points to in this test's folder are
// watched with inotify (no open, no read), its FIFO by a thread that would see a reader.
#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>
#include <hdf5.h>
#include <zip.h>

#include <ctnn/io/detail/keras_reader.hpp>
#include <ctnn/io/isolated_load.hpp>

#include "support/keras_file_models.hpp"

using Catch::Matchers::Contains;
using namespace std::chrono_literals;

namespace {

const std::filesystem::path files_dir = CTNN_KERAS_FILES_DIR;

/// What the caller's memory holds and a hostile file would like to read through /proc/self/mem.
alignas(64) const char caller_secret[64] = "ctnn test: the caller's memory, which no weight may ever hold";

/// The three formats: a file of tests/keras_files, the dataset the attacks replace, its extents
/// and the type the file loads into.
enum class format { legacy_h5, keras3_weights, keras_archive };

struct format_case {
  format kind;
  const char* source;        // the valid file the attack starts from
  const char* dataset;       // a weight of that file (in the archive: of its model.weights.h5)
  std::vector<hsize_t> dims;
};

const format_case formats[] = {
    {format::legacy_h5, "valid_keras2.h5", "/model_weights/dense/dense/kernel:0", {4, 3}},
    {format::keras3_weights, "cgan_flat_keras3.weights.h5", "/layers/dense/vars/0", {5, 3}},
    {format::keras_archive, "cgan_nested_keras3.keras", "/layers/sequential/layers/dense/vars/0", {5, 3}},
};

const char* name_of(format kind) {
  switch (kind) {
    case format::legacy_h5: return "legacy .h5";
    case format::keras3_weights: return "Keras 3 .weights.h5";
    case format::keras_archive: return ".keras";
  }
  return "?";
}

std::vector<char> bytes_of(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_bytes(const std::filesystem::path& path, const std::vector<char>& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

/// A member of a zip archive on disk.
std::vector<char> zip_member(const std::filesystem::path& archive, const char* member) {
  int error = 0;
  zip_t* zip = zip_open(archive.c_str(), ZIP_RDONLY, &error);
  REQUIRE(zip != nullptr);
  zip_stat_t stat;
  REQUIRE(zip_stat(zip, member, 0, &stat) == 0);
  std::vector<char> bytes(stat.size);
  zip_file_t* file = zip_fopen(zip, member, 0);
  REQUIRE(file != nullptr);
  REQUIRE(zip_fread(file, bytes.data(), bytes.size()) == static_cast<zip_int64_t>(bytes.size()));
  zip_fclose(file);
  zip_close(zip);
  return bytes;
}

/// A .keras archive of `source`'s config.json and metadata.json and the weights file `weights`.
void write_archive(const std::filesystem::path& path, const std::filesystem::path& source, const std::vector<char>& weights) {
  const std::vector<char> config = zip_member(source, "config.json"), metadata = zip_member(source, "metadata.json");
  std::filesystem::remove(path);
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(zip != nullptr);
  for (const auto& [name, bytes] : {std::pair{"metadata.json", &metadata}, std::pair{"config.json", &config},
                                    std::pair{"model.weights.h5", &weights}}) {
    zip_source_t* member = zip_source_buffer(zip, bytes->data(), bytes->size(), 0);
    REQUIRE(member != nullptr);
    REQUIRE(zip_file_add(zip, name, member, ZIP_FL_OVERWRITE) >= 0);
  }
  REQUIRE(zip_close(zip) == 0);
}

/// An HDF5 identifier closed at the end of the scope (the test's own use of HDF5, to craft files).
struct hid {
  hid_t id;
  herr_t (*close)(hid_t);
  ~hid() {
    if (id >= 0) close(id);
  }
};

/// Opens `path` for writing, runs `change(file)` on it and closes it.
void change_file(const std::filesystem::path& path, const std::function<void(hid_t)>& change) {
  const hid file{H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT), H5Fclose};
  REQUIRE(file.id >= 0);
  change(file.id);
}

/// Replaces the dataset `name` by one that `dcpl` makes (external storage, virtual layout,
/// filters), of the same float32 extents; `values` are written where the dataset holds its own.
void replace_dataset(hid_t file, const char* name, const std::vector<hsize_t>& dims, hid_t dcpl,
                     const std::vector<float>* values = nullptr) {
  REQUIRE(H5Ldelete(file, name, H5P_DEFAULT) >= 0);
  const hid space{H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr), H5Sclose};
  const hid dataset{H5Dcreate2(file, name, H5T_IEEE_F32LE, space.id, H5P_DEFAULT, dcpl, H5P_DEFAULT), H5Dclose};
  REQUIRE(dataset.id >= 0);
  if (values != nullptr) REQUIRE(H5Dwrite(dataset.id, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, values->data()) >= 0);
}

std::size_t count_of(const std::vector<hsize_t>& dims) {
  std::size_t count = 1;
  for (const hsize_t d : dims) count *= d;
  return count;
}

/// A file next to the model whose bytes would be the weights an attack wants loaded (floats 7).
void write_float_file(const std::filesystem::path& path, std::size_t count) {
  const std::vector<float> values(count, 7.0f);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(values.data()), static_cast<std::streamsize>(values.size() * sizeof(float)));
}

/// An HDF5 file holding a float32 dataset `name` of `dims`, every value 7: what an external link
/// or a virtual dataset would read.
void write_source_h5(const std::filesystem::path& path, const char* name, const std::vector<hsize_t>& dims) {
  const hid file{H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), H5Fclose};
  REQUIRE(file.id >= 0);
  const hid links{H5Pcreate(H5P_LINK_CREATE), H5Pclose};
  H5Pset_create_intermediate_group(links.id, 1);
  const hid space{H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr), H5Sclose};
  const hid dataset{H5Dcreate2(file.id, name, H5T_IEEE_F32LE, space.id, links.id, H5P_DEFAULT, H5P_DEFAULT), H5Dclose};
  REQUIRE(dataset.id >= 0);
  const std::vector<float> values(count_of(dims), 7.0f);
  REQUIRE(H5Dwrite(dataset.id, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()) >= 0);
}

/// Watches files for being opened or read (Linux inotify): `touched()` lists what was.
class access_watch {
 public:
  access_watch() : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) { REQUIRE(fd_ >= 0); }
  ~access_watch() { ::close(fd_); }
  void watch(const std::filesystem::path& path) {
    const int wd = inotify_add_watch(fd_, path.c_str(), IN_OPEN | IN_ACCESS);
    REQUIRE(wd >= 0);
    watched_.emplace_back(wd, path.filename().string());
  }
  std::vector<std::string> touched() {
    std::vector<std::string> names;
    alignas(inotify_event) char buffer[4096];
    for (ssize_t got; (got = ::read(fd_, buffer, sizeof buffer)) > 0;) {
      for (char* at = buffer; at < buffer + got;) {
        const auto* event = reinterpret_cast<const inotify_event*>(at);
        for (const auto& [wd, name] : watched_)
          if (wd == event->wd) names.push_back(name);
        at += sizeof(inotify_event) + event->len;
      }
    }
    return names;
  }

 private:
  int fd_;
  std::vector<std::pair<int, std::string>> watched_;
};

/// A FIFO that a thread offers to any reader while a load runs: a reader that opened it would
/// block until a writer comes, so the thread comes (and says so) rather than let the test hang.
class fifo_guard {
 public:
  explicit fifo_guard(std::filesystem::path path) : path_(std::move(path)) {
    std::filesystem::remove(path_);
    REQUIRE(::mkfifo(path_.c_str(), 0600) == 0);
    thread_ = std::thread([this] {
      while (!stop_) {
        const int fd = ::open(path_.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);  // succeeds only while a reader has it open
        if (fd >= 0) {
          opened_ = true;
          ::close(fd);  // the reader sees its end
        }
        std::this_thread::sleep_for(2ms);
      }
    });
  }
  ~fifo_guard() {
    stop_ = true;
    thread_.join();
  }
  bool opened() const { return opened_; }

 private:
  std::filesystem::path path_;
  std::atomic<bool> stop_{false}, opened_{false};
  std::thread thread_;
};

/// One attack: what it does to the dataset (or its link) and the words the refusal must hold.
struct attack {
  std::string name;
  std::function<void(hid_t file, const format_case&)> apply;
  std::string reason;
};

}  // namespace

TEST_CASE("confinement: a file that points outside itself is refused, reading nothing, in every format",
          "[keras][confinement]") {
  using tiny = keras_file_models::tiny;
  using cgan = keras_file_models::cgan;
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);  // crafting tries things HDF5 complains about

  const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("ctnn_confinement_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::filesystem::path floats = dir / "floats.bin", fifo = dir / "fifo", source = dir / "source.h5";
  write_float_file(floats, 64);
  const auto secret_address = static_cast<off_t>(reinterpret_cast<std::uintptr_t>(caller_secret));

  auto external_storage = [](std::string target, off_t offset = 0) {
    return [target, offset](hid_t file, const format_case& at) {
      const hid dcpl{H5Pcreate(H5P_DATASET_CREATE), H5Pclose};
      REQUIRE(H5Pset_external(dcpl.id, target.c_str(), offset, count_of(at.dims) * sizeof(float)) >= 0);
      replace_dataset(file, at.dataset, at.dims, dcpl.id);
    };
  };
  std::vector<attack> attacks = {
      {"external storage: /etc/passwd", external_storage("/etc/passwd"), "keeps its values outside the file (HDF5 external storage in '/etc/passwd')"},
      {"external storage: /proc/self/environ", external_storage("/proc/self/environ"), "HDF5 external storage in '/proc/self/environ'"},
      {"external storage: /proc/self/maps", external_storage("/proc/self/maps"), "HDF5 external storage in '/proc/self/maps'"},
      {"external storage: ../../../etc/passwd", external_storage("../../../etc/passwd"), "HDF5 external storage in '../../../etc/passwd'"},
      {"external storage: /dev/null", external_storage("/dev/null"), "HDF5 external storage in '/dev/null'"},
      {"external storage: the caller's memory", external_storage("/proc/self/mem", secret_address), "HDF5 external storage in '/proc/self/mem'"},
      {"external storage: a file beside it", external_storage(floats.string()), "HDF5 external storage in '" + floats.string() + "'"},
      {"external storage: a FIFO", external_storage(fifo.string()), "HDF5 external storage in '" + fifo.string() + "'"},
      {"external link to another file's dataset",
       [&](hid_t file, const format_case& at) {
         REQUIRE(H5Ldelete(file, at.dataset, H5P_DEFAULT) >= 0);
         REQUIRE(H5Lcreate_external(source.c_str(), "/weights", file, at.dataset, H5P_DEFAULT, H5P_DEFAULT) >= 0);
       },
       "is an external link to '/weights' in the file '" + source.string() + "'"},
      {"external link to a FIFO",
       [&](hid_t file, const format_case& at) {
         REQUIRE(H5Ldelete(file, at.dataset, H5P_DEFAULT) >= 0);
         REQUIRE(H5Lcreate_external(fifo.c_str(), "/weights", file, at.dataset, H5P_DEFAULT, H5P_DEFAULT) >= 0);
       },
       "is an external link to '/weights' in the file '" + fifo.string() + "'"},
      {"external link in place of a layer's group",
       [&](hid_t file, const format_case& at) {
         const std::string group = std::string(at.dataset).substr(0, std::string(at.dataset).rfind('/'));
         REQUIRE(H5Ldelete(file, group.c_str(), H5P_DEFAULT) >= 0);
         REQUIRE(H5Lcreate_external(source.c_str(), "/group", file, group.c_str(), H5P_DEFAULT, H5P_DEFAULT) >= 0);
       },
       "is an external link to '/group' in the file '" + source.string() + "'"},
      {"soft link to a dataset elsewhere in the file",
       [](hid_t file, const format_case& at) {
         REQUIRE(H5Lmove(file, at.dataset, file, "/elsewhere", H5P_DEFAULT, H5P_DEFAULT) >= 0);
         REQUIRE(H5Lcreate_soft("/elsewhere", file, at.dataset, H5P_DEFAULT, H5P_DEFAULT) >= 0);
       },
       "is a soft link to '/elsewhere'"},
      {"soft link through an external link",
       [&](hid_t file, const format_case& at) {
         // The external link beside the dataset, named after it: the soft link is met first.
         const std::string outside = std::string(at.dataset) + "_outside";
         REQUIRE(H5Lcreate_external(source.c_str(), "/weights", file, outside.c_str(), H5P_DEFAULT, H5P_DEFAULT) >= 0);
         REQUIRE(H5Ldelete(file, at.dataset, H5P_DEFAULT) >= 0);
         REQUIRE(H5Lcreate_soft(outside.c_str(), file, at.dataset, H5P_DEFAULT, H5P_DEFAULT) >= 0);
       },
       "_outside'; Keras writes hard links only"},
      {"virtual dataset over another file",
       [&](hid_t file, const format_case& at) {
         const hid space{H5Screate_simple(static_cast<int>(at.dims.size()), at.dims.data(), nullptr), H5Sclose};
         const hid dcpl{H5Pcreate(H5P_DATASET_CREATE), H5Pclose};
         REQUIRE(H5Pset_virtual(dcpl.id, space.id, source.c_str(), "/weights", space.id) >= 0);
         replace_dataset(file, at.dataset, at.dims, dcpl.id);
       },
       "is a virtual dataset"},
      {"virtual dataset over a missing file",
       [&](hid_t file, const format_case& at) {
         const hid space{H5Screate_simple(static_cast<int>(at.dims.size()), at.dims.data(), nullptr), H5Sclose};
         const hid dcpl{H5Pcreate(H5P_DATASET_CREATE), H5Pclose};
         REQUIRE(H5Pset_virtual(dcpl.id, space.id, (dir / "missing.h5").c_str(), "/weights", space.id) >= 0);
         replace_dataset(file, at.dataset, at.dims, dcpl.id);
       },
       "is a virtual dataset"},
      {"a filter plugin",
       [](hid_t file, const format_case& at) {
         const hid dcpl{H5Pcreate(H5P_DATASET_CREATE), H5Pclose};
         REQUIRE(H5Pset_chunk(dcpl.id, static_cast<int>(at.dims.size()), at.dims.data()) >= 0);
         // LZF, which h5py offers and HDF5 would look for among its plugins (optional: HDF5 writes
         // the chunk unfiltered here, where no plugin is installed).
         REQUIRE(H5Pset_filter(dcpl.id, 32000, H5Z_FLAG_OPTIONAL, 0, nullptr) >= 0);
         const std::vector<float> values(count_of(at.dims), 7.0f);
         replace_dataset(file, at.dataset, at.dims, dcpl.id, &values);
       },
       "is stored through the HDF5 filter 32000"},
  };

  for (const format_case& at : formats) {
    write_source_h5(source, "/weights", at.dims);
    {
      const hid file{H5Fopen(source.c_str(), H5F_ACC_RDWR, H5P_DEFAULT), H5Fclose};
      const hid group{H5Gcreate2(file.id, "/group", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Gclose};
    }
    for (const attack& test : attacks) {
      INFO(name_of(at.kind) << ": " << test.name);
      // The attack, made from the valid file.
      const std::filesystem::path weights = dir / "weights.h5";
      write_bytes(weights, at.kind == format::keras_archive ? zip_member(files_dir / at.source, "model.weights.h5")
                                                            : bytes_of(files_dir / at.source));
      change_file(weights, [&](hid_t file) { test.apply(file, at); });
      const std::filesystem::path model_file =
          dir / (at.kind == format::legacy_h5 ? "model.h5" : at.kind == format::keras3_weights ? "model.weights.h5" : "model.keras");
      if (at.kind == format::keras_archive) write_archive(model_file, files_dir / at.source, bytes_of(weights));
      else std::filesystem::copy_file(weights, model_file, std::filesystem::copy_options::overwrite_existing);

      // Loaded in process, then isolated: the same refusal, nothing read, the weights kept.
      const fifo_guard guard(fifo);
      access_watch watch;
      for (const auto& path : {floats, source, dir / "fifo"}) watch.watch(path);
      std::string in_process, isolated;
      auto load_both = [&]<class Model>(Model& model) {
        const std::vector<float> before(model.parameters().begin(), model.parameters().end());
        try {
          ctnn::keras::load(model, model_file);
        } catch (const ctnn::keras::file_error& error) {
          in_process = error.what();
        }
        try {
          ctnn::keras::load(model, model_file, ctnn::keras::isolation{.time_limit = 20s});
        } catch (const ctnn::keras::file_error& error) {
          isolated = error.what();
        }
        CHECK(std::vector<float>(model.parameters().begin(), model.parameters().end()) == before);
      };
      if (at.kind == format::legacy_h5) {
        tiny model;
        load_both(model);
      } else {
        cgan model;
        load_both(model);
      }
      CHECK_THAT(in_process, Contains("ctnn::keras::load: " + model_file.string() + ": ") && Contains(test.reason));
      CHECK(isolated == in_process);
      CHECK(watch.touched().empty());
      CHECK_FALSE(guard.opened());
    }
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("confinement: HDF5's own filters are read; the in-memory driver gives the same weights", "[keras][confinement]") {
  // Deflate, shuffle and fletcher32 are HDF5's built-in filters (h5py's compression="gzip",
  // shuffle=True, fletcher32=True): allowed, and the values come through exactly.
  using tiny = keras_file_models::tiny;
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("ctnn_confinement_filters_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::filesystem::path file = dir / "deflated.h5";
  std::filesystem::copy_file(files_dir / "valid_keras2.h5", file, std::filesystem::copy_options::overwrite_existing);
  tiny original;
  ctnn::keras::load(original, files_dir / "valid_keras2.h5");
  const std::vector<float> kernel(original.parameters().begin(), original.parameters().begin() + 12);  // dense's [4, 3]
  change_file(file, [&](hid_t h5) {
    const std::vector<hsize_t> dims = {4, 3};
    const hid dcpl{H5Pcreate(H5P_DATASET_CREATE), H5Pclose};
    REQUIRE(H5Pset_chunk(dcpl.id, 2, dims.data()) >= 0);
    REQUIRE(H5Pset_shuffle(dcpl.id) >= 0);
    REQUIRE(H5Pset_deflate(dcpl.id, 6) >= 0);
    REQUIRE(H5Pset_fletcher32(dcpl.id) >= 0);
    replace_dataset(h5, "/model_weights/dense/dense/kernel:0", dims, dcpl.id, &kernel);
  });
  tiny loaded;
  ctnn::keras::load(loaded, file);
  CHECK(std::vector<float>(loaded.parameters().begin(), loaded.parameters().end()) ==
        std::vector<float>(original.parameters().begin(), original.parameters().end()));
  std::filesystem::remove_all(dir);
}

TEST_CASE("confinement: only a regular file of a size the model can have is read", "[keras][confinement]") {
  using tiny = keras_file_models::tiny;
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("ctnn_confinement_kinds_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  tiny model;
  // A FIFO or a device as the model file itself: refused before it is opened.
  const std::filesystem::path fifo = dir / "model.h5";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_THROWS_WITH(ctnn::keras::load(model, fifo), "ctnn::keras::load: " + fifo.string() + ": not a regular file");
  CHECK_THROWS_WITH(ctnn::keras::load(model, "/dev/zero"), "ctnn::keras::load: /dev/zero: not a regular file");
  // A file larger than any Keras file of the model: refused before it is read.
  const std::filesystem::path large = dir / "large.h5";
  std::filesystem::copy_file(files_dir / "valid_keras2.h5", large);
  std::filesystem::resize_file(large, ctnn::keras::detail::largest_file(ctnn::keras::detail::model_facts_of<tiny>) + 1);
  CHECK_THROWS_WITH(ctnn::keras::load(model, large), Contains("more than the") && Contains("that any Keras file of this model holds"));
  std::filesystem::remove_all(dir);
}
