// ctnn/io/keras.hpp: load any file Keras saves into a ctnn model, the format told by content.
//
//   generator model;
//   ctnn::keras::load(model, "generator.keras");  // or .h5, or .weights.h5
//
// Needs HDF5, nlohmann/json and libzip (Debian: libhdf5-dev nlohmann-json3-dev libzip-dev); in
// CMake, link ctnn::keras. The formats, by their first bytes (file names lie: a legacy file may be
// called x.weights.h5):
// - a zip ("PK"): Keras 3's native `.keras` (config.json, metadata.json, model.weights.h5), also
//   written by tf.keras 2.13-2.15. The architecture in config.json is checked against the type as a
//   legacy file's model_config is; model.weights.h5 is read from memory, never through a file.
// - HDF5 with `layer_names` or `model_weights`: the legacy full save or weights file (load_h5).
// - HDF5 with `layers` (or tf.keras 2.13's `_layer_checkpoint_dependencies`): a Keras 3 weights
//   file, no architecture: each of the type's layers takes the weights of its class and rank.
// Nested models (a Sequential or Functional used as a layer) load into the flat ctnn type whose
// layers are theirs, inlined where they are called.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ctnn/io/keras_h5.hpp"
#include "ctnn/io/zip_archive.hpp"

namespace ctnn::keras {

namespace detail {

/// The file formats `load` reads.
enum class file_format { keras_archive, hdf5, unknown };

inline file_format sniff(const std::filesystem::path& path, const std::string& who) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) throw file_error(who + ": " + path.string() + ": no such file");
  std::ifstream in(path, std::ios::binary);
  std::array<char, 8> head{};
  in.read(head.data(), head.size());
  const auto got = static_cast<std::size_t>(in.gcount());
  if (got >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) return file_format::keras_archive;
  if (got == 8 && std::string(head.data(), 8) == "\x89HDF\r\n\x1a\n") return file_format::hdf5;
  // HDF5 allows a user block before its signature (at 512, 1024, ... bytes): HDF5 itself looks.
  const quiet_hdf5 quiet;
  return H5Fis_hdf5(path.c_str()) > 0 ? file_format::hdf5 : file_format::unknown;
}

/// The largest config.json or metadata.json accepted where no model says more (ctnn-keras-type);
/// `load` accepts at most largest_architecture(model).
inline constexpr std::uint64_t largest_config = std::uint64_t{64} << 20;

/// What a `.keras` archive holds: its architecture (config.json), its metadata.json ("" when it
/// has none) and the bytes of its model.weights.h5.
struct archive_members {
  std::string config, metadata;
  std::vector<char> weights;
};

/// The members of the `.keras` archive at `path`, each refused before it is allocated when it
/// declares more than it can hold; the weights file may declare at most `largest_weights` bytes,
/// config.json and metadata.json at most `largest_text`.
inline archive_members read_archive_members(const std::filesystem::path& path, const std::string& who,
                                            std::uint64_t largest_weights, std::uint64_t largest_text = largest_config) {
  const zip_archive archive(path, who);
  if (!archive.contains("config.json"))
    archive.fail("the archive has no config.json: it is not a Keras model archive (.keras)" +
                 std::string(archive.contains("model.weights.h5") ? "" : " and holds no model.weights.h5"));
  auto text = [&](const char* member) {
    const std::vector<char> bytes = archive.read(member, largest_text);
    return std::string(bytes.begin(), bytes.end());
  };
  archive_members members{text("config.json"), archive.contains("metadata.json") ? text("metadata.json") : std::string(), {}};
  members.weights = archive.read("model.weights.h5", largest_weights);
  return members;
}

/// The weights of a `.keras` archive for the model `model` describes.
inline std::vector<float> read_keras_archive(const model_facts& model, const std::filesystem::path& path, const std::string& who) {
  // The weights, the optimizer's state (Adam keeps two values per weight) and HDF5's bookkeeping:
  // a member that declares more is not this model's, and is refused before anything is allocated.
  const std::uint64_t largest_text = largest_architecture(model);
  const std::uint64_t largest_weights = largest_text + 16 * sizeof(float) * std::uint64_t{model.param_count};
  const archive_members members = read_archive_members(path, who, largest_weights, largest_text);
  const h5_file file(path.string(), members.weights, who);  // config.json and the weights: one file to the user
  return read_h5(model, file, &members.config);
}

/// The weights of the Keras file at `path`, of any format, for the model `model` describes.
inline std::vector<float> read_keras_file(const model_facts& model, const std::filesystem::path& path) {
  const std::string who = "ctnn::keras::load";
  switch (sniff(path, who)) {
    case file_format::keras_archive: return read_keras_archive(model, path, who);
    case file_format::hdf5: return read_h5(model, h5_file(path, who));
    case file_format::unknown: break;
  }
  throw file_error(who + ": " + path.string() +
                   ": neither a Keras archive (.keras, a zip) nor an HDF5 file (.h5, .weights.h5)");
}

}  // namespace detail

/// Loads the weights of any Keras file (`.keras`, legacy `.h5` full save or weights, Keras 3
/// `.weights.h5`) into `model`, after checking the file against the model's type. Throws
/// file_error naming the file, the layer and what differs, leaving `model` unchanged.
template <class Model>
void load(Model& model, const std::filesystem::path& path) {
  model.set_weights_flat(detail::read_keras_file(detail::facts_of<Model>, path));
}

}  // namespace ctnn::keras
