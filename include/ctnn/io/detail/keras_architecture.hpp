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
#include <span>
#include <string>
#include <string_view>
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

/// A model's architecture as a graph: every layer (InputLayers included) with the layers it
/// reads, and the model's input and output layers; nested models inlined.
struct graph_architecture {
  std::vector<file_layer> layers;
  std::vector<std::vector<std::string>> reads;  ///< per layer, the layers it reads, in argument order
  std::vector<std::string> inputs, outputs;
};

/// A layer's name in its model: the entry's "name" (a Functional model lists one), else its
/// configuration's. Keras 2.2.4 writes a Sequential's configuration as a bare list of its layers,
/// also where the Sequential is a layer of a Functional model (Keras-GAN's generators).
inline std::string layer_name(const nlohmann::json& layer) {
  if (layer.contains("name")) return layer.at("name").get<std::string>();
  const auto config = layer.find("config");
  return config != layer.end() && config->is_object() ? config->value("name", "") : "";
}

/// Every tensor a Keras 3 call argument holds, in order ("__keras_tensor__" with keras_history).
inline void keras3_tensors(const nlohmann::json& argument, std::vector<std::string>& names) {
  if (argument.is_array()) {
    for (const nlohmann::json& item : argument) keras3_tensors(item, names);
  } else if (argument.is_object() && argument.value("class_name", "") == "__keras_tensor__") {
    names.push_back(argument.at("config").at("keras_history").at(0).get<std::string>());
  }
}

/// Whether `entry` is a Keras 2 tensor reference: ["name", node index, tensor index(, {kwargs})].
inline bool is_keras2_tensor(const nlohmann::json& entry) {
  return entry.is_array() && (entry.size() == 3 || entry.size() == 4) && entry[0].is_string() && entry[1].is_number_integer();
}

/// Every tensor a tf.keras 2 operation's call reads: its first argument, ["name", node, tensor,
/// {the other arguments}] (["_CONSTANT_VALUE", -1, 1.0, ...] where that is a number, as in
/// `1.0 - x`), and the tensors among the other arguments (`x * y`: {"y": ["name", node, tensor]}).
inline void keras2_operation_tensors(const nlohmann::json& call, std::vector<std::string>& names) {
  if (call[0] != "_CONSTANT_VALUE") names.push_back(call[0].get<std::string>());
  if (call.size() < 4 || !call[3].is_object()) return;
  for (const nlohmann::json& argument : call[3]) {
    if (is_keras2_tensor(argument)) names.push_back(argument[0].get<std::string>());
    else if (argument.is_array())
      for (const nlohmann::json& item : argument)
        if (is_keras2_tensor(item)) names.push_back(item[0].get<std::string>());
  }
}

