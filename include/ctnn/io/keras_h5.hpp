// ctnn/io/keras_h5.hpp: load an HDF5 file saved by Keras (a legacy `model.save('x.h5')` full save
// or `save_weights`, or a Keras 3 `.weights.h5`) into a ctnn model. ctnn/io/keras.hpp's `load`
// reads these and `.keras` archives alike; `load_h5` reads HDF5 only.
//
// The reading is compiled into the library ctnn::keras (CMake: link ctnn::keras; it needs HDF5,
// nlohmann/json and libzip, Debian: libhdf5-dev nlohmann-json3-dev libzip-dev). Everything in the
// file is checked against the model's type before anything is loaded: the layer list and each
// layer's class and configuration, the input shape, every weight's name, dtype and shape. A
// mismatch throws ctnn::keras::file_error naming the file, the layer (position, Keras name,
// class) and what was expected and what was found; the model is then left exactly as it was.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ctnn/io/file_error.hpp"
#include "ctnn/io/model_facts.hpp"
#include "ctnn/summary.hpp"

namespace ctnn::keras {

/// What a Keras file says of the model beside its weights, as `load` returns it.
struct file_info {
  /// The model's name in the file ("generator"); "" where the file stores weights only.
  std::string model_name;
  /// The file's names of the type's layers, in position order: what the model's
  /// `summary(name, names)` takes (a sequential's layers after its input; every node of a
  /// functional model, its inputs included). Empty where the file does not name them all (a
  /// file of weights only).
  std::vector<std::string> layer_names;
  /// The Keras that wrote the file ("3.8.0", "2.15.0"); "" where the file does not say.
  std::string keras_version;

  /// Keras 3 prints its box-drawn summary table, Keras 2 (tf.keras) its ruled one.
  ctnn::summary_style summary_style() const {
    return keras_version.starts_with("3") ? ctnn::summary_style::keras3 : ctnn::summary_style::keras2;
  }
};

namespace detail {
/// A file's checked weights, in the model's parameter order, and what it says of the model.
struct loaded_file {
  std::vector<float> weights;
  file_info info;
};

/// The checked weights of the Keras HDF5 file at `path` for the model `model` describes
/// (ctnn::keras, src/keras/load.cpp).
loaded_file read_h5_file(const model_facts& model, const std::filesystem::path& path);
}  // namespace detail

/// Loads the weights of a Keras HDF5 file (a full `model.save` or `model.save_weights`) into
/// `model`, after checking the file against the model's type, and returns what the file says of
/// the model. Throws file_error on any mismatch or unreadable file, leaving `model` unchanged.
template <class Model>
file_info load_h5(Model& model, const std::filesystem::path& path) {
  detail::loaded_file file = detail::read_h5_file(detail::model_facts_of<Model>, path);
  model.set_weights_flat(file.weights);
  return std::move(file.info);
}

/// Keras's `model.summary()` of `model` as the file `info` describes it: the file's model and
/// layer names (where it names every layer; else the names a fresh Keras session gives), in the
/// table of the Keras that wrote it.
template <class Model>
std::string summary(const Model&, const file_info& info) {
  const std::string name = info.model_name.empty() ? std::string(Model::default_summary_name) : info.model_name;
  if (info.layer_names.size() == Model::keras_layer_count - Model::first_layer_position)
    return Model::summary(name, info.layer_names, info.summary_style());
  return Model::summary(name, info.summary_style());
}

}  // namespace ctnn::keras
