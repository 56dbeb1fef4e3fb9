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
#include <array>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
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

/// The input shape a layer's configuration declares (Keras 2 batch_input_shape, Keras 3
/// batch_shape), or null.
inline nlohmann::json declared_input_shape(const nlohmann::json& layer_config) {
  for (const char* key : {"batch_input_shape", "batch_shape"})
    if (layer_config.contains(key)) return layer_config.at(key);
  return nullptr;
}

/// The layers of a Sequential model's architecture, in order (its InputLayer left out).
inline std::vector<file_layer> architecture_layers(const nlohmann::json& model_config, const h5_file& file,
                                                   nlohmann::json& input_shape) {
  const std::string model_class = model_config.value("class_name", "");
  if (model_class != "Sequential")
    file.fail("the file holds a Keras " + model_class +
              " model (a graph of layers); load it into a ctnn::functional model "
              "(decltype(ctnn::functional(ctnn::inputs(...), output))), not a ctnn::sequential");
  const nlohmann::json& config = model_config.at("config");
  const nlohmann::json& layers = config.is_array() ? config : config.at("layers");
  std::vector<file_layer> result;
  for (const nlohmann::json& layer : layers) {
    const nlohmann::json& layer_config = layer.at("config");
    if (input_shape.is_null()) input_shape = declared_input_shape(layer_config);
    if (layer.at("class_name") == "InputLayer") continue;
    result.push_back({layer.at("class_name").get<std::string>(), layer_config.at("name").get<std::string>(), layer_config});
  }
  return result;
}

/// A functional model's architecture: every layer (InputLayers included) with the layers it
/// reads, and the model's input and output layers.
struct graph_architecture {
  std::vector<file_layer> layers;
  std::vector<std::vector<std::string>> reads;  ///< per layer, the layers it reads, in argument order
  std::vector<std::string> inputs, outputs;
};

/// Every tensor a Keras 3 call argument holds, in order ("__keras_tensor__" with keras_history).
inline void keras3_tensors(const nlohmann::json& argument, std::vector<std::string>& names) {
  if (argument.is_array()) {
    for (const nlohmann::json& item : argument) keras3_tensors(item, names);
  } else if (argument.is_object() && argument.value("class_name", "") == "__keras_tensor__") {
    names.push_back(argument.at("config").at("keras_history").at(0).get<std::string>());
  }
}

/// The layers a layer reads, from its inbound_nodes: Keras 2 writes [[["name", 0, 0, {}], ...]],
/// Keras 3 [{"args": [tensor or [tensors]], "kwargs": {...}}]. A layer called more than once (a
/// shared layer) has several nodes: a ctnn graph applies each layer once.
inline std::vector<std::string> inbound_layers(const nlohmann::json& layer, const h5_file& file) {
  std::vector<std::string> names;
  const nlohmann::json inbound = layer.value("inbound_nodes", nlohmann::json::array());
  if (inbound.size() > 1)
    file.fail("layer '" + layer.at("config").value("name", "?") + "' is called " + std::to_string(inbound.size()) +
              " times (a shared layer); a ctnn graph applies each layer once");
  for (const nlohmann::json& call : inbound) {
    if (call.is_object()) {
      keras3_tensors(call.value("args", nlohmann::json::array()), names);
    } else {
      for (const nlohmann::json& tensor : call) names.push_back(tensor.at(0).get<std::string>());
    }
  }
  return names;
}

inline std::vector<std::string> endpoint_names(const nlohmann::json& endpoints) {
  // [["input_1", 0, 0], ...], or a single ["name", 0, 0] when the model has one
  std::vector<std::string> names;
  if (endpoints.is_array() && !endpoints.empty() && endpoints.at(0).is_string()) return {endpoints.at(0).get<std::string>()};
  for (const nlohmann::json& endpoint : endpoints) names.push_back(endpoint.at(0).get<std::string>());
  return names;
}

inline graph_architecture functional_architecture(const nlohmann::json& model_config, const h5_file& file) {
  const std::string model_class = model_config.value("class_name", "");
  if (model_class != "Functional" && model_class != "Model")
    file.fail("the file holds a Keras " + model_class +
              " model; a ctnn::functional model loads Functional models (load a Sequential into a ctnn::sequential)");
  const nlohmann::json& config = model_config.at("config");
  graph_architecture graph;
  for (const nlohmann::json& layer : config.at("layers")) {
    const nlohmann::json& layer_config = layer.at("config");
    graph.layers.push_back(
        {layer.at("class_name").get<std::string>(), layer.value("name", layer_config.value("name", "")), layer_config});
    graph.reads.push_back(inbound_layers(layer, file));
  }
  graph.inputs = endpoint_names(config.at("input_layers"));
  graph.outputs = endpoint_names(config.at("output_layers"));
  return graph;
}