/// The layers a layer reads, from its inbound_nodes: Keras 2 writes [[["name", 0, 0, {}], ...]],
/// and for an operation written as a Python expression (TFOpLambda, SlicingOpLambda) one level
/// shallower, [["name", 0, 0, {its other arguments}]]; Keras 3 [{"args": [tensor or [tensors]],
/// "kwargs": {...}}]. A layer called more than once (a shared layer) has several nodes: a ctnn
/// graph applies each layer once.
inline std::vector<std::string> inbound_layers(const nlohmann::json& layer, const h5_file& file) {
  std::vector<std::string> names;
  const auto found = layer.find("inbound_nodes");
  if (found == layer.end()) return names;
  const nlohmann::json& inbound = *found;
  auto malformed = [&](const nlohmann::json& node) {
    file.fail("layer '" + layer_name(layer) + "': its inbound node " + node.dump().substr(0, 80) +
              " is none of the forms Keras writes");
  };
  if (!inbound.is_array()) malformed(inbound);
  if (inbound.size() > 1)
    file.fail("layer '" + layer_name(layer) + "' is called " + std::to_string(inbound.size()) +
              " times (a shared layer); a ctnn graph applies each layer once");
  for (const nlohmann::json& call : inbound) {
    if (call.is_object()) {
      if (const auto args = call.find("args"); args != call.end()) keras3_tensors(*args, names);
    } else if (is_keras2_tensor(call)) {  // TFOpLambda's call
      keras2_operation_tensors(call, names);
    } else if (call.is_array()) {
      for (const nlohmann::json& tensor : call) {
        if (!is_keras2_tensor(tensor)) malformed(tensor);
        names.push_back(tensor[0].get<std::string>());
      }
    } else {
      malformed(call);
    }
  }
  return names;
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

inline std::vector<std::string> endpoint_names(const nlohmann::json& endpoints) {
  // [["input_1", 0, 0], ...], or a single ["name", 0, 0] when the model has one
  std::vector<std::string> names;
  if (endpoints.is_array() && !endpoints.empty() && endpoints.at(0).is_string()) return {endpoints.at(0).get<std::string>()};
  for (const nlohmann::json& endpoint : endpoints) names.push_back(endpoint.at(0).get<std::string>());
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
/// nested models it uses inlined; `arguments` are the values a calling model passes to it (at the
/// top level there are none: its InputLayers are the graph's inputs). Returns the graph names of
/// its outputs.
inline std::vector<std::string> inline_model(const nlohmann::json& model, const nesting& at,
                                             const std::vector<std::string>& arguments, graph_architecture& graph,
                                             const h5_file& file) {
  constexpr int deepest = 16;
  if (at.depth > deepest) file.fail("the architecture nests models more than " + std::to_string(deepest) + " deep");
  const bool top = at.depth == 0;
  const std::string model_class = model.value("class_name", "");
  const nlohmann::json& config = model.at("config");
  const nlohmann::json& layers = config.is_array() ? config : config.at("layers");
  const bool sequential = model_class == "Sequential";
  const std::string model_name = top ? std::string("the model") : "the nested model '" + at.prefix.substr(0, at.prefix.size() - 1) + "'";
  if (!sequential && !top && config.is_object() && !config.contains("input_layers"))
    file.fail(model_name + " (" + model_class + ") lists no input_layers");

  std::map<std::string, std::size_t> counters;  // Keras 3 groups count the layers of each class
  std::map<std::string, std::string> value_of;  // a layer's name in this model -> its value in the graph
  std::string previous = top || arguments.empty() ? std::string() : arguments.front();  // a Sequential's chain
  if (sequential && !top && arguments.size() != 1)
    file.fail(model_name + " (Sequential) is called with " + std::to_string(arguments.size()) + " values; it reads one");
  auto add = [&](file_layer layer, std::vector<std::string> reads) {
    graph.layers.push_back(std::move(layer));
    graph.reads.push_back(std::move(reads));
    return graph.layers.back().name;
  };
  for (const nlohmann::json& layer : layers) {
    const std::string keras_class = layer.at("class_name").get<std::string>();
    const nlohmann::json& layer_config = layer.at("config");
    const std::string own_name = layer_name(layer);
    const std::string stem = snake_case(keras_class);
    std::vector<keras3_step> steps = at.steps;
    steps.push_back({stem, counters[stem]++});
    file_layer entry{keras_class, at.prefix + own_name, &layer_config, at.group, {}, own_name, steps};
    if (const auto registered = layer.find("registered_name"); registered != layer.end() && registered->is_string())
      entry.registered_name = registered->get<std::string>();

    if (sequential) {
      if (keras_class == "InputLayer") {
        if (top && previous.empty()) previous = add(std::move(entry), {});
        continue;
      }
      if (top && previous.empty()) {  // Keras 2's first layer declares the input: batch_input_shape
        const nlohmann::json* declared = declared_input_shape(layer_config);
        if (declared == nullptr || !declared->is_array())
          file.fail("the model declares no input shape (an InputLayer, or batch_input_shape on its first layer)");
        // The input layer Keras 2 leaves implicit reads its shape from the first layer's configuration.
        previous = add({"InputLayer", at.prefix + own_name + "_input", &layer_config}, {});
      }
      if (is_model_class(keras_class)) {
        const std::vector<std::string> outputs =
            inline_model(layer, {at.prefix + own_name + "/", top ? own_name : at.group, steps, at.depth + 1}, {previous}, graph, file);
        if (outputs.size() != 1) file.fail("the nested model '" + entry.name + "' has " + std::to_string(outputs.size()) + " outputs; ctnn inlines a nested model of one output only (a model of several outputs is a top-level one)");
        previous = outputs.front();
      } else {
        previous = add(std::move(entry), {previous});
      }
      continue;
    }

    std::vector<std::string> reads;
    for (const std::string& read : inbound_layers(layer, file)) {
      const auto found = value_of.find(read);
      if (found == value_of.end())
        file.fail("the architecture refers to a layer '" + at.prefix + read + "' it does not define before '" + entry.name + "'");
      reads.push_back(found->second);
    }
    if (keras_class == "InputLayer" && !top) {  // the value the call passes for this input
      const std::vector<std::string> inputs = endpoint_names(config.at("input_layers"));
      const auto k = static_cast<std::size_t>(std::find(inputs.begin(), inputs.end(), own_name) - inputs.begin());
      if (k >= arguments.size())
        file.fail(model_name + " has an input '" + own_name + "' its call does not pass (it passes " +
                  std::to_string(arguments.size()) + " values)");
      value_of[own_name] = arguments[k];
    } else if (is_model_class(keras_class)) {
      const std::vector<std::string> outputs =
          inline_model(layer, {at.prefix + own_name + "/", top ? own_name : at.group, steps, at.depth + 1}, reads, graph, file);
      if (outputs.size() != 1) file.fail("the nested model '" + entry.name + "' has " + std::to_string(outputs.size()) + " outputs; ctnn inlines a nested model of one output only (a model of several outputs is a top-level one)");
      value_of[own_name] = outputs.front();
    } else {
      value_of[own_name] = add(std::move(entry), std::move(reads));
    }
  }

  if (sequential) {
    if (previous.empty()) file.fail(model_name + " (Sequential) has no layers");
    if (top) graph.inputs = {graph.layers.front().name};
    return {previous};
  }
  auto values = [&](const nlohmann::json& endpoints, const char* role) {
    std::vector<std::string> names;
    for (const std::string& name : endpoint_names(endpoints)) {
      const auto found = value_of.find(name);
      if (found == value_of.end()) file.fail(std::string(role) + " '" + at.prefix + name + "' is not a layer of the architecture");
      names.push_back(found->second);
    }
    return names;
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
  for (std::size_t i = 1; i < graph.layers.size(); ++i) {
    // A nested Functional model with branches has no place in a chain of layers.
    if (graph.reads[i].size() != 1 || graph.reads[i][0] != graph.layers[i - 1].name)
      file.fail("layer '" + graph.layers[i].name + "' (" + graph.layers[i].keras_class +
                ") does not read the layer before it: the nested model it belongs to is a graph, not a chain; "
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
