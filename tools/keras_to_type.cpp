// ctnn-keras-type: prints the C++ header that declares the ctnn type of a Keras model: a Keras 3
// `.keras` archive or a legacy `.h5` full save (the format told by content, as ctnn::keras::load
// tells it). Nested models are inlined: the type is flat.
//
//   ctnn-keras-type generator.keras [--name generator] [--namespace gan]
//                   [--layer PixelNormalization=gan::pixel_normalization ...] > generator_type.hpp
//
// `--layer CLASS=TYPE` (up to eight) writes a layer of the Keras class CLASS, one that ctnn does
// not have (a class registered outside Keras, `Custom>PixelNormalization`), as the C++ type TYPE:
// the user's own layer, whose keras_class is CLASS. The tool knows nothing of TYPE but its name:
// it takes the layer's output to be its input's shape, as a normalisation or an activation keeps
// it, and the header's static_asserts (output shape, parameter count from the file) check that
// and the layer's weights when it is compiled with TYPE's definition.
//
// A Sequential model becomes a ctnn::sequential<...> type. A Functional model becomes one
// `inline constexpr auto` value per layer (ctnn/graph.hpp), named after the Keras layer, in the
// namespace given with --namespace or else in <name>_layers (never the global one), and the
// ctnn::functional type of its inputs and output.
//
// The header holds the type, a comment with the model's Keras summary, and static_asserts on
// the output shape and the parameter count. The count is read from the weights stored in the
// file, not computed from the type, so the assertion checks the type against the file.
// Exit status: 0 on success, 2 when the file cannot be turned into a type (the reason is on
// standard error), 1 on bad usage.
//
//   ctnn-keras-type --layers < requests > replies
//
// reads one layer per line of standard input, as a file's configuration holds it, with the
// extents of the values it reads, `{"class_name": "Conv2D", "config": {...}, "inputs": [[8, 8, 3]]}`,
// and answers each with one line: `{"cpp": "ctnn::conv2d<...>", "output": [6, 6, 4]}`, or
// `{"error": "..."}` with the rule's message when ctnn cannot be that layer. The layers' own
// headers compute both (their readers): scripts/random_models.py draws its random models through
// it, and so holds no shape rule or C++ spelling of its own.
#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <ctnn/io/detail/keras_reader.hpp>
#include <ctnn/io/keras.hpp>
#include <ctnn/io/detail/keras_json_config.hpp>
#include <ctnn/keras_layers.hpp>