inline std::string input_shape_string(const nlohmann::json& shape) {
  std::string text = "(";
  for (std::size_t axis = 0; axis < shape.size(); ++axis) text += (axis ? ", " : "") + (shape[axis].is_null() ? std::string("None") : shape[axis].dump());
  return text + ")";
}

// ---- The model type as values ---------------------------------------------------------------

/// One position of a model type, as the loader reads it.
struct position_facts {
  std::string_view keras_class;  ///< "Conv2D"
  std::string_view name_stem;    ///< "conv2d", the stem of Keras's automatic layer names
  bool is_input = false;         ///< a model input (an InputLayer)
  std::span<const std::size_t> input_dims;   ///< the extents of the (first) value it reads
  std::span<const std::size_t> output_dims;  ///< the extents of its output
  std::span<const weight_spec> weights;      ///< in Keras get_weights() order and layouts
  std::size_t param_offset = 0;              ///< where its first weight starts in the parameter block
  std::span<const config_entry> config;      ///< what the file's configuration must hold
  std::span<const std::size_t> reads;        ///< the positions of the values it reads, in order
};

/// A model type as the loader reads it: a constexpr table that `facts_of<Model>` builds from the
/// type. It is the only code stamped out per model; everything that reads a file is the plain
/// functions below, compiled once per program (as {fmt}'s vformat is, under its typed front end).
struct model_facts {
  std::string_view kind;        ///< "sequential", "functional"
  bool input_is_layer = false;  ///< a Keras Sequential hides its InputLayer; a Functional lists it
  std::span<const position_facts> positions;      ///< every node, inputs included
  std::span<const std::size_t> input_positions;  ///< the model's inputs, in the order predict takes them
  std::size_t output_position = 0;
  std::size_t layer_count = 0;  ///< positions that are not inputs
  std::size_t param_count = 0;
};

template <class Shape>
constexpr std::span<const std::size_t> dims_of() {
  if constexpr (is_shape_v<Shape>) return Shape::dims;
  else return {};  // a broken model, which has already failed to compile
}

template <class Layer, class... Ins>
concept has_keras_config = requires {
  { Layer::template keras_config<Ins...>() } -> std::convertible_to<layer_config>;
};

/// The entries `Layer::keras_config<Ins...>()` lists, in an array of their own size.
template <class Layer, class InputShapes>
struct expected_config {
  static constexpr std::array<config_entry, 0> entries{};
};
template <class Layer, template <class...> class List, class... Ins>
  requires(is_shape_v<Ins> && ...)
struct expected_config<Layer, List<Ins...>> {
  static_assert(has_keras_config<Layer, Ins...>, "ctnn::keras::load_h5: every layer of the model needs `template <class... In> static constexpr ctnn::keras::layer_config keras_config()`, what a Keras file must hold for it (ctnn/layers/keras_config.hpp)");
  static constexpr layer_config all = [] {
    if constexpr (has_keras_config<Layer, Ins...>) return Layer::template keras_config<Ins...>();
    else return layer_config{};
  }();
  static constexpr auto entries = [] {
    std::array<config_entry, all.size()> list{};
    for (std::size_t i = 0; i < list.size(); ++i) list[i] = all[i];
    return list;
  }();
};

template <class Model, std::size_t P>
constexpr position_facts facts_at() {
  using at = typename Model::template layer<P>;
  using description = typename at::description;
  constexpr const auto& config = expected_config<description, typename at::input_shapes>::entries;
  return {description::keras_class,
          description::keras_name,
          is_input_v<description>,
          dims_of<typename at::input_shape>(),
          dims_of<typename at::output_shape>(),
          std::span<const weight_spec>(at::weights.begin(), at::weights.size()),
          Model::template param_offset<P>,
          std::span<const config_entry>(config.data(), config.size()),
          std::span<const std::size_t>(Model::node_links.inputs[P].data(), Model::node_links.arity[P])};
}

template <class Model>
inline constexpr auto positions_of =
    Model::over_positions([](auto... p) { return std::array<position_facts, sizeof...(p)>{facts_at<Model, decltype(p)::value>()...}; });

/// Everything the loader needs of the type `Model`, as values.
template <class Model>
inline constexpr model_facts facts_of{Model::graph::kind,        Model::graph::input_is_layer, positions_of<Model>,
                                      Model::input_positions,    Model::output_position,       Model::layer_count,
                                      Model::param_count};

// ---- Reading a file for a model, compiled once ------------------------------------------------

