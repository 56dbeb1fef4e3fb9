// ctnn/io/detail/keras_architecture.hpp: a Keras model's architecture (the JSON of a legacy .h5's
// model_config or a .keras archive's config.json, Keras 2 and Keras 3 schemas) as one flat graph
// of layers, with every nested model inlined where it is called.
//
// A ctnn model type is flat: a Sequential or Functional model used as a layer of another (the
// usual way a conditional GAN is assembled, `Model([noise, label], generator(joined))`) becomes
// its own layers, reading what the call passed it. Each inlined layer keeps the names that find
// its weights: in legacy files, the group of the outermost model it sits in and its own name
// (the owner in the weight names); in Keras 3 files, its place among the layers of its class at
// each level of nesting (keras3_step).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "ctnn/io/detail/h5_file.hpp"

namespace ctnn::keras::detail {

/// The last component of a Keras weight name without TF's ":0": "dense_1/kernel:0" -> "kernel".
inline std::string weight_stem(const std::string& name) {
  std::string stem = name.substr(name.rfind('/') + 1);
  if (const std::size_t colon = stem.rfind(':'); colon != std::string::npos) stem.resize(colon);
  return stem;
}

/// The layer a stored weight belongs to: "conv2d_5/kernel:0" -> "conv2d_5".
inline std::string weight_owner(const std::string& name) {
  const std::size_t slash = name.rfind('/');
  return slash == std::string::npos ? std::string() : name.substr(0, slash);
}

/// Keras's to_snake_case of a class name, the stem of its automatic layer names and of Keras 3's
/// weight groups: "Conv2DTranspose" -> "conv2d_transpose", "LeakyReLU" -> "leaky_re_lu",
/// "UpSampling2D" -> "up_sampling2d". Keras applies two rewrites, (.)([A-Z][a-z]+) -> \1_\2 and
/// then ([a-z])([A-Z]) -> \1_\2, each left to right without overlaps, and lowers the result.
inline std::string snake_case(std::string_view name) {
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  std::string first;
  for (std::size_t i = 0; i < name.size();) {
    if (i + 2 < name.size() && upper(name[i + 1]) && lower(name[i + 2])) {
      std::size_t end = i + 2;
      while (end < name.size() && lower(name[end])) ++end;
      first += name[i];
      first += '_';
      first.append(name.substr(i + 1, end - i - 1));
      i = end;
    } else {
      first += name[i++];
    }
  }
  std::string result;
  for (std::size_t i = 0; i < first.size();) {
    if (i + 1 < first.size() && lower(first[i]) && upper(first[i + 1])) {
      result += first[i];
      result += '_';
      result += first[i + 1];
      i += 2;
    } else {
      result += first[i++];
    }
  }
  for (char& c : result)
    if (upper(c)) c = static_cast<char>(c - 'A' + 'a');
  return result;
}

/// Where a layer's weights sit in a Keras 3 weights file, one step per level of nesting: the
/// layer is the `ordinal`-th (from 0) layer whose class has the snake_case `stem` in its model.
struct keras3_step {
  std::string stem;
  std::size_t ordinal = 0;
};

/// The configuration of a layer the file gives none (weights-only files): an empty object.
inline const nlohmann::json no_configuration = nlohmann::json::object();

/// One layer of the file's architecture.
struct file_layer {
  std::string keras_class{};
  std::string name{};  ///< "dense_1", or "generator/dense_1" inside the nested model "generator"
  /// Its configuration, in the parsed architecture (which outlives the layer list): never a copy,
  /// so a file's subtree is walked only where it is read.
  const nlohmann::json* config = &no_configuration;
  /// Legacy layout: the group under the weights root that holds the layer's weights, when it is
  /// not its own name (the outermost nested model it sits in, or the wrapper of a weights-only
  /// file), and, for weights-only files, the layer's weight names in it.
  std::string group{};
  std::vector<std::string> weights{};
  std::string own_name{};            ///< its name inside its own model: the owner in its weight names
  std::vector<keras3_step> steps{};  ///< Keras 3 layout: where its group is
  std::string registered_name{};     ///< Keras 3: the name its class is registered under ("" if none)
};

/// How deep an architecture's JSON may nest. Keras's own files nest at most 13 levels (a nested
/// Keras 3 Functional model, its calls' keras_history), and each model nested in another adds 3:
/// 100 admits the 16 levels of models inline_model accepts, and keeps every walk over the parsed
/// tree (and its destruction) within a small, fixed stack.
inline constexpr int deepest_json = 100;

/// An architecture that is not Keras's JSON: text that does not parse, or a value of another JSON
/// type where Keras writes one (nlohmann's exception says which).
[[noreturn]] inline void fail_not_keras_json(const h5_file& file, std::string_view source, const nlohmann::json::exception& error) {
  file.fail("the architecture (" + std::string(source) + ") is not valid Keras JSON: " + error.what());
}

/// The architecture `text` (a model_config attribute or a config.json) parsed, refused as soon as
/// it nests deeper than `deepest_json`, before a deeper level is built.
inline nlohmann::json parse_architecture(std::string_view text, const h5_file& file, std::string_view source) {
  try {
    return nlohmann::json::parse(text, [&](int depth, nlohmann::json::parse_event_t, const nlohmann::json&) {
      if (depth > deepest_json)
        file.fail("the architecture (" + std::string(source) + ") nests JSON more than " + std::to_string(deepest_json) +
                  " levels deep; no Keras model does");
      return true;
    });
  } catch (const nlohmann::json::exception& error) {
    fail_not_keras_json(file, source, error);
  }
}

/// The input shape a layer's configuration declares (Keras 2 batch_input_shape, Keras 3
/// batch_shape), or nullptr.
inline const nlohmann::json* declared_input_shape(const nlohmann::json& layer_config) {
  if (!layer_config.is_object()) return nullptr;
  for (const char* key : {"batch_input_shape", "batch_shape"})
    if (const auto found = layer_config.find(key); found != layer_config.end()) return &*found;
  return nullptr;
}

/// An extent of a shape a file declares: a whole number that fits the extents ctnn has, or
/// nothing (null, a fraction, 1e30, a negative number: no extent, so never equal to one).
inline std::optional<std::size_t> declared_extent(const nlohmann::json& value) {
  constexpr std::uint64_t largest = std::uint64_t{1} << 40;
  if (value.is_number_unsigned() && value.get<std::uint64_t>() <= largest) return static_cast<std::size_t>(value.get<std::uint64_t>());
  if (value.is_number_integer() && value.get<std::int64_t>() >= 0 && static_cast<std::uint64_t>(value.get<std::int64_t>()) <= largest)
    return static_cast<std::size_t>(value.get<std::int64_t>());
  return std::nullopt;
}

/// Whether a declared input shape (batch axis first) is `dims`; None matches any extent.
inline bool declared_shape_is(const nlohmann::json& declared, std::span<const std::size_t> dims) {
  if (!declared.is_array() || declared.size() != dims.size() + 1) return false;
  for (std::size_t axis = 1; axis < declared.size(); ++axis) {
    if (declared[axis].is_null()) continue;
    const std::optional<std::size_t> extent = declared_extent(declared[axis]);
    if (!extent || *extent != dims[axis - 1]) return false;
  }
  return true;
}

/// One call of a layer in a file's graph (Keras's node): the layer, which call of it this is, and
/// the calls whose values it reads.
struct file_node {
  std::size_t layer = 0;             ///< index into graph_architecture::layers
  std::size_t call = 0;              ///< Keras's node index among the layer's calls (0 for most)
  std::vector<std::size_t> reads{};  ///< the nodes it reads, in argument order
};

/// A model's architecture as a graph: every layer once (InputLayers included), every call of each
/// (one for most layers; several for a shared layer, or for the layers of a nested model called
/// several times), and the model's input and output nodes; nested models inlined.
struct graph_architecture {
  std::vector<file_layer> layers;
  std::vector<file_node> nodes;  ///< every node after the nodes it reads
  std::vector<std::size_t> inputs, outputs;
  std::map<std::string, std::size_t> layer_named{};  ///< a layer's graph name -> its index
  std::vector<std::size_t> calls_made{};              ///< per layer, its nodes so far
  std::size_t inlined = 0;                            ///< models inlined so far, the top one included

