// ctnn/io/detail/keras_reader.hpp: reading a Keras file for a model described by model_facts
// (ctnn/io/model_facts.hpp): the file's architecture checked against the type, its weights found
// in either layout and read into one parameter block. Plain functions over the table, compiled
// once into the library ctnn::keras (src/keras/load.cpp), whose entry points ctnn/io/keras.hpp
// declares; the tools and tests that look inside include this header.
//
// Everything in the file is checked against the model's type before anything is loaded: the
// layer list and each layer's class and configuration, the input shape, every weight's name,
// dtype and shape. A mismatch throws ctnn::keras::file_error naming the file, the layer
// (its index in model.layers, Keras name, class) and what was expected and what was found.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <hdf5.h>
#include <nlohmann/json.hpp>

#include "ctnn/io/detail/file_bytes.hpp"
#include "ctnn/io/detail/h5_file.hpp"
#include "ctnn/io/detail/keras_architecture.hpp"
#include "ctnn/io/detail/keras_json_config.hpp"
#include "ctnn/io/detail/keras_weights.hpp"
#include "ctnn/io/detail/zip_archive.hpp"
#include "ctnn/io/file_error.hpp"
#include "ctnn/io/keras.hpp"
#include "ctnn/io/model_facts.hpp"

namespace ctnn::keras::detail {

// ---- HDF5 files, legacy and Keras 3 layouts -------------------------------------------------

/// Two calls of a file that a ctnn graph cannot tell apart without an id: of layers of one class
/// and configuration (their names aside), reading the same values.
inline bool twins(const graph_architecture& graph, std::size_t a, std::size_t b) {
  const file_layer &one = graph.layers[graph.nodes[a].layer], &other = graph.layers[graph.nodes[b].layer];
  if (one.keras_class != other.keras_class || graph.nodes[a].reads != graph.nodes[b].reads) return false;
  const nlohmann::json &first = *one.config, &second = *other.config;
  if (!first.is_object() || !second.is_object()) return first == second;
  auto same_but_name = [](const nlohmann::json& x, const nlohmann::json& y) {
    for (const auto& [key, value] : x.items()) {
      if (key == "name") continue;
      const auto found = y.find(key);
      if (found == y.end() || *found != value) return false;
    }
    return true;
  };
  return same_but_name(first, second) && same_but_name(second, first);
}

/// The file's layer of each of the type's layers (by layer index, model.layers order), found by
/// walking both graphs from the outputs call by call: the outputs must be the file's
/// output_layers in order, each call must read the calls that the type's node reads, in the same
/// order, and the inputs must be the file's input_layers in order. Then the layers: a layer the
/// type shares (ctnn::shared) must be one layer of the file, called where the type calls it, and
/// a layer the file calls several times one shared layer of the type. Throws file_error at the
/// first difference.
inline std::vector<file_layer> match_graph(const model_facts& model, const graph_architecture& graph, const h5_file& file) {
  const std::size_t n = model.positions.size(), none = ctnn::detail::none, layer_count = model.first_calls.size();
  std::vector<std::size_t> calls(layer_count, 0);
  for (std::size_t p = 0; p < n; ++p) ++calls[model.layer_of_position[p]];
  auto type_layer = [&](std::size_t p) {
    const std::size_t layer = model.layer_of_position[p];
    if (layer == p && calls[layer] == 1)
      return "the type's layer " + std::to_string(p) + " (" + std::string(model.positions[p].keras_class) + ")";
    return "the type's position " + std::to_string(p) + " (" + std::string(model.positions[p].keras_class) + ", a call of its layer " +
           std::to_string(layer) + ")";
  };
  auto names = [&](const std::vector<std::size_t>& nodes) {
    std::string text;
    for (const std::size_t node : nodes)
      text += (text.empty() ? "" : ", ") + graph.layers[graph.nodes[node].layer].name +
              (graph.nodes[node].call > 0 ? " (call " + std::to_string(graph.nodes[node].call) + ")" : "");
    return "[" + text + "]";
  };
  if (graph.outputs.size() != model.output_positions.size())
    file.fail("the file's model has " + std::to_string(graph.outputs.size()) + (graph.outputs.size() == 1 ? " output " : " outputs ") +
              names(graph.outputs) + ", the type has " + std::to_string(model.output_positions.size()) +
              (graph.outputs.size() > 1 ? ": list the file's outputs in ctnn::outputs(...), in its order" : ""));
  if (graph.inputs.size() != model.input_positions.size())
    file.fail("the file's model has " + std::to_string(graph.inputs.size()) + " inputs " + names(graph.inputs) +
              ", the type has " + std::to_string(model.input_positions.size()));
  std::vector<std::size_t> file_of(n, none), position_of(graph.nodes.size(), none);
  auto quoted = [&](std::size_t node) {  // 'dense', or 'dense' (call 1) for a layer's second call
    return "'" + graph.layers[graph.nodes[node].layer].name + "'" +
           (graph.nodes[node].call > 0 ? " (call " + std::to_string(graph.nodes[node].call) + ")" : "");
  };
  auto bind = [&](std::size_t p, std::size_t f, const std::string& role) {
    if (file_of[p] == f) return;
    if (file_of[p] != none || position_of[f] != none)
      file.fail("the file's graph differs from the type's: " + role + " is " + graph.describe(f) + " in the file; in the type it is " +
                type_layer(p) + (file_of[p] != none ? ", which is already the file's " + quoted(file_of[p]) : "") +
                (position_of[f] != none ? ", and " + quoted(f) + " is already " + type_layer(position_of[f]) : "") +
                (file_of[p] != none && graph.nodes[file_of[p]].layer == graph.nodes[f].layer && twins(graph, file_of[p], f)
                     ? ". " + quoted(file_of[p]) + " and " + quoted(f) +
                           " are two calls of one layer on the same values, which a ctnn graph computes once (a value is its "
                           "type): no ctnn type has them"
                 : file_of[p] != none && twins(graph, file_of[p], f)
                     ? ". " + quoted(file_of[p]) + " and " + quoted(f) +
                           " are twins (one class and configuration, reading the same values): in a ctnn graph a value is its "
                           "type, so they are one layer unless the second is told apart; write it x | ctnn::layer_id<Layer, 1>{} "
                           "(ctnn-keras-type writes it so)"
                     : ""));
    file_of[p] = f;
    position_of[f] = p;
  };
  for (std::size_t k = 0; k < model.output_positions.size(); ++k)
    bind(model.output_positions[k], graph.outputs[k], model.output_positions.size() == 1 ? "the output" : "output " + std::to_string(k));
  for (std::size_t k = 0; k < model.input_positions.size(); ++k) bind(model.input_positions[k], graph.inputs[k], "input " + std::to_string(k));
  for (std::size_t p = n; p-- > 0;) {  // readers come after what they read: every p is bound here
    const file_node& node = graph.nodes[file_of[p]];
    const std::size_t arity = model.positions[p].reads.size();
    const std::string what = "layer " + graph.describe(file_of[p]);
    if (node.reads.size() != arity)
      file.fail("the file's graph differs from the type's: " + what + " reads " + std::to_string(node.reads.size()) +
                (node.reads.size() == 1 ? " layer " : " layers ") + names(node.reads) + ", " + type_layer(p) + " reads " +
                std::to_string(arity));
    for (std::size_t k = 0; k < arity; ++k) bind(model.positions[p].reads[k], node.reads[k], "input " + std::to_string(k) + " of " + what);
  }
  // Counted as layers where no layer is called twice, as calls of layers where one is.
  const bool counts_calls = graph.nodes.size() != graph.layers.size() || n != layer_count;
  for (std::size_t f = 0; f < graph.nodes.size(); ++f)
    if (position_of[f] == none)
      file.fail("the file's layer " + graph.describe(f) + " is not part of the type's graph (the type has " + std::to_string(n) +
                (counts_calls ? " calls of layers, the file " : " layers, the file ") + std::to_string(graph.nodes.size()) + ")");
  // One layer of the file for each of the type's, call by call.
  std::vector<std::size_t> file_layer_of(layer_count, none), type_layer_of(graph.layers.size(), none), seen_at(layer_count, none),
      file_seen_at(graph.layers.size(), none);
  for (std::size_t p = 0; p < n; ++p) {
    const std::size_t layer = model.layer_of_position[p], f = graph.nodes[file_of[p]].layer;
    if (file_layer_of[layer] == none && type_layer_of[f] == none) {
      file_layer_of[layer] = f, type_layer_of[f] = layer, seen_at[layer] = p, file_seen_at[f] = file_of[p];
    } else if (file_layer_of[layer] == f) {
      continue;  // another call of a layer both share
    } else if (file_layer_of[layer] != none) {
      file.fail("the file's graph differs from the type's: " + type_layer(p) + " and " + type_layer(seen_at[layer]) +
                " are calls of one shared layer of the type (ctnn::shared), and in the file they are calls of two layers, " +
                graph.describe(file_of[p]) + " and " + graph.describe(file_of[seen_at[layer]]) +
                ": give each its own layer in the type (drop ctnn::shared)");
    } else {
      file.fail("the file's graph differs from the type's: " + graph.describe(file_of[p]) + " and " + graph.describe(file_seen_at[f]) +
                " are calls of one layer of the file (a shared layer), and in the type they are calls of two layers, " +
                type_layer(p) + " and " + type_layer(seen_at[type_layer_of[f]]) +
                ": write that layer as ctnn::shared<Layer, Id> at each call (ctnn-keras-type writes it so)");
    }
  }
  // The inputs' shapes, where the file declares them (None matches any extent).
  for (std::size_t p = 0; p < n; ++p) {
    if (!model.positions[p].is_input) continue;
    const std::span<const std::size_t> dims = model.positions[p].output_dims;
    const file_layer& input = graph.layers[graph.nodes[file_of[p]].layer];
    const nlohmann::json* declared = declared_input_shape(*input.config);
    if (declared == nullptr || !declared->is_array()) continue;
    if (!declared_shape_is(*declared, dims))
      file.fail("input '" + input.name + "': the file's input shape is " + input_shape_string(*declared) + ", the type's is " +
                keras_shape({dims.begin(), dims.end()}));
  }
  std::vector<file_layer> by_layer;
  for (std::size_t layer = 0; layer < layer_count; ++layer) by_layer.push_back(graph.layers[file_layer_of[layer]]);
  return by_layer;
}

/// Checks a file layer's configuration against the entries the type expects.
inline void check_config(const file_layer& layer, std::span<const config_entry> expected, const std::string& what,
                         const h5_file& file) {
  const nlohmann::json& config = *layer.config;
  if (!config.is_object() && !expected.empty()) file.fail(what + ": the configuration is not a JSON object");
  for (const config_entry& entry : expected) {
    const nlohmann::json* found = nullptr;  // the key first, then its alternatives (Keras 3 takes alpha over negative_slope)
    if (const auto at = config.find(entry.key); at != config.end()) found = &*at;
    for (std::string_view key : entry.alternatives)
      if (const auto at = config.find(key); !key.empty() && at != config.end() && found == nullptr) found = &*at;
    if (found == nullptr && entry.absent_means_expected) continue;
    if (found == nullptr) file.fail(what + ": the configuration has no '" + std::string(entry.key) + "'");
    if (!config_matches(*found, entry))
      file.fail(what + ": " + std::string(entry.key) + " is " + found->dump() + ", the type says " + to_json(entry.expected).dump());
  }
}

/// How the file's layers given to read_layers line up with the type's positions.
enum class layer_order {
  architecture,  ///< one per layer (after a sequential's input), from the file's architecture: checked
  by_position,   ///< one per layer, without an architecture (a Keras 3 weights file): classes from the type
  with_weights,  ///< one per layer that holds weights, in order (a legacy weights-only file)
};

/// The weights of the file's `layers`, checked and read into one parameter block.
inline std::vector<float> read_layers(const model_facts& model, const h5_file& file, weight_store& store,
                                      const std::vector<file_layer>& layers, layer_order order) {
  // Graph models (functional) count their inputs among their layers; a sequential's input is not one.
  const std::size_t first_layer = model.input_is_layer ? 0 : 1;
  std::vector<float> staged(model.param_count);
  std::size_t index = 0;  // the file layer of the next layer that holds weights (legacy weights-only files)
  for (std::size_t l = first_layer; l < model.first_calls.size(); ++l) {
    const position_facts& at = model.positions[model.first_calls[l]];  // a layer's calls share its class and weights
    if (order == layer_order::with_weights && at.weights.empty()) continue;
    if (order == layer_order::with_weights && index >= layers.size())
      file.fail("the file stores weights for " + std::to_string(layers.size()) +
                " layers, the type has more layers with weights (from layer " + std::to_string(l) + " on)");
    const file_layer& layer = order == layer_order::with_weights ? layers[index++] : layers[l - first_layer];
    const std::string what = "layer " + std::to_string(l) + (layer.name.empty() ? "" : " '" + layer.name + "'") + " (" +
                             (layer.keras_class.empty() ? std::string(at.keras_class) : layer.keras_class) + ")";
    if (order == layer_order::architecture) {
      if (layer.keras_class != at.keras_class) {
        const std::string note = unread_class_note(layer);
        file.fail(what + ": the type has a " + std::string(at.keras_class) + " at this position" + (note.empty() ? "" : "; " + note));
      }
      for (std::size_t p = 0; p < model.positions.size(); ++p)  // each call's configuration (one for most layers)
        if (model.layer_of_position[p] == l) check_config(layer, model.positions[p].config, what, file);
    }
    const std::vector<stored_weight> stored = store.of(layer, at.weights.empty(), what);
    if (stored.size() != at.weights.size()) {
      std::string names;
      for (const stored_weight& weight : stored)
        names += (names.empty() ? "" : ", ") + (weight.stem.empty() ? weight.group + "/" : "") + weight.name;
      file.fail(what + ": the file stores " + std::to_string(stored.size()) + (stored.size() == 1 ? " weight [" : " weights [") +
                names + "], the type expects " + std::to_string(at.weights.size()));
    }
    std::size_t offset = at.param_offset;
    for (std::size_t i = 0; i < at.weights.size(); ++i) {
      const weight_spec& spec = at.weights[i];
      // Legacy files name each weight; Keras 3 numbers them in get_weights() order, the type's order.
      auto match = stored.begin() + static_cast<std::ptrdiff_t>(i);
      if (!stored[i].stem.empty()) {
        match = std::find_if(stored.begin(), stored.end(), [&](const stored_weight& weight) { return weight.stem == spec.name; });
        if (match == stored.end()) file.fail(what + ": the file has no weight named '" + std::string(spec.name) + "'");
      }
      const std::vector<std::size_t> dims(spec.dims.begin(), spec.dims.begin() + static_cast<std::ptrdiff_t>(spec.rank));
      store.read(*match, dims, std::span<float>(staged).subspan(offset, spec.size()), what + " " + std::string(spec.name));
      offset += spec.size();
    }
  }
  if (order == layer_order::with_weights && index != layers.size())
    file.fail("the file stores weights for " + std::to_string(layers.size()) + " layers, the type has weights in " +
              std::to_string(index));
  if (const std::vector<std::string> left = store.unclaimed(); !left.empty()) {
    std::string listed;
    for (const std::string& group : left) listed += (listed.empty() ? "" : ", ") + group;
    file.fail("the file stores weights for layers the type does not have: " + listed);
  }
  return staged;
}

/// A Sequential model's layers from the file's architecture: in order, the type's.
inline std::vector<file_layer> sequential_layers(const model_facts& model, const h5_file& file, const nlohmann::json& architecture) {
  const nlohmann::json* input_shape = nullptr;
  std::vector<file_layer> layers = architecture_layers(architecture, file, input_shape);
  if (layers.size() != model.layer_count) {
    std::string names;
    for (const auto& layer : layers) names += (names.empty() ? "" : ", ") + layer.name + " (" + layer.keras_class + ")";
    file.fail("the file's model has " + std::to_string(layers.size()) + " layers [" + names + "], the type has " +
              std::to_string(model.layer_count));
  }
  const std::span<const std::size_t> dims = model.positions.front().output_dims;
  if (input_shape != nullptr && input_shape->is_array() && !declared_shape_is(*input_shape, dims))
    file.fail("the file's input shape is " + input_shape_string(*input_shape) + ", the type's is " +
              keras_shape({dims.begin(), dims.end()}));
  return layers;
}

/// A full save (`model.save`, legacy .h5 or .keras): the architecture `architecture` (JSON text)
/// checked against the type (a Sequential's layers in order, a Functional's graph matched with
/// the type's), then the weights read.
/// `info`, where given, gets the model's name and the file's layer names in model.layers order.
inline std::vector<float> read_full_save(const model_facts& model, const h5_file& file, weight_store& store,
                                         std::string_view architecture, std::string_view source, file_info* info = nullptr) {
  const nlohmann::json config = parse_architecture(architecture, file, source);
  try {
    const std::vector<file_layer> layers = model.input_is_layer ? match_graph(model, functional_architecture(config, file), file)
                                                                : sequential_layers(model, file, config);
    std::vector<float> weights = read_layers(model, file, store, layers, layer_order::architecture);
    if (info != nullptr) {
      const auto inner = config.find("config");
      if (inner != config.end() && inner->is_object())
        if (const auto name = inner->find("name"); name != inner->end() && name->is_string()) info->model_name = name->get<std::string>();
      info->layer_names.clear();
      for (const file_layer& layer : layers) info->layer_names.push_back(layer.name);
    }
    return weights;
  } catch (const nlohmann::json::exception& error) {  // a value of the wrong JSON type where Keras writes another
    fail_not_keras_json(file, source, error);
  }
}

/// The longest architecture accepted for `model`: Keras writes a few kilobytes per layer (22 KB for
/// the largest shared model), so this leaves room for any real file and refuses a huge one before
/// it is read.
inline std::size_t largest_architecture(const model_facts& model) {
  return (std::size_t{1} << 20) + (std::size_t{64} << 10) * model.positions.size();
}

/// The largest file accepted for `model`, and the largest weights file inside a `.keras` archive:
/// the architecture, then 16 floats per parameter, room for the weights, an optimizer's state
/// (Adam keeps two values per weight) and HDF5's bookkeeping. A larger file is not this model's
/// and is refused before it is read.
inline std::uint64_t largest_file(const model_facts& model) {
  return largest_architecture(model) + 16 * sizeof(float) * std::uint64_t{model.param_count};
}

/// A legacy file of weights only (`model.save_weights`): the stored layers that hold weights, in
/// order. A group whose weights belong to several layers ("dense_2/kernel:0", "conv2d_5/kernel:0",
/// ...) is a nested model saved through a wrapper: its layers are taken in the order their first
/// weight appears.
inline std::vector<float> read_legacy_weights_only(const model_facts& model, const h5_file& file, weight_store& store,
                                                   hid_t weights_root, const std::vector<std::string>& stored_layers) {
  std::vector<file_layer> layers;
  std::map<std::pair<std::string, std::string>, std::size_t> layer_of;  // (group, owner) -> its entry in layers
  // A file with more weight owners, or more weights, than the type has layers and arrays with
  // weights is not the type's: it is refused as soon as it says so, before it is all listed.
  std::size_t layers_with_weights = 0, arrays = 0, names = 0;
  for (const std::size_t first_call : model.first_calls) {
    layers_with_weights += model.positions[first_call].weights.empty() ? 0 : 1;
    arrays += model.positions[first_call].weights.size();
  }
  for (const std::string& name : stored_layers) {
    handle group = file.open_group(weights_root, name, "layer '" + name + "'");
    for (const std::string& weight : file.strings(group.get(), "weight_names", "layer '" + name + "'")) {
      const std::string owner = weight_owner(weight);
      const auto [entry, added] = layer_of.try_emplace({name, owner}, layers.size());
      if (added) layers.push_back({.name = owner.empty() ? name : owner, .group = name});
      layers[entry->second].weights.push_back(weight);
      if (layers.size() > layers_with_weights || ++names > arrays)
        file.fail("the file stores weights for more than " + std::to_string(layers_with_weights) + " layers or more than " +
                  std::to_string(arrays) + " arrays (at '" + weight + "' in the group '" + name + "'); the type has " +
                  std::to_string(layers_with_weights) + " layers with weights, " + std::to_string(arrays) + " arrays in all");
    }
  }
  return read_layers(model, file, store, layers, layer_order::with_weights);
}

/// A Keras 3 file of weights only (`.weights.h5`): no architecture, so each of the type's layers
/// takes the group of its class and rank among the layers of that class, as Keras names them.
inline std::vector<float> read_keras3_weights_only(const model_facts& model, const h5_file& file, weight_store& store) {
  // A nested model's layers are counted inside its own group; without the architecture nothing
  // says where they sit among the flat type's layers.
  if (const std::vector<std::string> nested = store.nested_models(); !nested.empty())
    file.fail("the weights include the nested model '" + nested.front() +
              "' (a model used as a layer), and a weights file carries no architecture to tell where its layers sit "
              "in the flat type; load the model's .keras file (model.save), whose config.json says");
  std::vector<file_layer> layers;
  std::map<std::string, std::size_t> counters;
  for (std::size_t l = model.input_is_layer ? 0 : 1; l < model.first_calls.size(); ++l) {
    const std::string stem = snake_case(model.positions[model.first_calls[l]].keras_class);
    layers.push_back({.steps = {{stem, counters[stem]++}}});
  }
  return read_layers(model, file, store, layers, layer_order::by_position);
}

/// The weights of the Keras HDF5 file `file` for the model `model` describes, in its parameter
/// order, after checking the whole file against it; `architecture` is the model's JSON where it
/// comes from elsewhere (a .keras archive's config.json), otherwise the file's own model_config.
/// `info`, where given, gets what the file says of the model beside its weights (its name, its
/// layers' names, the Keras version of an HDF5 file's `keras_version`).
inline std::vector<float> read_h5(const model_facts& model, const h5_file& file, const std::string* architecture = nullptr,
                                  file_info* info = nullptr) {
  // A layer's group, its vars and its arrays, a container per level of nesting: Keras 3 writes
  // fewer than 8 objects per layer (a seed generator's state included).
  weight_store store(file, 1024 + 32 * model.positions.size());
  if (architecture != nullptr) return read_full_save(model, file, store, *architecture, "config.json", info);
  const hid_t root = file.root();
  if (info != nullptr && file.has_attribute(root, "keras_version"))
    if (const auto version = file.strings(root, "keras_version", "the Keras version", 256); !version.empty())
      info->keras_version = version.front();
  if (store.kind() == weight_store::layout::keras3) return read_keras3_weights_only(model, file, store);
  const bool full_save = file.has_link(root, "model_weights");
  const handle weights_root = file.open_group(root, full_save ? "model_weights" : "/", "the weights");
  if (!file.has_attribute(weights_root.get(), "layer_names"))
    file.fail(std::string("the group '") + (full_save ? "/model_weights" : "/") +
              "' has no 'layer_names' attribute: this is not a file written by Keras");
  // The file's layers, matched to the model's: from the architecture when the file stores one,
  // otherwise the stored layers that hold weights.
  if (!file.has_attribute(root, "model_config"))
    return read_legacy_weights_only(model, file, store, weights_root.get(),
                                    file.strings(weights_root.get(), "layer_names", "the layer list"));
  const std::vector<std::string> text = file.strings(root, "model_config", "the architecture", largest_architecture(model));
  return read_full_save(model, file, store, text.empty() ? std::string() : text.front(), "model_config", info);
}

// ---- .keras archives ------------------------------------------------------------------------

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
                                             const std::string& who, file_info* info = nullptr) {
  // The weights, the optimizer's state (Adam keeps two values per weight) and HDF5's bookkeeping:
  // a member that declares more is not this model's, and is refused before anything is allocated.
  const std::uint64_t largest_text = largest_architecture(model);
  archive_members members = read_archive_members(name, bytes, who, largest_file(model), largest_text);
  const h5_file file(name, std::move(members.weights), who, true);  // config.json and the weights: one file to the user
  std::vector<float> weights = read_h5(model, file, &members.config, info);
  // metadata.json says which Keras wrote the file; a damaged one keeps the model from nothing.
  if (info != nullptr && !members.metadata.empty()) {
    try {
      const nlohmann::json metadata = parse_architecture(members.metadata, file, "metadata.json");
      if (const auto version = metadata.find("keras_version"); metadata.is_object() && version != metadata.end() && version->is_string())
        info->keras_version = version->get<std::string>();
    } catch (const file_error&) {
    }
  }
  return weights;
}

}  // namespace ctnn::keras::detail