/// The file's layer at each of the model's positions, found by walking both graphs from the
/// output: each layer must read the layers that the type's node reads, in the same order, and
/// the inputs must be the file's input_layers in order. Throws file_error at the first difference.
inline std::vector<file_layer> match_graph(const model_facts& model, const graph_architecture& graph, const h5_file& file) {
  const std::size_t n = model.positions.size(), none = ctnn::detail::none;
  auto type_layer = [&](std::size_t p) {
    return "the type's layer " + std::to_string(p) + " (" + std::string(model.positions[p].keras_class) + ")";
  };
  auto names = [](const std::vector<std::string>& list) {
    std::string text;
    for (const std::string& name : list) text += (text.empty() ? "" : ", ") + name;
    return "[" + text + "]";
  };
  if (graph.outputs.size() != 1)
    file.fail("the file's model has " + std::to_string(graph.outputs.size()) + " outputs " + names(graph.outputs) +
              "; a ctnn model has one");
  if (graph.inputs.size() != model.input_positions.size())
    file.fail("the file's model has " + std::to_string(graph.inputs.size()) + " inputs " + names(graph.inputs) +
              ", the type has " + std::to_string(model.input_positions.size()));
  std::vector<std::size_t> file_of(n, none), position_of(graph.layers.size(), none);
  auto bind = [&](std::size_t p, const std::string& name, const std::string& role) {
    std::size_t f = 0;
    while (f < graph.layers.size() && graph.layers[f].name != name) ++f;
    if (f == graph.layers.size()) file.fail("the architecture refers to a layer '" + name + "' it does not define");
    if (file_of[p] == f) return;
    if (file_of[p] != none || position_of[f] != none)
      file.fail("the file's graph differs from the type's: " + role + " is '" + name + "' (" + graph.layers[f].keras_class +
                ") in the file; in the type it is " + type_layer(p) +
                (file_of[p] != none ? ", which is already the file's '" + graph.layers[file_of[p]].name + "'" : "") +
                (position_of[f] != none ? ", and '" + name + "' is already the type's layer " + std::to_string(position_of[f]) : ""));
    file_of[p] = f;
    position_of[f] = p;
  };
  bind(model.output_position, graph.outputs.front(), "the output");
  for (std::size_t k = 0; k < model.input_positions.size(); ++k) bind(model.input_positions[k], graph.inputs[k], "input " + std::to_string(k));
  for (std::size_t p = n; p-- > 0;) {  // readers come after what they read: every p is bound here
    const std::size_t f = file_of[p];
    const std::size_t arity = model.positions[p].reads.size();
    const std::string what = "layer '" + graph.layers[f].name + "' (" + graph.layers[f].keras_class + ")";
    if (graph.reads[f].size() != arity)
      file.fail("the file's graph differs from the type's: " + what + " reads " + std::to_string(graph.reads[f].size()) +
                (graph.reads[f].size() == 1 ? " layer " : " layers ") + names(graph.reads[f]) + ", " + type_layer(p) +
                " reads " + std::to_string(arity));
    for (std::size_t k = 0; k < arity; ++k)
      bind(model.positions[p].reads[k], graph.reads[f][k], "input " + std::to_string(k) + " of " + what);
  }
  std::vector<file_layer> by_position;
  for (std::size_t p = 0; p < n; ++p) by_position.push_back(graph.layers[file_of[p]]);
  for (std::size_t f = 0; f < graph.layers.size(); ++f)
    if (position_of[f] == none)
      file.fail("the file's layer '" + graph.layers[f].name + "' (" + graph.layers[f].keras_class +
                ") is not part of the type's graph (the type has " + std::to_string(n) + " layers, the file " +
                std::to_string(graph.layers.size()) + ")");
  // The inputs' shapes, where the file declares them (None matches any extent).
  for (std::size_t p = 0; p < n; ++p) {
    if (!model.positions[p].is_input) continue;
    const std::span<const std::size_t> dims = model.positions[p].output_dims;
    const nlohmann::json declared = declared_input_shape(by_position[p].config);
    if (!declared.is_array()) continue;
    bool same = declared.size() == dims.size() + 1;
    for (std::size_t axis = 1; same && axis < declared.size(); ++axis)
      same = declared[axis].is_null() || (declared[axis].is_number() && declared[axis].get<std::size_t>() == dims[axis - 1]);
    if (!same)
      file.fail("input '" + by_position[p].name + "': the file's input shape is " + input_shape_string(declared) +
                ", the type's is " + keras_shape({dims.begin(), dims.end()}));
  }
  return by_position;
}