namespace {

using nlohmann::json;
using ctnn::keras::extents;
using ctnn::keras::keras_shape;

/// An error that names the file and, where known, the layer.
struct conversion_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// The layers the user names with `--layer CLASS=TYPE`: Keras classes ctnn does not have, written
/// as the user's C++ types. A kind's reader is a plain function, so each slot has its own.
struct user_layer {
  std::string keras_class, cpp_type;
};
constexpr std::size_t most_user_layers = 8;
std::vector<user_layer> user_layers;
std::array<ctnn::keras::layer_kind, most_user_layers> user_kinds{};

/// Slot I's layer: the user's type, on one value, its shape kept.
template <std::size_t I>
ctnn::keras::layer_reading read_user_layer(const ctnn::keras::config_reader&, std::span<const extents> inputs) {
  return {user_layers[I].cpp_type, inputs[0]};
}
template <std::size_t... I>
void make_user_kinds(std::index_sequence<I...>) {
  ((user_kinds[I] = I < user_layers.size() ? ctnn::keras::layer_kind{user_layers[I].keras_class, 1, &read_user_layer<I>}
                                           : ctnn::keras::layer_kind{}),
   ...);
}

/// `CLASS=TYPE` of a --layer option, or an error that says what is wrong with it.
user_layer parse_user_layer(const std::string& text) {
  const std::size_t equals = text.find('=');
  if (equals == std::string::npos || equals == 0 || equals + 1 == text.size())
    throw conversion_error("--layer " + text + ": give CLASS=TYPE, the Keras class and the C++ type of your layer");
  user_layer layer{text.substr(0, equals), text.substr(equals + 1)};
  if (ctnn::keras::find_layer_kind(layer.keras_class) != nullptr)
    throw conversion_error("--layer " + text + ": ctnn has the Keras class " + layer.keras_class + " already");
  for (const user_layer& other : user_layers)
    if (other.keras_class == layer.keras_class) throw conversion_error("--layer " + text + ": " + layer.keras_class + " is named twice");
  if (user_layers.size() == most_user_layers) throw conversion_error("--layer " + text + ": at most eight --layer options");
  return layer;
}

/// The kind of a Keras class: one of ctnn's (ctnn/keras_layers.hpp), or a layer the user names.
const ctnn::keras::layer_kind* find_kind(std::string_view keras_class) {
  if (const ctnn::keras::layer_kind* kind = ctnn::keras::find_layer_kind(keras_class)) return kind;
  for (std::size_t i = 0; i < user_layers.size(); ++i)
    if (user_layers[i].keras_class == keras_class) return &user_kinds[i];
  return nullptr;
}

/// The kind of a file's layer, from the list of every layer ctnn has (ctnn/keras_layers.hpp) and
/// the user's.
const ctnn::keras::layer_kind& kind_of(const ctnn::keras::detail::file_layer& layer, const std::string& where) {
  if (const ctnn::keras::layer_kind* kind = find_kind(layer.keras_class)) return *kind;
  const std::string note = ctnn::keras::detail::unread_class_note(layer);
  throw conversion_error(where + ": Keras layer class " + layer.keras_class + " is not supported by ctnn" +
                         (note.empty() ? "" : ": " + note) + " (ctnn-keras-type --layer " + layer.keras_class +
                         "=TYPE writes your C++ layer TYPE for it)");
}

/// A file's layer as a ctnn layer, by its kind: the C++ spelling and the output extents, which
/// the layer's header computes from its configuration and the extents of the values it reads.
ctnn::keras::layer_reading read_layer(const ctnn::keras::layer_kind& kind, const json& config, std::span<const extents> inputs,
                                      const std::string& where) {
  try {
    ctnn::keras::json_config_reader reader(config);
    reader.layer_kinds = &ctnn::keras::find_layer_kind;  // a layer object as an activation (LeakyReLU(0.3))
    return kind.read(reader, inputs);
  } catch (const ctnn::keras::config_error& error) {
    throw conversion_error(where + ": " + error.what());
  }
}

std::string identifier(std::string text, const std::string& prefix = "model_") {
  for (char& ch : text)
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  if (text.empty() || std::isdigit(static_cast<unsigned char>(text[0]))) text.insert(0, prefix);
  return text;
}

bool is_cpp_keyword(const std::string& word) {
  static const std::set<std::string> keywords{
      "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case", "catch", "char",
      "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval", "constexpr", "constinit",
      "const_cast", "continue", "co_await", "co_return", "co_yield", "decltype", "default", "delete", "do", "double",
      "dynamic_cast", "else", "enum", "explicit", "export", "extern", "false", "float", "for", "friend", "goto", "if",
      "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq", "nullptr", "operator", "or",
      "or_eq", "private", "protected", "public", "register", "reinterpret_cast", "requires", "return", "short", "signed",
      "sizeof", "static", "static_assert", "static_cast", "struct", "switch", "template", "this", "thread_local",
      "throw", "true", "try", "typedef", "typeid", "typename", "union", "unsigned", "using", "virtual", "void",
      "volatile", "wchar_t", "while", "xor", "xor_eq"};
  return keywords.contains(word);
}

/// Values stored for a layer: all of them, and those Keras does not train (moving statistics).
struct stored_count {
  std::size_t total = 0, non_trainable = 0;
};
stored_count stored_parameters(ctnn::keras::detail::weight_store& store, const ctnn::keras::detail::file_layer& layer,
                               const std::string& where) {
  stored_count count;
  const auto stored = store.of(layer, true, where);
  for (std::size_t i = 0; i < stored.size(); ++i) {
    std::size_t points = 1;
    for (std::size_t extent : store.dims(stored[i], where)) points *= extent;
    count.total += points;
    // Legacy files name the moving statistics; Keras 3 numbers them last, after the trainable weights.
    const bool statistic = stored[i].stem.empty() ? layer.keras_class == "BatchNormalization" && i + 2 >= stored.size()
                                                  : stored[i].stem == "moving_mean" || stored[i].stem == "moving_variance";
    if (statistic) count.non_trainable += points;
  }
  return count;
}

/// Lists what a weights-only file holds, for the user who must write the type by hand.
std::string describe_weights_only(const ctnn::keras::detail::h5_file& file, ctnn::keras::detail::weight_store& store) {
  std::ostringstream text;
  auto print = [&](const std::string& name, const ctnn::keras::detail::stored_weight& weight) {
    const std::vector<std::size_t> dims = store.dims(weight, "'" + weight.group + "'");
    text << "    " << name << " [";
    for (std::size_t i = 0; i < dims.size(); ++i) text << (i ? ", " : "") << dims[i];
    text << "]\n";
  };
  if (store.kind() == ctnn::keras::detail::weight_store::layout::keras3) {
    // Keras 3 names groups by class and rank, not by layer: the groups in model order are unknown,
    // so they are listed as stored, each with its numbered variables.
    for (const std::string& group : store.variable_groups()) {
      text << "  " << group << ":\n";
      for (const auto& weight : store.variables(group)) print(weight.name, weight);
    }
    return text.str();
  }
  const hid_t root = file.root();
  for (const std::string& layer : file.strings(root, "layer_names", "the layer list")) {
    const ctnn::keras::detail::file_layer entry{.name = layer};
    const auto stored = store.of(entry, false, "layer '" + layer + "'");
    text << "  " << layer << (stored.empty() ? ": no weights\n" : ":\n");
    for (const auto& weight : stored) print(weight.name, weight);
  }
  return text.str();
}

std::string dims_list(const std::vector<std::size_t>& dims) {
  std::string text;
  for (std::size_t d : dims) text += (text.empty() ? "" : ", ") + std::to_string(d);
  return text;
}

/// What opens every generated header: where it comes from and Keras's summary of the model.
void print_preamble(const std::filesystem::path& path, const std::string& keras_version, const std::string& summary) {
  std::cout << "// Generated by ctnn-keras-type from " << path.filename().string() << " (Keras " << keras_version
            << "). Regenerate rather than edit.\n//\n";
  std::istringstream lines(summary);
  for (std::string line; std::getline(lines, line);) {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    std::cout << "// " << line << "\n";
  }
  std::cout << "#pragma once\n\n#include <ctnn/ctnn.hpp>\n\n";
}

/// What closes every generated header: the type checked against the file.
void print_checks(const std::string& name, const std::vector<extents>& output_shapes, std::size_t total) {
  std::cout << "\n";
  if (output_shapes.size() == 1)
    std::cout << "static_assert(" << name << "::output_shape == ctnn::shape<" << dims_list(output_shapes[0]) << ">{});\n";
  else
    for (std::size_t k = 0; k < output_shapes.size(); ++k)
      std::cout << "static_assert(" << name << "::output_shape_at<" << k << ">{} == ctnn::shape<" << dims_list(output_shapes[k]) << ">{});\n";
  std::cout << "static_assert(" << name << "::param_count == " << total << ");  // values stored in the file\n";
}

std::string model_name_of(const json& config, const std::string& fallback) {
  return config.at("config").is_object() ? config.at("config").value("name", fallback) : fallback;
}

int print_sequential(const std::filesystem::path& path, const ctnn::keras::detail::h5_file& file,
                     ctnn::keras::detail::weight_store& store, const json& config, const std::string& keras_version,
                     const std::string& name, const std::string& name_space) {
  const json* input_shape = nullptr;
  const std::vector<ctnn::keras::detail::file_layer> layers = ctnn::keras::detail::architecture_layers(config, file, input_shape);
  if (input_shape == nullptr || !input_shape->is_array()) file.fail("the architecture gives no input shape (batch_input_shape)");
  // The input is the InputLayer that a Sequential's first layer declares with its shape.
  const ctnn::keras::layer_reading input =
      read_layer(ctnn::keras::input_kind<>, json{{"batch_input_shape", *input_shape}}, {}, path.string() + ": the model's input");
  extents shape = input.output;
  std::vector<ctnn::summary_row> rows;
  std::vector<std::string> lines{input.cpp};
  std::size_t total = 0, non_trainable = 0;
  for (std::size_t i = 0; i < layers.size(); ++i) {
    const auto& layer = layers[i];
    const std::string where = path.string() + ": layer " + std::to_string(i + 1) + " '" + layer.name + "' (" + layer.keras_class + ")";
    const ctnn::keras::layer_reading reading = read_layer(kind_of(layer, where), *layer.config, {&shape, 1}, where);
    shape = reading.output;
    const stored_count params = stored_parameters(store, layer, where);
    total += params.total;
    non_trainable += params.non_trainable;
    rows.push_back({layer.name, layer.keras_class, keras_shape(shape), params.total});
    lines.push_back(reading.cpp);
  }

  print_preamble(path, keras_version, ctnn::keras_summary(model_name_of(config, "sequential"), rows, total, total - non_trainable));
  if (!name_space.empty()) std::cout << "namespace " << name_space << " {\n\n";
  std::cout << "using " << name << " = ctnn::sequential<\n";
  for (std::size_t i = 0; i < lines.size(); ++i)
    std::cout << "    " << lines[i] << (i + 1 < lines.size() ? "," : ">;") << (i == 0 ? "" : "  // " + layers[i - 1].name)
              << "\n";
  print_checks(name, {shape}, total);
  if (!name_space.empty()) std::cout << "\n}  // namespace " << name_space << "\n";
  return 0;
}

/// A Functional model: one value per call of a layer, in the file's order (Keras's model.layers
/// order, which lists every layer after the layers it reads; a shared layer's calls where it is
/// listed), then the model type of its inputs and its output (or outputs(...) of several). A
/// layer called several times (a shared layer, or a layer of a nested model called several
/// times) is written ctnn::shared<Layer, N> at each call.
int print_functional(const std::filesystem::path& path, const ctnn::keras::detail::h5_file& file,
                     ctnn::keras::detail::weight_store& store, const json& config, const std::string& keras_version,
                     const std::string& name, const std::string& name_space) {
  const ctnn::keras::detail::graph_architecture graph = ctnn::keras::detail::functional_architecture(config, file);
  if (graph.outputs.empty()) file.fail("the architecture lists no model outputs (output_layers)");
  if (graph.inputs.empty()) file.fail("the architecture lists no model inputs (input_layers)");
  auto node_list = [&](const std::vector<std::size_t>& nodes) {
    std::string text;
    for (const std::size_t n : nodes) text += (text.empty() ? "" : ", ") + graph.describe(n);
    return "[" + text + "]";
  };

  const std::size_t count = graph.nodes.size();
  std::vector<std::size_t> calls(graph.layers.size(), 0);
  for (const auto& node : graph.nodes) ++calls[node.layer];
  std::vector<std::string> ids(count), values(count), shared_spelling(graph.layers.size());
  std::vector<extents> shapes(count);
  std::vector<bool> is_input(count, false);  // the model inputs: the layers that read nothing
  std::set<std::string> taken{name};  // the type's name, then each value's
  // A ctnn graph's values are types: a layer applied to values that are the same type is one
  // value, wherever it is written. Two file layers that would be one type (twins: one class and
  // configuration reading the same values) are told apart by an id, as inputs of one shape are:
  // the second is ctnn::layer_id<Layer, 1>, the third ctnn::layer_id<Layer, 2>. Each layer's type
  // is keyed by its spelling and the values it reads, to find them. Shared layers of one
  // spelling are told apart the same way: ctnn::shared<Layer, 0>, ctnn::shared<Layer, 1>, ...
  std::map<std::string, std::size_t> twins_of_key, shared_of_spelling;
  std::vector<ctnn::summary_row> rows(graph.layers.size());
  std::size_t total = 0, non_trainable = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const auto& node = graph.nodes[i];
    const auto& layer = graph.layers[node.layer];
    const json& c = *layer.config;
    const std::string where = path.string() + ": layer " + std::to_string(node.layer + 1) + " '" + layer.name + "' (" + layer.keras_class +
                              ")" + (node.call > 0 ? " call " + std::to_string(node.call) : "");
    // An unknown class is named once the layer is known to read one value, as most layers do.
    const ctnn::keras::layer_kind* kind = find_kind(layer.keras_class);
    const std::size_t arity = kind != nullptr ? kind->inputs : 1;
    if (arity == 0 && !node.reads.empty()) throw conversion_error(where + ": an input reads no other layer");
    if (arity == 1 && node.reads.size() != 1)
      throw conversion_error(where + ": it reads " + std::to_string(node.reads.size()) + " values " + node_list(node.reads) + "; a " +
                             layer.keras_class + " layer reads one");
    std::vector<extents> inputs;
    for (std::size_t r : node.reads) inputs.push_back(shapes[r]);
    const ctnn::keras::layer_reading reading = read_layer(kind_of(layer, where), c, inputs, where);
    shapes[i] = reading.output;
    std::string spelling = reading.cpp;  // the C++ layer, without the values it reads
    is_input[i] = arity == 0;
    if (is_input[i]) {
      // A second input of one shape is another value only under its own id: input<...>::id<N>.
      std::size_t same_shape_before = 0;
      for (std::size_t earlier = 0; earlier < i; ++earlier) same_shape_before += is_input[earlier] && shapes[earlier] == shapes[i] ? 1 : 0;
      if (same_shape_before > 0) spelling += "::id<" + std::to_string(same_shape_before) + ">";
      values[i] = spelling + "{}";
    } else {
      if (calls[node.layer] > 1) {  // every call of a shared layer is the one type
        if (node.call == 0)
          shared_spelling[node.layer] = "ctnn::shared<" + spelling + ", " + std::to_string(shared_of_spelling[spelling]++) + ">";
        spelling = shared_spelling[node.layer];
      }
      std::string key = spelling;  // the values it reads are distinct types already, so their indices name them
      for (std::size_t r : node.reads) {
        key += ' ';
        key += std::to_string(r);
      }
      if (const std::size_t twin = twins_of_key[key]++; twin > 0) {
        if (calls[node.layer] > 1)
          throw conversion_error(where + ": it reads the very values another call of this shared layer reads, which ctnn would make "
                                 "one value; Keras computes the same twice");
        spelling = "ctnn::layer_id<" + spelling + ", " + std::to_string(twin) + ">";
      }
      if (arity == 1) {
        values[i] = ids[node.reads[0]] + " | " + spelling + "{}";
      } else {  // a merge: its call joins the values it reads; a layer's value read again is again(h)
        values[i] = spelling + "{}(";
        for (std::size_t k = 0; k < node.reads.size(); ++k) {
          const auto begin = node.reads.begin(), here = begin + std::ptrdiff_t(k);
          const bool again = !is_input[node.reads[k]] && std::find(begin, here, node.reads[k]) != here;
          values[i] += (k ? ", " : "") + (again ? "ctnn::again(" + ids[node.reads[k]] + ")" : ids[node.reads[k]]);
        }
        values[i] += ")";
      }
    }

    ids[i] = identifier(layer.name + (node.call > 0 ? "_call_" + std::to_string(node.call) : ""), "layer_");
    while (taken.contains(ids[i]) || is_cpp_keyword(ids[i])) ids[i] += '_';
    taken.insert(ids[i]);

    ctnn::summary_row& row = rows[node.layer];
    std::string shape = keras_shape(shapes[i]);
    if (is_input[i]) shape = "[" + shape + "]";  // as Keras prints it
    if (node.call == 0) {
      const stored_count params = stored_parameters(store, layer, where);
      total += params.total;
      non_trainable += params.non_trainable;
      row = {layer.name, layer.keras_class, shape, params.total};
    } else if (row.output_shape != shape) {
      row.output_shape = "multiple";  // as TF 2.x prints a layer whose calls give different shapes
    }
    for (const std::size_t r : node.reads)
      row.connected_to.push_back(graph.layers[graph.nodes[r].layer].name + "[" + std::to_string(graph.nodes[r].call) + "][0]");
  }

