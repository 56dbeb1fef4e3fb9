// The entry points of the Keras loader (ctnn/io/keras.hpp, ctnn/io/keras_h5.hpp), compiled once
// into the library ctnn::keras: everything here is plain code over model_facts, so a program's
// translation units that load models instantiate only the facts tables of their types.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "ctnn/io/detail/keras_reader.hpp"
#include "ctnn/io/keras.hpp"

namespace ctnn::keras::detail {

loaded_file read_keras_file(const model_facts& model, const std::filesystem::path& path) {
  const std::string who = "ctnn::keras::load";
  byte_buffer bytes = read_file_bytes(path, who, largest_file(model));
  loaded_file result;
  switch (sniff(bytes)) {
    case file_format::keras_archive:
      result.weights = read_keras_archive(model, path.string(), bytes, who, &result.info);
      return result;
    case file_format::hdf5:
      result.weights = read_h5(model, h5_file(path.string(), std::move(bytes), who), nullptr, &result.info);
      return result;
    case file_format::unknown: break;
  }
  throw file_error(who + ": " + path.string() +
                   ": neither a Keras archive (.keras, a zip) nor an HDF5 file (.h5, .weights.h5)");
}

loaded_file read_h5_file(const model_facts& model, const std::filesystem::path& path) {
  loaded_file result;
  result.weights = read_h5(model, h5_file(path, "ctnn::keras::load_h5", largest_file(model)), nullptr, &result.info);
  return result;
}

}  // namespace ctnn::keras::detail