  /// A nested model is inlined at each of its calls, and a layer may be called many times: a file
  /// could describe a graph far larger than itself. No Keras model comes near this.
  static constexpr std::size_t most_nodes = std::size_t{1} << 16;

  /// The layer named `entry.name`, added once: a nested model called again calls the same layers
  /// (the same JSON object). Another layer of that name (a top-level "enc/dense" beside the nested
  /// model "enc" and its "dense") is refused.
  std::size_t layer(file_layer entry, const h5_file& file) {
    const auto [found, added] = layer_named.try_emplace(entry.name, layers.size());
    if (added) {
      layers.push_back(std::move(entry));
      calls_made.push_back(0);
    } else if (layers[found->second].config != entry.config) {
      file.fail("the architecture has two layers named '" + entry.name + "'");
    }
    return found->second;
  }
  /// A new call of layer `l` reading `reads`: its `index`-th (Keras's node index).
  std::size_t call(std::size_t l, std::size_t index, std::vector<std::size_t> reads, const h5_file& file) {
    if (nodes.size() >= most_nodes)
      file.fail("the architecture calls more than " + std::to_string(most_nodes) + " layers in all, nested models inlined");
    ++calls_made[l];
    nodes.push_back({l, index, std::move(reads)});
    return nodes.size() - 1;
  }
  /// The same, the layer's next call.
  std::size_t call(std::size_t l, std::vector<std::size_t> reads, const h5_file& file) {
    return call(l, calls_made[l], std::move(reads), file);
  }
  /// "'dense' (Dense)", and "'dense' (Dense) call 1" for a layer's second call.
  std::string describe(std::size_t n) const {
    const file_node& node = nodes[n];
    return "'" + layers[node.layer].name + "' (" + layers[node.layer].keras_class + ")" +
           (node.call > 0 ? " call " + std::to_string(node.call) : "");
  }
};

/// A value a call reads, as a file names it: the layer, its node index and which of the node's
/// outputs (Keras 2's ["name", node, tensor, {}], Keras 3's keras_history [name, node, tensor]);
/// only a nested model of several outputs has more than output 0.
struct tensor_reference {
  std::string layer;
  std::size_t node = 0;
  std::size_t tensor = 0;
};

/// A layer's name in its model: the entry's "name" (a Functional model lists one), else its
/// configuration's. Keras 2.2.4 writes a Sequential's configuration as a bare list of its layers,
/// also where the Sequential is a layer of a Functional model (Keras-GAN's generators).
inline std::string layer_name(const nlohmann::json& layer) {
  if (layer.contains("name")) return layer.at("name").get<std::string>();
  const auto config = layer.find("config");
  return config != layer.end() && config->is_object() ? config->value("name", "") : "";
}

/// A node index as a file writes it: a whole number from 0 (a larger one than a model has calls
/// is refused where it is looked up). nullopt for anything else.
inline std::optional<std::size_t> node_index(const nlohmann::json& value) {
  if (value.is_number_unsigned()) return static_cast<std::size_t>(std::min<std::uint64_t>(value.get<std::uint64_t>(), 1u << 30));
  if (value.is_number_integer() && value.get<std::int64_t>() >= 0)
    return static_cast<std::size_t>(std::min<std::int64_t>(value.get<std::int64_t>(), 1 << 30));
  return std::nullopt;
}

/// Every tensor a Keras 3 call argument holds, in order ("__keras_tensor__" with keras_history
/// [layer, node index, tensor index]).
inline void keras3_tensors(const nlohmann::json& argument, std::vector<tensor_reference>& tensors, const h5_file& file) {
  if (argument.is_array()) {
    for (const nlohmann::json& item : argument) keras3_tensors(item, tensors, file);
  } else if (argument.is_object() && argument.value("class_name", "") == "__keras_tensor__") {
    const nlohmann::json& history = argument.at("config").at("keras_history");
    const std::optional<std::size_t> node = history.size() > 1 ? node_index(history.at(1)) : std::optional<std::size_t>(0);
    const std::optional<std::size_t> tensor = history.size() > 2 ? node_index(history.at(2)) : std::optional<std::size_t>(0);
    if (!node || !tensor)
      file.fail("a keras_history " + history.dump().substr(0, 80) + " has a node or tensor index that is not a whole number from 0");
    tensors.push_back({history.at(0).get<std::string>(), *node, *tensor});
  }
}

/// Whether `entry` is a Keras 2 tensor reference: ["name", node index, tensor index(, {kwargs})].
inline bool is_keras2_tensor(const nlohmann::json& entry) {
  return entry.is_array() && (entry.size() == 3 || entry.size() == 4) && entry[0].is_string() && entry[1].is_number_integer();
}

/// A Keras 2 tensor reference as a tensor_reference; nullopt where its node index is negative.
inline std::optional<tensor_reference> keras2_tensor(const nlohmann::json& entry) {
  const std::optional<std::size_t> node = node_index(entry[1]), tensor = node_index(entry[2]);
  if (!node || !tensor) return std::nullopt;
  return tensor_reference{entry[0].get<std::string>(), *node, *tensor};
}

/// The calls of a layer, each the values it reads, from its inbound_nodes: Keras 2 writes
/// [[["name", 0, 0, {}], ...], ...] (one list per call), and for an operation written as a Python
/// expression (TFOpLambda, SlicingOpLambda) one level shallower, [["name", 0, 0, {its other
/// arguments}]], where the other arguments may hold tensors too (`x * y`: {"y": ["name", 0, 0]};
/// `1.0 - x` writes ["_CONSTANT_VALUE", -1, 1.0, ...]); Keras 3 [{"args": [tensor or [tensors]],
/// "kwargs": {...}}, ...]. A layer called several times (a shared layer) has several calls.
inline std::vector<std::vector<tensor_reference>> inbound_calls(const nlohmann::json& layer, const h5_file& file) {
  std::vector<std::vector<tensor_reference>> calls;
  const auto found = layer.find("inbound_nodes");
  if (found == layer.end()) return calls;
  const nlohmann::json& inbound = *found;
  auto malformed = [&](const nlohmann::json& node) {
    file.fail("layer '" + layer_name(layer) + "': its inbound node " + node.dump().substr(0, 80) +
              " is none of the forms Keras writes");
  };
  auto keras2 = [&](const nlohmann::json& tensor, std::vector<tensor_reference>& reads) {
    const std::optional<tensor_reference> read = keras2_tensor(tensor);
    if (!read) malformed(tensor);
    reads.push_back(*read);
  };
  if (!inbound.is_array()) malformed(inbound);
  for (const nlohmann::json& call : inbound) {
    std::vector<tensor_reference>& reads = calls.emplace_back();
    if (call.is_object()) {
      if (const auto args = call.find("args"); args != call.end()) keras3_tensors(*args, reads, file);
    } else if (is_keras2_tensor(call)) {  // TFOpLambda's call
      if (call[0] != "_CONSTANT_VALUE") keras2(call, reads);
      if (call.size() < 4 || !call[3].is_object()) continue;
      for (const nlohmann::json& argument : call[3]) {
        if (is_keras2_tensor(argument)) keras2(argument, reads);
        else if (argument.is_array())
          for (const nlohmann::json& item : argument)
            if (is_keras2_tensor(item)) keras2(item, reads);
      }
    } else if (call.is_array()) {
      for (const nlohmann::json& tensor : call) {
        if (!is_keras2_tensor(tensor)) malformed(tensor);
        keras2(tensor, reads);
      }
    } else {
      malformed(call);
    }
  }
  return calls;
}

/// What a file says of a Keras class that no ctnn layer reads, beyond its name, for the message
/// that refuses it: Python code (Lambda), an operation written as a Python expression (tf.keras
/// 2's TFOpLambda and SlicingOpLambda), a class registered outside Keras (Keras 3's registered
/// name: the model's own code, or another library's). "" for any other class.
inline std::string unread_class_note(const file_layer& layer) {
  if (layer.keras_class == "Lambda")
    return "a Lambda layer is Python code, which ctnn does not run: write what it computes as a C++ layer "
           "(docs/design.md, \"How to add a layer\")";
  if (layer.keras_class == "TFOpLambda" || layer.keras_class == "SlicingOpLambda") {
    const auto function = layer.config->find("function");
    const std::string what = function != layer.config->end() && function->is_string()
                                 ? "tf." + function->get<std::string>().substr(0, 80)
                                 : std::string("an operation");
    return "tf.keras 2 saves an operation written as a Python expression as a " + layer.keras_class + " layer (here " + what +
           "); ctnn reads no such operation";
  }
  if (!layer.registered_name.empty() && layer.registered_name != layer.keras_class)
    return "a class registered outside Keras (as " + layer.registered_name.substr(0, 80) +
           "): write it as a C++ layer whose keras_class is \"" + layer.keras_class +
           "\" (docs/design.md, \"How to add a layer\")";
  return "";
}

/// A model's input_layers or output_layers: [["input_1", 0, 0], ...], or a single ["name", 0, 0]
/// when the model has one.
inline std::vector<tensor_reference> endpoints_of(const nlohmann::json& endpoints, const h5_file& file) {
  auto reference = [&](const nlohmann::json& endpoint) {
    const std::optional<std::size_t> node = endpoint.size() > 1 ? node_index(endpoint.at(1)) : std::optional<std::size_t>(0);
    const std::optional<std::size_t> tensor = endpoint.size() > 2 ? node_index(endpoint.at(2)) : std::optional<std::size_t>(0);
    if (!node || !tensor)
      file.fail("the model's endpoint " + endpoint.dump().substr(0, 80) + " has a node or tensor index that is not a whole number from 0");
    return tensor_reference{endpoint.at(0).get<std::string>(), *node, *tensor};
  };
  if (endpoints.is_array() && !endpoints.empty() && endpoints.at(0).is_string()) return {reference(endpoints)};
  std::vector<tensor_reference> references;
  for (const nlohmann::json& endpoint : endpoints) references.push_back(reference(endpoint));
  return references;
}

inline std::vector<std::string> endpoint_names(const nlohmann::json& endpoints, const h5_file& file) {
  std::vector<std::string> names;
  for (const tensor_reference& endpoint : endpoints_of(endpoints, file)) names.push_back(endpoint.layer);
  return names;
}

/// A Keras class that is a whole model, which a file may use as a layer of another.
inline bool is_model_class(std::string_view keras_class) {
  return keras_class == "Sequential" || keras_class == "Functional" || keras_class == "Model";
}

/// Where a model's layers are inlined: the names and groups its layers take.
struct nesting {
  std::string prefix;  ///< "" at the top level, "generator/" inside the model "generator"
  std::string group;   ///< legacy layout: the top-level group its weights are in ("" at the top level)
  std::vector<keras3_step> steps;
  int depth = 0;
};

/// Appends the layers of `model` (a Sequential or Functional configuration) to `graph`, with the
/// nested models it uses inlined; `arguments` are the nodes a calling model passes to it (at the
/// top level there are none: its InputLayers are the graph's inputs). Returns the nodes of its
/// outputs. A nested model called several times is inlined at each call: its layers are added
/// once, and called once per call.
inline std::vector<std::size_t> inline_model(const nlohmann::json& model, const nesting& at, const std::vector<std::size_t>& arguments,
                                             graph_architecture& graph, const h5_file& file) {
  constexpr int deepest = 16;
  if (at.depth > deepest) file.fail("the architecture nests models more than " + std::to_string(deepest) + " deep");
  // A file that calls models within models many times would make a graph far larger than itself.
  constexpr std::size_t most_inlined = 4096;
  if (++graph.inlined > most_inlined)
    file.fail("the architecture calls nested models more than " + std::to_string(most_inlined) + " times in all");
  const bool top = at.depth == 0;
  const std::string model_class = model.value("class_name", "");
  const nlohmann::json& config = model.at("config");
  const nlohmann::json& layers = config.is_array() ? config : config.at("layers");
  const bool sequential = model_class == "Sequential";
  const std::string model_name = top ? std::string("the model") : "the nested model '" + at.prefix.substr(0, at.prefix.size() - 1) + "'";
  if (!sequential && !top && config.is_object() && !config.contains("input_layers"))
    file.fail(model_name + " (" + model_class + ") lists no input_layers");
  // Every layer's calls, read once.
  std::vector<std::vector<std::vector<tensor_reference>>> calls_of;
  if (!sequential)
    for (const nlohmann::json& layer : layers) calls_of.push_back(inbound_calls(layer, file));

  // A reference names a call by its node index. A nested model built on its own Input has a call
  // of its own first, which the file leaves out and, here and there, still counts:
  // - Keras 3 counts it in output_layers (a nested Functional's calls from 1) and not in its calls'
  //   arguments (from 0);
  // - tf.keras 2 counts it everywhere for a model whose first layer is an InputLayer (a Functional,
  //   a Sequential given its input shape), and Keras 2.2.4 for every nested model: there a nested
  //   model's first call is the smallest index the file refers to it by, since every call's value
  //   is read.
  const bool keras3 = std::any_of(layers.begin(), layers.end(), [](const nlohmann::json& layer) {
                        const auto inbound = layer.find("inbound_nodes");
                        return inbound != layer.end() && inbound->is_array() && !inbound->empty() && inbound->front().is_object();
                      });
  std::map<std::string, std::size_t> first_index, first_output_index;
  if (!sequential && keras3) {
    for (const nlohmann::json& layer : layers) {
      const std::string keras_class = layer.at("class_name").get<std::string>();
      if (keras_class == "Functional" || keras_class == "Model") first_output_index[layer_name(layer)] = 1;
    }
  } else if (!sequential) {
    std::map<std::string, bool> is_model;
    for (const nlohmann::json& layer : layers) is_model[layer_name(layer)] = is_model_class(layer.at("class_name").get<std::string>());
    auto note = [&](const tensor_reference& read) {
      if (const auto found = is_model.find(read.layer); found != is_model.end() && found->second) {
        const auto [entry, added] = first_index.try_emplace(read.layer, read.node);
        if (!added) entry->second = std::min(entry->second, read.node);
      }
    };
    for (const auto& calls : calls_of)
      for (const auto& call : calls)
        for (const tensor_reference& read : call) note(read);
    for (const tensor_reference& output : endpoints_of(config.at("output_layers"), file)) note(output);
    for (auto& [name, first] : first_index)
      if (first > 1)
        file.fail(model_name + " refers to the nested model '" + at.prefix + name + "' from its node " + std::to_string(first) +
                  " on; Keras counts a model's calls from 0, or from 1 where it leaves the first out");
  }

  std::map<std::string, std::size_t> counters;  // Keras 3 groups count the layers of each class
  // (a layer's name in this model, its call, which of the call's outputs) -> node; a layer has
  // one output, a nested model one per output of its own.
  std::map<std::tuple<std::string, std::size_t, std::size_t>, std::size_t> node_of;
  auto call_of = [&](const tensor_reference& read, const std::map<std::string, std::size_t>& first) {
    const auto offset = first.find(read.layer);
    const std::size_t skipped = offset == first.end() ? 0 : offset->second;
    return read.node >= skipped ? read.node - skipped : std::size_t(-1);  // below the first call: no call
  };
  auto value = [&](const tensor_reference& read, const std::string& reader) {
    const std::size_t call = call_of(read, first_index);
    const auto found = node_of.find({read.layer, call, read.tensor});
    if (found == node_of.end())
      file.fail("the architecture refers to " + (read.node == 0 ? std::string() : "node " + std::to_string(read.node) + " of ") +
                (read.tensor == 0 ? std::string() : "output " + std::to_string(read.tensor) + " of ") + "a layer '" + at.prefix +
                read.layer + "' it does not define before " + reader);
    return found->second;
  };
  std::optional<std::size_t> previous;  // a Sequential's chain
  if (!top && !arguments.empty()) previous = arguments.front();
  if (sequential && !top && arguments.size() != 1)
    file.fail(model_name + " (Sequential) is called with " + std::to_string(arguments.size()) + " values; it reads one");
  auto one_output = [&](const std::vector<std::size_t>& outputs, const std::string& name) {
    if (outputs.size() != 1)
      file.fail("the nested model '" + name + "' has " + std::to_string(outputs.size()) +
                " outputs, and a Sequential's layer reads one value: load the file into a ctnn::functional model");
    return outputs.front();
  };
  struct waiting_layer {
    std::size_t index;  ///< in the model's layers
    file_layer entry;
    nesting inside;     ///< where its layers go, when it is a nested model
  };
  std::vector<waiting_layer> waiting_layers;  // the layers whose calls are made below
  std::set<std::string> names;  // a layer's name is its own within its model
  for (std::size_t index = 0; index < layers.size(); ++index) {
    const nlohmann::json& layer = layers[index];
    const std::string keras_class = layer.at("class_name").get<std::string>();
    const nlohmann::json& layer_config = layer.at("config");
    const std::string own_name = layer_name(layer);
    if (!names.insert(own_name).second) file.fail(model_name + " has two layers named '" + at.prefix + own_name + "'");
    const std::string stem = snake_case(keras_class);
    std::vector<keras3_step> steps = at.steps;
    steps.push_back({stem, counters[stem]++});
    file_layer entry{keras_class, at.prefix + own_name, &layer_config, at.group, {}, own_name, steps};
    if (const auto registered = layer.find("registered_name"); registered != layer.end() && registered->is_string())
      entry.registered_name = registered->get<std::string>();
    const nesting inside{at.prefix + own_name + "/", top ? own_name : at.group, steps, at.depth + 1};

    if (sequential) {
      if (keras_class == "InputLayer") {
        if (top && !previous) previous = graph.call(graph.layer(std::move(entry), file), {}, file);
        continue;
      }
      if (top && !previous) {  // Keras 2's first layer declares the input: batch_input_shape
        const nlohmann::json* declared = declared_input_shape(layer_config);
        if (declared == nullptr || !declared->is_array())
          file.fail("the model declares no input shape (an InputLayer, or batch_input_shape on its first layer)");
        // The input layer Keras 2 leaves implicit reads its shape from the first layer's configuration.
        previous = graph.call(graph.layer({"InputLayer", at.prefix + own_name + "_input", &layer_config}, file), {}, file);
      }
      if (is_model_class(keras_class)) previous = one_output(inline_model(layer, inside, {*previous}, graph, file), entry.name);
      else previous = graph.call(graph.layer(std::move(entry), file), {*previous}, file);
      continue;
    }

    if (keras_class == "InputLayer" && !top) {  // the value the call passes for this input
      const std::vector<std::string> inputs = endpoint_names(config.at("input_layers"), file);
      const auto k = static_cast<std::size_t>(std::find(inputs.begin(), inputs.end(), own_name) - inputs.begin());
      if (k >= arguments.size())
        file.fail(model_name + " has an input '" + own_name + "' its call does not pass (it passes " +
                  std::to_string(arguments.size()) + " values)");
      node_of[{own_name, 0, 0}] = arguments[k];
    } else {
      waiting_layers.push_back({index, std::move(entry), inside});
    }
  }

  // The calls, each once the values it reads exist: a layer applied to its own output (tied
  // weights), or a shared layer listed before a layer one of its calls reads (Keras lists a layer
  // at its deepest call's depth), waits for them, as in Keras's from_config. A call's node index
  // is its place in the layer's inbound_nodes; a layer of a nested model inlined again continues
  // the count of its calls.
  using value_key = std::tuple<std::string, std::size_t, std::size_t>;
  std::map<value_key, std::vector<std::pair<std::size_t, std::size_t>>> readers;  // a missing value -> the calls that wait for it
  std::vector<std::vector<std::size_t>> missing(waiting_layers.size());          // per layer and call, the values it waits for
  std::vector<std::pair<std::size_t, std::size_t>> ready;
  auto key_of = [&](const tensor_reference& read) { return value_key{read.layer, call_of(read, first_index), read.tensor}; };
  for (std::size_t w = 0; w < waiting_layers.size(); ++w) {
    const auto& calls = calls_of[waiting_layers[w].index];
    missing[w].assign(std::max<std::size_t>(calls.size(), 1), 0);  // a layer the file gives no call reads nothing
    for (std::size_t c = 0; c < calls.size(); ++c)
      for (const tensor_reference& read : calls[c])
        if (!node_of.contains(key_of(read))) {
          ++missing[w][c];
          readers[key_of(read)].emplace_back(w, c);
        }
    for (std::size_t c = 0; c < missing[w].size(); ++c)
      if (missing[w][c] == 0) ready.emplace_back(w, c);
  }
  auto made = [&](const value_key& key, std::size_t node) {
    node_of[key] = node;
    if (const auto found = readers.find(key); found != readers.end())
      for (const auto& [w, c] : found->second)
        if (--missing[w][c] == 0) ready.emplace_back(w, c);
  };
  std::map<std::size_t, std::size_t> first_node_index;  // per layer of the graph, its calls before this model's
  for (std::size_t next = 0; next < ready.size(); ++next) {
    const auto [w, c] = ready[next];
    waiting_layer& waiting = waiting_layers[w];
    const auto& calls = calls_of[waiting.index];
    std::vector<std::size_t> reads;
    if (!calls.empty())
      for (const tensor_reference& read : calls[c]) reads.push_back(node_of.at(key_of(read)));
    const std::string& own_name = waiting.entry.own_name;
    if (is_model_class(waiting.entry.keras_class)) {
      const std::vector<std::size_t> outputs = inline_model(layers[waiting.index], waiting.inside, reads, graph, file);
      for (std::size_t k = 0; k < outputs.size(); ++k) made({own_name, c, k}, outputs[k]);
    } else {
      const std::size_t l = graph.layer(waiting.entry, file);
      const std::size_t before = first_node_index.try_emplace(l, graph.calls_made[l]).first->second;
      made({own_name, c, 0}, graph.call(l, before + c, std::move(reads), file));
    }
  }
  for (std::size_t w = 0; w < waiting_layers.size(); ++w)  // a call still waiting reads a value the file never makes
    for (std::size_t c = 0; c < missing[w].size(); ++c)
      if (missing[w][c] > 0)
        for (const tensor_reference& read : calls_of[waiting_layers[w].index][c]) value(read, "'" + waiting_layers[w].entry.name + "'");

  if (sequential) {
    if (!previous) file.fail(model_name + " (Sequential) has no layers");
    if (top) graph.inputs = {0};
    return {*previous};
  }
  auto values = [&](const nlohmann::json& endpoints, const char* role) {
    std::vector<std::size_t> nodes;
    for (const tensor_reference& endpoint : endpoints_of(endpoints, file)) {
      const std::size_t call = call_of(endpoint, keras3 ? first_output_index : first_index);
      const auto found = node_of.find({endpoint.layer, call, endpoint.tensor});
      if (found == node_of.end())
        file.fail(std::string(role) + " '" + at.prefix + endpoint.layer + "'" +
                  (endpoint.node == 0 ? std::string() : " (its node " + std::to_string(endpoint.node) + ")") +
                  (endpoint.tensor == 0 ? std::string() : " (its output " + std::to_string(endpoint.tensor) + ")") +
                  " is not a layer of the architecture");
      nodes.push_back(found->second);
    }
    return nodes;
  };
  if (top) graph.inputs = values(config.at("input_layers"), "the model's input");
  return values(config.at("output_layers"), "the model's output");
}

/// The layers of a Sequential model's architecture, in order, nested models inlined (its
/// InputLayer left out, its shape in `input_shape`).
inline std::vector<file_layer> architecture_layers(const nlohmann::json& model_config, const h5_file& file,
                                                   const nlohmann::json*& input_shape) {
  const std::string model_class = model_config.value("class_name", "");
  if (model_class != "Sequential")
    file.fail("the file holds a Keras " + model_class +
              " model (a graph of layers); load it into a ctnn::functional model "
              "(decltype(ctnn::functional(ctnn::inputs(...), output))), not a ctnn::sequential");
  graph_architecture graph;
  inline_model(model_config, {}, {}, graph, file);
  input_shape = declared_input_shape(*graph.layers.front().config);
  for (std::size_t n = 1; n < graph.nodes.size(); ++n) {
    // A nested Functional model with branches, or a layer called twice, has no place in a chain.
    const file_node& node = graph.nodes[n];
    if (node.layer != n || node.reads.size() != 1 || node.reads[0] != n - 1)
      file.fail("layer " + graph.describe(n) +
                " does not read the layer before it: the nested model it belongs to is a graph, not a chain; "
                "load the file into a ctnn::functional model");
  }
  return {std::make_move_iterator(graph.layers.begin() + 1), std::make_move_iterator(graph.layers.end())};
}

/// A Functional model's architecture, nested models inlined.
inline graph_architecture functional_architecture(const nlohmann::json& model_config, const h5_file& file) {
  const std::string model_class = model_config.value("class_name", "");
  if (model_class != "Functional" && model_class != "Model")
    file.fail("the file holds a Keras " + model_class +
              " model; a ctnn::functional model loads Functional models (load a Sequential into a ctnn::sequential)");
  graph_architecture graph;
  graph.outputs = inline_model(model_config, {}, {}, graph, file);
  return graph;
}

inline std::string input_shape_string(const nlohmann::json& shape) {
  std::string text = "(";
  for (std::size_t axis = 0; axis < shape.size(); ++axis) text += (axis ? ", " : "") + (shape[axis].is_null() ? std::string("None") : shape[axis].dump());
  return text + ")";
}

}  // namespace ctnn::keras::detail