  // The model's ends, and every call on a path between them: a layer off the outputs' paths
  // would be in the file and not in the type.
  std::vector<std::string> input_ids;
  for (const std::size_t input : graph.inputs) {
    if (!is_input[input]) file.fail("the model's input " + graph.describe(input) + " is not an InputLayer");
    input_ids.push_back(ids[input]);
  }
  std::vector<bool> used(count, false);
  for (const std::size_t output : graph.outputs) used[output] = true;
  for (std::size_t i = count; i-- > 0;)  // readers come after what they read
    if (used[i])
      for (const std::size_t read : graph.nodes[i].reads) used[read] = true;
  for (std::size_t i = 0; i < count; ++i)
    if (!used[i])
      file.fail("layer " + graph.describe(i) + " does not lead to " +
                (graph.outputs.size() == 1 ? "the model's output " + graph.describe(graph.outputs.front())
                                           : "any of the model's outputs " + node_list(graph.outputs)) +
                "; a ctnn model holds only the layers its outputs are computed from");

  // A chain from one input is printed by Keras without the "Connected to" column.
  bool chain = count == graph.layers.size();
  for (std::size_t i = 0; i < count; ++i) {
    const auto& reads = graph.nodes[i].reads;
    chain = chain && (i == 0 ? reads.empty() : reads.size() == 1 && reads[0] == i - 1);
  }
  print_preamble(path, keras_version,
                 ctnn::keras_summary(model_name_of(config, "model"), rows, total, total - non_trainable, !chain));
  // The layers' values are named after the file's layers (dense, reshape, activation): never in
  // the global namespace, where `using namespace ctnn;` would make `dense<2>` ambiguous. Without
  // --namespace they go into <name>_layers, and only the type is declared at namespace scope.
  const std::string values_namespace = name_space.empty() ? name + "_layers" : name_space;
  const std::string qualifier = name_space.empty() ? values_namespace + "::" : std::string();
  std::cout << "namespace " << values_namespace << " {\n\n";
  for (std::size_t i = 0; i < count; ++i) std::cout << "inline constexpr auto " << ids[i] << " = " << values[i] << ";\n";
  if (name_space.empty()) std::cout << "\n}  // namespace " << values_namespace << "\n";
  std::string listed;
  for (const std::string& id : input_ids) listed += (listed.empty() ? "" : ", ") + qualifier + id;
  std::string ends;
  for (const std::size_t output : graph.outputs) ends += (ends.empty() ? "" : ", ") + qualifier + ids[output];
  if (graph.outputs.size() > 1) ends = "ctnn::outputs(" + ends + ")";
  std::cout << "\nusing " << name << " = decltype(ctnn::functional(ctnn::inputs(" << listed << "), " << ends << "));\n";
  std::vector<extents> output_shapes;
  for (const std::size_t output : graph.outputs) output_shapes.push_back(shapes[output]);
  print_checks(name, output_shapes, total);
  if (!name_space.empty()) std::cout << "\n}  // namespace " << name_space << "\n";
  return 0;
}

