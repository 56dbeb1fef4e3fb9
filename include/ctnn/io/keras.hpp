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

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "ctnn/io/file_bytes.hpp"
#include "ctnn/io/keras_h5.hpp"
#include "ctnn/io/zip_archive.hpp"

namespace ctnn::keras {

namespace detail {

/// The file formats `load` reads.
enum class file_format { keras_archive, hdf5, unknown };

/// The format of a file's bytes, by their first bytes.
inline file_format sniff(std::span<const char> bytes) {
  if (bytes.size() >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) return file_format::keras_archive;
  return has_hdf5_signature(bytes) ? file_format::hdf5 : file_format::unknown;
}

/// The largest config.json or metadata.json accepted where no model says more (ctnn-keras-type);
/// `load` accepts at most largest_architecture(model).
inline constexpr std::uint64_t largest_config = std::uint64_t{64} << 20;

/// What a `.keras` archive holds: its architecture (config.json), its metadata.json ("" when it
/// has none) and the bytes of its model.weights.h5.
struct archive_members {
  std::string config, metadata;
  byte_buffer weights;
};

/// The members of the `.keras` archive `bytes` (called `name` in messages), each refused before
/// it is allocated when it declares more than it can hold; the weights file may declare at most
/// `largest_weights` bytes, config.json and metadata.json at most `largest_text`.
inline archive_members read_archive_members(const std::string& name, std::span<const char> bytes, const std::string& who,
                                            std::uint64_t largest_weights, std::uint64_t largest_text = largest_config) {
  const zip_archive archive(name, bytes, who);
  if (!archive.contains("config.json"))
    archive.fail("the archive has no config.json: it is not a Keras model archive (.keras)" +
                 std::string(archive.contains("model.weights.h5") ? "" : " and holds no model.weights.h5"));
  auto text = [&](const char* member) {
    const byte_buffer member_bytes = archive.read(member, largest_text);
    return std::string(member_bytes.begin(), member_bytes.end());
  };
  archive_members members{text("config.json"), archive.contains("metadata.json") ? text("metadata.json") : std::string(), {}};
  members.weights = archive.read("model.weights.h5", largest_weights);
  return members;
}

/// The weights of a `.keras` archive (`bytes`, called `name`) for the model `model` describes.
inline std::vector<float> read_keras_archive(const model_facts& model, const std::string& name, std::span<const char> bytes,
                                             const std::string& who) {
  // The weights, the optimizer's state (Adam keeps two values per weight) and HDF5's bookkeeping:
  // a member that declares more is not this model's, and is refused before anything is allocated.
  const std::uint64_t largest_text = largest_architecture(model);
  archive_members members = read_archive_members(name, bytes, who, largest_file(model), largest_text);
  const h5_file file(name, std::move(members.weights), who, true);  // config.json and the weights: one file to the user
  return read_h5(model, file, &members.config);
}

/// The weights of the Keras file at `path`, of any format, for the model `model` describes. The
/// file is read once, whole, and is all that is read (ctnn/io/file_bytes.hpp).
inline std::vector<float> read_keras_file(const model_facts& model, const std::filesystem::path& path) {
  const std::string who = "ctnn::keras::load";
  byte_buffer bytes = read_file_bytes(path, who, largest_file(model));
  switch (sniff(bytes)) {
    case file_format::keras_archive: return read_keras_archive(model, path.string(), bytes, who);
    case file_format::hdf5: return read_h5(model, h5_file(path.string(), std::move(bytes), who));
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
