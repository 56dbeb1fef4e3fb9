// ctnn/io/keras_h5.hpp: load a model saved by Keras (`model.save('x.h5')`) into a ctnn model.
//
// Needs the HDF5 C library and nlohmann/json (Debian: libhdf5-dev, nlohmann-json3-dev); in CMake,
// link ctnn::keras_h5. Everything in the file is checked against the model's type before anything
// is loaded: the layer list and each layer's class and configuration, the input shape, every
// weight's name, dtype and shape. A mismatch throws ctnn::keras::file_error naming the file, the
// layer (position, Keras name, class) and what was expected and what was found; the model is
// then left exactly as it was.
#pragma once

#include <algorithm>
#include <cmath>
#include <span>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <hdf5.h>
#include <nlohmann/json.hpp>

#include "ctnn/ctnn.hpp"
#include "ctnn/io/keras_config.hpp"

namespace ctnn::keras {

/// A Keras file that cannot be loaded into the model, and why.
class file_error : public weight_error {
 public:
  using weight_error::weight_error;
};

namespace detail {

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

/// "(None, 28, 28, 1)" from a list of extents.
inline std::string keras_shape(const std::vector<std::size_t>& dims) {
  std::string text = "(None";
  for (std::size_t d : dims) text += ", " + std::to_string(d);
  return text + ")";
}
inline std::string bracketed(const std::vector<std::size_t>& dims) {
  std::string text = "[";
  for (std::size_t i = 0; i < dims.size(); ++i) text += (i == 0 ? "" : ", ") + std::to_string(dims[i]);
  return text + "]";
}

/// Reads the parts of an HDF5 file that Keras writes; every failure names the file.
class h5_file {
 public:
  explicit h5_file(std::filesystem::path path) : path_(std::move(path)), file_(open(), H5Fclose) {}

  [[noreturn]] void fail(const std::string& what) const {
    throw file_error("ctnn::keras::load_h5: " + path_.string() + ": " + what);
  }

  hid_t root() const { return file_.get(); }

  bool has_link(hid_t parent, const std::string& name) const { return H5Lexists(parent, name.c_str(), H5P_DEFAULT) > 0; }
  bool has_attribute(hid_t object, const char* name) const { return H5Aexists(object, name) > 0; }

  handle open_group(hid_t parent, const std::string& name, const std::string& what) const {
    if (!has_link(parent, name)) fail(what + ": the file has no group '" + name + "'");
    handle group(H5Gopen2(parent, name.c_str(), H5P_DEFAULT), H5Gclose);
    if (!group.valid()) fail(what + ": the group '" + name + "' cannot be read");
    return group;
  }

