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
#include <vector>

#include "ctnn/io/file_error.hpp"
#include "ctnn/io/model_facts.hpp"

namespace ctnn::keras {

namespace detail {
/// The checked weights of the Keras HDF5 file at `path` for the model `model` describes, in its
/// parameter order (ctnn::keras, src/keras/load.cpp).
std::vector<float> read_h5_file(const model_facts& model, const std::filesystem::path& path);
}  // namespace detail

/// Loads the weights of a Keras HDF5 file (a full `model.save` or `model.save_weights`) into
/// `model`, after checking the file against the model's type. Throws file_error on any mismatch
/// or unreadable file, leaving `model` unchanged.
template <class Model>
void load_h5(Model& model, const std::filesystem::path& path) {
  model.set_weights_flat(detail::read_h5_file(detail::facts_of<Model>, path));
}

}  // namespace ctnn::keras