/// Checks a file layer's configuration against the entries the type expects.
inline void check_config(const file_layer& layer, std::span<const config_entry> expected, const std::string& what,
                         const h5_file& file) {
  for (const config_entry& entry : expected) {
    const nlohmann::json* found = nullptr;  // where several keys are present, the last counts
    if (layer.config.contains(std::string(entry.key))) found = &layer.config.at(std::string(entry.key));
    for (std::string_view key : entry.alternatives)
      if (!key.empty() && layer.config.contains(std::string(key))) found = &layer.config.at(std::string(key));
    if (found == nullptr && entry.absent_means_expected) continue;
    if (found == nullptr) file.fail(what + ": the configuration has no '" + std::string(entry.key) + "'");
    if (!config_matches(*found, entry))
      file.fail(what + ": " + std::string(entry.key) + " is " + found->dump() + ", the type says " + to_json(entry.expected).dump());
  }
}

/// The weights of the file's `layers` (one per position after the first_position, or, without an
/// architecture, one per position that holds weights), checked and read into one parameter block.
inline std::vector<float> read_layers(const model_facts& model, const h5_file& file, hid_t weights_root,
                                      const std::vector<file_layer>& layers) {
  // Graph models (functional) count their inputs among their layers; a sequential's input is not one.
  const std::size_t first_position = model.input_is_layer ? 0 : 1;
  const bool with_architecture = !layers.empty() && !layers.front().keras_class.empty();
  std::vector<float> staged(model.param_count);
  std::size_t index = 0;  // the file layer of the next layer that holds weights (weights-only files)
  for (std::size_t p = first_position; p < model.positions.size(); ++p) {
    const position_facts& at = model.positions[p];
    if (!with_architecture && at.weights.empty()) continue;
    if (!with_architecture && index >= layers.size())
      file.fail("the file stores weights for " + std::to_string(layers.size()) +
                " layers, the type has more layers with weights (from layer " + std::to_string(p) + " on)");
    const file_layer& layer = with_architecture ? layers[p - first_position] : layers[index++];
    const std::string what = "layer " + std::to_string(p) + " '" + layer.name + "' (" +
                             (layer.keras_class.empty() ? std::string(at.keras_class) : layer.keras_class) + ")";
    if (with_architecture) {
      if (layer.keras_class != at.keras_class)
        file.fail(what + ": the type has a " + std::string(at.keras_class) + " at this position");
      check_config(layer, at.config, what, file);
    }
    const std::string group_name = layer.group.empty() ? layer.name : layer.group;
    const std::vector<std::string> stored =
        !layer.group.empty() ? layer.weights
        : at.weights.empty() && !file.has_link(weights_root, group_name)
            ? std::vector<std::string>{}
            : file.strings(file.open_group(weights_root, group_name, what).get(), "weight_names", what);
    if (stored.size() != at.weights.size()) {
      std::string names;
      for (const std::string& name : stored) names += (names.empty() ? "" : ", ") + name;
      file.fail(what + ": the file stores " + std::to_string(stored.size()) + " weights [" + names + "], the type expects " +
                std::to_string(at.weights.size()));
    }
    if (stored.empty()) continue;
    handle group = file.open_group(weights_root, group_name, what);
    std::size_t offset = at.param_offset;
    for (const weight_spec& spec : at.weights) {
      const auto match = std::find_if(stored.begin(), stored.end(), [&](const std::string& name) { return weight_stem(name) == spec.name; });
      if (match == stored.end()) file.fail(what + ": the file has no weight named '" + std::string(spec.name) + "'");
      const std::vector<std::size_t> dims(spec.dims.begin(), spec.dims.begin() + static_cast<std::ptrdiff_t>(spec.rank));
      file.read_floats(group.get(), *match, dims, std::span<float>(staged).subspan(offset, spec.size()),
                       what + " " + std::string(spec.name));
      offset += spec.size();
    }
  }
  if (!layers.empty() && layers.front().keras_class.empty() && index != layers.size())
    file.fail("the file stores weights for " + std::to_string(layers.size()) + " layers, the type has weights in " +
              std::to_string(index));
  return staged;
}

[[noreturn]] inline void fail_json(const h5_file& file, const nlohmann::json::exception& error) {
  file.fail(std::string("the architecture (model_config) is not valid Keras JSON: ") + error.what());
}