int run(const std::filesystem::path& path, std::string name, const std::string& name_space) {
  const std::string who = "ctnn-keras-type";
  std::optional<ctnn::keras::detail::h5_file> file;
  json config;
  std::string keras_version = "?";
  // The file is read once, whole; nothing else is read. The type is not known yet, so its size is
  // bounded only by largest_file_without_model.
  ctnn::keras::detail::byte_buffer bytes = ctnn::keras::detail::read_file_bytes(path, who, ctnn::keras::detail::largest_file_without_model);
  if (ctnn::keras::detail::sniff(bytes) == ctnn::keras::detail::file_format::keras_archive) {
    // A .keras archive: the architecture in config.json, the version in metadata.json.
    ctnn::keras::detail::archive_members members = ctnn::keras::detail::read_archive_members(
        path.string(), bytes, who, ctnn::keras::detail::largest_file_without_model);
    file.emplace(path.string(), std::move(members.weights), who, true);
    config = ctnn::keras::detail::parse_architecture(members.config, *file, "config.json");
    if (!members.metadata.empty())
      keras_version = ctnn::keras::detail::parse_architecture(members.metadata, *file, "metadata.json").value("keras_version", "?");
  } else {
    file.emplace(path.string(), std::move(bytes), who);
    const hid_t root = file->root();
    if (!file->has_attribute(root, "model_config")) {
      ctnn::keras::detail::weight_store store(*file);
      std::cerr << path.string() << " stores weights only (model.save_weights): it has no architecture to turn into a "
                << "type. Write the ctnn::sequential<...> type by hand, one layer per Keras layer of the model that "
                << "saved it, in the same order (docs/layers.md gives each layer's spelling); the file holds:\n"
                << describe_weights_only(*file, store);
      return 2;
    }
    config = ctnn::keras::detail::parse_architecture(file->strings(root, "model_config", "the architecture").at(0), *file,
                                                     "model_config");
    if (file->has_attribute(root, "keras_version")) keras_version = file->strings(root, "keras_version", "the Keras version").at(0);
  }
  ctnn::keras::detail::weight_store store(*file);
  if (name.empty()) name = identifier(path.stem().string());
  const std::string model_class = config.value("class_name", "");
  if (model_class == "Functional" || model_class == "Model")  // Keras 2.4+ writes Functional, older Keras Model
    return print_functional(path, *file, store, config, keras_version, name, name_space);
  return print_sequential(path, *file, store, config, keras_version, name, name_space);
}

}  // namespace

