// ctnn/io/keras.hpp: load any file Keras saves into a ctnn model, the format told by content.
//
//   generator model;
//   ctnn::keras::load(model, "generator.keras");  // or .h5, or .weights.h5
//
// The reading is compiled into the library ctnn::keras (CMake: link ctnn::keras; it needs HDF5,
// nlohmann/json and libzip, Debian: libhdf5-dev nlohmann-json3-dev libzip-dev): this header holds
// only the typed front end, so a translation unit that loads a model compiles about as fast as
// one that does not. The formats, by their first bytes (file names lie: a legacy file may be
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

#include <filesystem>
#include <utility>
#include <vector>

#include "ctnn/io/file_error.hpp"
#include "ctnn/io/keras_h5.hpp"
#include "ctnn/io/model_facts.hpp"

namespace ctnn::keras {

namespace detail {
/// The checked weights of the Keras file at `path`, of any format, for the model `model`
/// describes, and what the file says of it. The file is read once, whole, and is all that is
/// read (ctnn::keras, src/keras/load.cpp).
loaded_file read_keras_file(const model_facts& model, const std::filesystem::path& path);
}  // namespace detail

/// Loads the weights of any Keras file (`.keras`, legacy `.h5` full save or weights, Keras 3
/// `.weights.h5`) into `model`, after checking the file against the model's type, and returns
/// what the file says of the model beside its weights (its name, its layers' names, the Keras
/// that wrote it: `summary(model, info)`). Throws file_error naming the file, the layer and what
/// differs, leaving `model` unchanged.
template <class Model>
file_info load(Model& model, const std::filesystem::path& path) {
  detail::loaded_file file = detail::read_keras_file(detail::model_facts_of<Model>, path);
  model.set_weights_flat(file.weights);
  return std::move(file.info);
}

}  // namespace ctnn::keras