  /// A list of strings stored as fixed-length or variable-length text; an empty attribute of any
  /// type (Keras writes layers without weights that way) is an empty list.
  std::vector<std::string> strings(hid_t object, const char* name, const std::string& what) const {
    handle attribute(H5Aopen(object, name, H5P_DEFAULT), H5Aclose);
    if (!attribute.valid()) fail(what + ": the attribute '" + std::string(name) + "' is missing");
    handle type(H5Aget_type(attribute.get()), H5Tclose), space(H5Aget_space(attribute.get()), H5Sclose);
    const hssize_t count = H5Sget_simple_extent_npoints(space.get());
    if (count < 0) fail(what + ": the attribute '" + std::string(name) + "' cannot be read");
    if (count == 0) return {};
    if (H5Tget_class(type.get()) != H5T_STRING) fail(what + ": the attribute '" + std::string(name) + "' is not text");
    std::vector<std::string> result;
    if (H5Tis_variable_str(type.get()) > 0) {
      handle memory(H5Tcopy(H5T_C_S1), H5Tclose);
      H5Tset_size(memory.get(), H5T_VARIABLE);
      H5Tset_cset(memory.get(), H5Tget_cset(type.get()));
      std::vector<char*> texts(static_cast<std::size_t>(count), nullptr);
      if (H5Aread(attribute.get(), memory.get(), texts.data()) < 0)
        fail(what + ": the attribute '" + std::string(name) + "' cannot be read");
      for (char* text : texts) result.emplace_back(text != nullptr ? text : "");
      H5Dvlen_reclaim(memory.get(), space.get(), H5P_DEFAULT, texts.data());
    } else {
      const std::size_t size = H5Tget_size(type.get());
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
    handle type(H5Dget_type(dataset.get()), H5Tclose), space(H5Dget_space(dataset.get()), H5Sclose);
    if (H5Tget_class(type.get()) != H5T_FLOAT || H5Tget_size(type.get()) != 4)
      fail(what + ": '" + name + "' holds " + describe_type(type.get()) + ", expected float32");
    const int rank = H5Sget_simple_extent_ndims(space.get());
    std::vector<hsize_t> extents(static_cast<std::size_t>(std::max(rank, 0)));
    H5Sget_simple_extent_dims(space.get(), extents.data(), nullptr);
    const std::vector<std::size_t> found(extents.begin(), extents.end());
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

  quiet_hdf5 quiet_;
  std::filesystem::path path_;
  handle file_;
};

/// The last component of a Keras weight name without TF's ":0": "dense_1/kernel:0" -> "kernel".
inline std::string weight_stem(const std::string& name) {
  std::string stem = name.substr(name.rfind('/') + 1);
  if (const std::size_t colon = stem.rfind(':'); colon != std::string::npos) stem.resize(colon);
  return stem;
}

/// One layer of the file's architecture (InputLayer entries are not layers of a ctnn model).
struct file_layer {
  std::string keras_class, name;
  nlohmann::json config;
  /// Weights-only files: the group that holds this layer's datasets (a nested model's group when
  /// the weights were saved through a wrapper model), and the layer's weight names in it.
  std::string group{};
  std::vector<std::string> weights{};
};

/// The layer a stored weight belongs to: "conv2d_5/kernel:0" -> "conv2d_5".
inline std::string weight_owner(const std::string& name) {
  const std::size_t slash = name.rfind('/');
  return slash == std::string::npos ? std::string() : name.substr(0, slash);
}

inline std::vector<file_layer> architecture_layers(const nlohmann::json& model_config, const h5_file& file,
                                                   nlohmann::json& input_shape) {
  const std::string model_class = model_config.value("class_name", "");
  if (model_class != "Sequential")
    file.fail("the file holds a Keras " + model_class +
              " model; ctnn::sequential loads Sequential models (graphs of layers are not supported yet)");
  const nlohmann::json& config = model_config.at("config");
  const nlohmann::json& layers = config.is_array() ? config : config.at("layers");
  std::vector<file_layer> result;
  for (const nlohmann::json& layer : layers) {
    const nlohmann::json& layer_config = layer.at("config");
    for (const char* key : {"batch_input_shape", "batch_shape"})
      if (input_shape.is_null() && layer_config.contains(key)) input_shape = layer_config.at(key);
    if (layer.at("class_name") == "InputLayer") continue;
    result.push_back({layer.at("class_name").get<std::string>(), layer_config.at("name").get<std::string>(), layer_config});
  }
  return result;
}

inline bool config_matches(const nlohmann::json& found, const config_entry& entry) {
  auto same = [&](const nlohmann::json& wanted) {
    if (entry.real_valued && found.is_number() && wanted.is_number())
      return static_cast<float>(found.get<double>()) == static_cast<float>(wanted.get<double>());
    return found == wanted;
  };
  return same(entry.expected) || std::any_of(entry.also_accepted.begin(), entry.also_accepted.end(), same);
}

}  // namespace detail

/// Loads the weights of a Keras HDF5 file (a full `model.save` or `model.save_weights`) into
/// `model`, after checking the file against the model's type. Throws file_error on any mismatch
/// or unreadable file, leaving `model` unchanged.
template <class Model>
void load_h5(Model& model, const std::filesystem::path& path) {
  detail::h5_file file(path);
  const hid_t root = file.root();
  const bool full_save = file.has_link(root, "model_weights");
  detail::handle weights_root(full_save ? H5Gopen2(root, "model_weights", H5P_DEFAULT) : H5Gopen2(root, "/", H5P_DEFAULT),
                              H5Gclose);
  if (!weights_root.valid()) file.fail("the weights cannot be read");
  if (!file.has_attribute(weights_root.get(), "layer_names"))
    file.fail(std::string("the group '") + (full_save ? "/model_weights" : "/") +
              "' has no 'layer_names' attribute: this is not a file written by Keras");
  const std::vector<std::string> stored_layers = file.strings(weights_root.get(), "layer_names", "the layer list");

  // The file's layers, matched to the model's by order: from the architecture when the file
  // stores one, otherwise the stored layers that hold weights.
  std::vector<detail::file_layer> layers;
  if (file.has_attribute(root, "model_config")) {
    const std::vector<std::string> text = file.strings(root, "model_config", "the architecture");
    nlohmann::json config, input_shape;
    try {
      config = nlohmann::json::parse(text.empty() ? std::string() : text.front());
      layers = detail::architecture_layers(config, file, input_shape);
    } catch (const nlohmann::json::exception& error) {
      file.fail(std::string("the architecture (model_config) is not valid Keras JSON: ") + error.what());
    }
    if (layers.size() != Model::layer_count) {
      std::string names;
      for (const auto& layer : layers) names += (names.empty() ? "" : ", ") + layer.name + " (" + layer.keras_class + ")";
      file.fail("the file's model has " + std::to_string(layers.size()) + " layers [" + names + "], the type has " +
                std::to_string(Model::layer_count));
    }
    const auto& dims = Model::input_shape_type::dims;
    const std::vector<std::size_t> expected(dims.begin(), dims.end());
    if (input_shape.is_array()) {
      std::vector<std::size_t> found;
      for (std::size_t axis = 1; axis < input_shape.size(); ++axis)
        found.push_back(input_shape[axis].is_number() ? input_shape[axis].get<std::size_t>() : 0);
      if (found != expected)
        file.fail("the file's input shape is " + detail::keras_shape(found) + ", the type's is " + detail::keras_shape(expected));
    }
  } else {
    // The stored layers that hold weights, in order. A group whose weights belong to several
    // layers ("dense_2/kernel:0", "conv2d_5/kernel:0", ...) is a nested model saved through a
    // wrapper: its layers are taken in the order their first weight appears.
    for (const std::string& name : stored_layers) {
      detail::handle group = file.open_group(weights_root.get(), name, "layer '" + name + "'");
      for (const std::string& weight : file.strings(group.get(), "weight_names", "layer '" + name + "'")) {
        const std::string owner = detail::weight_owner(weight);
        auto same_owner = [&](const detail::file_layer& layer) { return layer.group == name && layer.name == owner; };
        auto existing = std::find_if(layers.begin(), layers.end(), same_owner);
        if (existing == layers.end()) existing = layers.insert(layers.end(), {"", owner.empty() ? name : owner, {}, name, {}});
        existing->weights.push_back(weight);
      }
    }
  }

  std::vector<float> staged(Model::param_count);
  Model::over_positions([&](auto, auto... p) {
    std::size_t index = 0;  // the file layer of the next layer that holds weights (weights-only files)
    (
        [&] {
          using at = typename Model::template layer<p>;
          using description = typename at::description;
          const bool with_architecture = !layers.empty() && !layers.front().keras_class.empty();
          if (!with_architecture && at::weights.size() == 0) return;
          if (!with_architecture && index >= layers.size())
            file.fail("the file stores weights for " + std::to_string(layers.size()) +
                      " layers, the type has more layers with weights (from layer " + std::to_string(p) + " on)");
          const detail::file_layer& layer = with_architecture ? layers[p - 1] : layers[index++];
          const std::string what = "layer " + std::to_string(p) + " '" + layer.name + "' (" +
                                   (layer.keras_class.empty() ? std::string(description::keras_class) : layer.keras_class) + ")";
          if (with_architecture) {
            if (layer.keras_class != description::keras_class)
              file.fail(what + ": the type has a " + std::string(description::keras_class) + " at this position");
            for (const config_entry& entry : expected_config(description{}, typename at::input_shape{})) {
              const nlohmann::json* found = nullptr;
              for (const std::string& key : [&] { auto keys = entry.alternatives; keys.insert(keys.begin(), entry.key); return keys; }())
                if (layer.config.contains(key)) found = &layer.config.at(key);
              if (found == nullptr) file.fail(what + ": the configuration has no '" + entry.key + "'");
              if (!detail::config_matches(*found, entry))
                file.fail(what + ": " + entry.key + " is " + found->dump() + ", the type says " + entry.expected.dump());
            }
          }
          const std::string group_name = layer.group.empty() ? layer.name : layer.group;
          const std::vector<std::string> stored =
              !layer.group.empty() ? layer.weights
              : at::weights.size() == 0 && !file.has_link(weights_root.get(), group_name)
                  ? std::vector<std::string>{}
                  : file.strings(file.open_group(weights_root.get(), group_name, what).get(), "weight_names", what);
          if (stored.size() != at::weights.size()) {
            std::string names;
            for (const std::string& name : stored) names += (names.empty() ? "" : ", ") + name;
            file.fail(what + ": the file stores " + std::to_string(stored.size()) + " weights [" + names + "], the type expects " +
                      std::to_string(at::weights.size()));
          }
          if (stored.empty()) return;
          detail::handle group = file.open_group(weights_root.get(), group_name, what);
          std::size_t offset = Model::template param_offset<p>;
          for (const weight_spec& spec : at::weights) {
            const auto match = std::find_if(stored.begin(), stored.end(),
                                             [&](const std::string& name) { return detail::weight_stem(name) == spec.name; });
            if (match == stored.end()) file.fail(what + ": the file has no weight named '" + std::string(spec.name) + "'");
            const std::vector<std::size_t> dims(spec.dims.begin(), spec.dims.begin() + static_cast<std::ptrdiff_t>(spec.rank));
            file.read_floats(group.get(), *match, dims, std::span<float>(staged).subspan(offset, spec.size()),
                             what + " " + std::string(spec.name));
            offset += spec.size();
          }
        }(),
        ...);
    if (!layers.empty() && layers.front().keras_class.empty() && index != layers.size())
      file.fail("the file stores weights for " + std::to_string(layers.size()) + " layers, the type has weights in " +
                std::to_string(index));
    return 0;
  });
  model.set_weights_flat(staged);
}

}  // namespace ctnn::keras