/// --layers: each request line answered by one reply line, flushed, until the end of the input.
int serve_layers() {
  std::string line;
  while (std::getline(std::cin, line)) {
    json reply;
    try {
      const json request = json::parse(line);
      const std::string keras_class = request.at("class_name").get<std::string>();
      const ctnn::keras::layer_kind* kind = ctnn::keras::find_layer_kind(keras_class);
      if (kind == nullptr) throw conversion_error("Keras layer class " + keras_class + " is not supported by ctnn");
      const auto inputs = request.at("inputs").get<std::vector<extents>>();
      const bool count_ok = kind->inputs == ctnn::keras::any_inputs ? !inputs.empty() : inputs.size() == kind->inputs;
      if (!count_ok || std::any_of(inputs.begin(), inputs.end(), [](const extents& e) { return e.empty(); }))
        throw conversion_error(keras_class + " reads " + (kind->inputs == ctnn::keras::any_inputs ? std::string("values") : std::to_string(kind->inputs)) +
                               " of at least one axis, not " + request.at("inputs").dump());
      const ctnn::keras::layer_reading reading = read_layer(*kind, request.at("config"), inputs, keras_class);
      reply = {{"cpp", reading.cpp}, {"output", reading.output}};
    } catch (const std::exception& error) {
      reply = {{"error", error.what()}};
    }
    std::cout << reply.dump() << std::endl;
  }
  return 0;
}

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() == 1 && args[0] == "--layers") return serve_layers();
  std::string file, name, name_space;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if ((args[i] == "--name" || args[i] == "--namespace") && i + 1 < args.size()) {
      (args[i] == "--name" ? name : name_space) = args[i + 1];
      ++i;
    } else if (args[i] == "--layer" && i + 1 < args.size()) {
      try {
        user_layers.push_back(parse_user_layer(args[++i]));
      } catch (const conversion_error& error) {
        std::cerr << error.what() << "\n";
        return 1;
      }
    } else if (file.empty() && !args[i].starts_with("-")) {
      file = args[i];
    } else {
      file.clear();
      break;
    }
  }
  if (file.empty()) {
    std::cerr << "usage: ctnn-keras-type MODEL.keras|MODEL.h5 [--name TYPE_NAME] [--namespace NAMESPACE] [--layer CLASS=TYPE ...] > header.hpp\n"
                 "       ctnn-keras-type --layers < layer requests (one JSON object per line) > replies\n";
    return 1;
  }
  make_user_kinds(std::make_index_sequence<most_user_layers>{});
  try {
    return run(file, name, name_space);
  } catch (const std::exception& error) {
    std::cerr << error.what() << "\n";
    return 2;
  }
}