/// A full save (`model.save`) of a Sequential model: its layers, in order, are the type's.
inline std::vector<float> read_sequential_save(const model_facts& model, const h5_file& file, hid_t weights_root,
                                               const std::string& architecture) {
  std::vector<file_layer> layers;
  nlohmann::json input_shape;
  try {
    layers = architecture_layers(nlohmann::json::parse(architecture), file, input_shape);
  } catch (const nlohmann::json::exception& error) {
    fail_json(file, error);
  }
  if (layers.size() != model.layer_count) {
    std::string names;
    for (const auto& layer : layers) names += (names.empty() ? "" : ", ") + layer.name + " (" + layer.keras_class + ")";
    file.fail("the file's model has " + std::to_string(layers.size()) + " layers [" + names + "], the type has " +
              std::to_string(model.layer_count));
  }
  const std::span<const std::size_t> dims = model.positions.front().output_dims;
  const std::vector<std::size_t> expected(dims.begin(), dims.end());
  if (input_shape.is_array()) {
    std::vector<std::size_t> found;
    for (std::size_t axis = 1; axis < input_shape.size(); ++axis)
      found.push_back(input_shape[axis].is_number() ? input_shape[axis].get<std::size_t>() : 0);
    if (found != expected) file.fail("the file's input shape is " + keras_shape(found) + ", the type's is " + keras_shape(expected));
  }
  return read_layers(model, file, weights_root, layers);
}

/// A full save (`model.save`) of a Functional model: its graph is matched with the type's.
inline std::vector<float> read_functional_save(const model_facts& model, const h5_file& file, hid_t weights_root,
                                               const std::string& architecture) {
  std::vector<file_layer> layers;
  try {
    layers = match_graph(model, functional_architecture(nlohmann::json::parse(architecture), file), file);
  } catch (const nlohmann::json::exception& error) {
    fail_json(file, error);
  }
  return read_layers(model, file, weights_root, layers);
}

/// A file of weights only (`model.save_weights`): the stored layers that hold weights, in order.
/// A group whose weights belong to several layers ("dense_2/kernel:0", "conv2d_5/kernel:0", ...)
/// is a nested model saved through a wrapper: its layers are taken in the order their first
/// weight appears.
inline std::vector<float> read_weights_only(const model_facts& model, const h5_file& file, hid_t weights_root,
                                            const std::vector<std::string>& stored_layers) {
  std::vector<file_layer> layers;
  for (const std::string& name : stored_layers) {
    handle group = file.open_group(weights_root, name, "layer '" + name + "'");
    for (const std::string& weight : file.strings(group.get(), "weight_names", "layer '" + name + "'")) {
      const std::string owner = weight_owner(weight);
      auto same_owner = [&](const file_layer& layer) { return layer.group == name && layer.name == owner; };
      auto existing = std::find_if(layers.begin(), layers.end(), same_owner);
      if (existing == layers.end()) existing = layers.insert(layers.end(), {"", owner.empty() ? name : owner, {}, name, {}});
      existing->weights.push_back(weight);
    }
  }
  return read_layers(model, file, weights_root, layers);
}

/// The weights of the Keras file at `path` for the model `model` describes, in its parameter
/// order, after checking the whole file against it.
inline std::vector<float> read_h5(const model_facts& model, const std::filesystem::path& path) {
  h5_file file(path);
  const hid_t root = file.root();
  const bool full_save = file.has_link(root, "model_weights");
  handle weights_root(full_save ? H5Gopen2(root, "model_weights", H5P_DEFAULT) : H5Gopen2(root, "/", H5P_DEFAULT), H5Gclose);
  if (!weights_root.valid()) file.fail("the weights cannot be read");
  if (!file.has_attribute(weights_root.get(), "layer_names"))
    file.fail(std::string("the group '") + (full_save ? "/model_weights" : "/") +
              "' has no 'layer_names' attribute: this is not a file written by Keras");
  const std::vector<std::string> stored_layers = file.strings(weights_root.get(), "layer_names", "the layer list");
  // The file's layers, matched to the model's: from the architecture when the file stores one,
  // otherwise the stored layers that hold weights.
  if (!file.has_attribute(root, "model_config")) return read_weights_only(model, file, weights_root.get(), stored_layers);
  const std::vector<std::string> text = file.strings(root, "model_config", "the architecture");
  const std::string architecture = text.empty() ? std::string() : text.front();
  return model.input_is_layer ? read_functional_save(model, file, weights_root.get(), architecture)
                              : read_sequential_save(model, file, weights_root.get(), architecture);
}

}  // namespace detail

/// Loads the weights of a Keras HDF5 file (a full `model.save` or `model.save_weights`) into
/// `model`, after checking the file against the model's type. Throws file_error on any mismatch
/// or unreadable file, leaving `model` unchanged.
template <class Model>
void load_h5(Model& model, const std::filesystem::path& path) {
  model.set_weights_flat(detail::read_h5(detail::facts_of<Model>, path));
}

}  // namespace ctnn::keras
