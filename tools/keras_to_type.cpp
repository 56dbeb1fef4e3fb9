// ctnn-keras-type: prints the C++ header that declares the ctnn type of a Keras .h5 model.
//
//   ctnn-keras-type generator.h5 [--name generator] [--namespace gan] > generator_type.hpp
//
// A Sequential model becomes a ctnn::sequential<...> type. A Functional model becomes one
// `inline constexpr auto` value per layer (ctnn/graph.hpp), named after the Keras layer, and the
// ctnn::functional type of its inputs and output.
//
// The header holds the type, a comment with the model's Keras summary, and static_asserts on
// the output shape and the parameter count. The count is read from the weights stored in the
// file, not computed from the type, so the assertion checks the type against the file.
// Exit status: 0 on success, 2 when the file cannot be turned into a type (the reason is on
// standard error), 1 on bad usage.
#include <cctype>
#include <charconv>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <ctnn/io/keras_h5.hpp>

namespace {

using nlohmann::json;
namespace ca = ctnn::conv_arithmetic;

/// An error that names the file and, where known, the layer.
struct conversion_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// A real hyper-parameter as it was written: Keras stores float32 values as doubles
/// (0.20000000298023224), which print as the float32 they came from ("0.2").
std::string real_literal(double value) {
  char buffer[64];
  const float single = static_cast<float>(value);
  const auto end = static_cast<double>(single) == value ? std::to_chars(buffer, buffer + sizeof buffer, single).ptr
                                                        : std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  std::string text(buffer, end);
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  return text;
}

std::pair<int, int> pair_of(const json& value) {
  if (value.is_number_integer()) return {value.get<int>(), value.get<int>()};
  return {value.at(0).get<int>(), value.at(1).get<int>()};
}
std::string extent_literal(const json& value) {
  const auto [h, w] = pair_of(value);
  std::string text(1, '{');
  text += std::to_string(h);
  text += ", ";
  text += std::to_string(w);
  text += '}';
  return text;
}

std::string activation_literal(const json& config, const std::string& where) {
  const std::string name = config.value("activation", "linear");
  for (auto a : {ctnn::activation::linear, ctnn::activation::relu, ctnn::activation::sigmoid, ctnn::activation::tanh,
                 ctnn::activation::selu})
    if (ctnn::keras_name(a) == name) return "ctnn::activation::" + name;
  throw conversion_error(where + ": activation '" + name + "' is not supported by ctnn");
}

std::string padding_literal(const json& config) {
  return config.at("padding").get<std::string>() == "same" ? "ctnn::padding::same" : "ctnn::padding::valid";
}

/// One layer of the generated type: its C++ spelling and its output shape.
struct converted_layer {
  std::string cpp;
  std::vector<std::size_t> output;
};

converted_layer convert(const std::string& keras_class, const json& c, const std::vector<std::size_t>& in,
                        const std::string& where) {
  auto need_image = [&] {
    if (in.size() != 3) throw conversion_error(where + ": needs an image input (rows, columns, channels)");
  };
  std::vector<std::size_t> out = in;
  if (keras_class == "Dense") {
    const int units = c.at("units").get<int>();
    out.back() = std::size_t(units);
    return {"ctnn::dense<" + std::to_string(units) + ", ctnn::dense_opts{.activation = " + activation_literal(c, where) +
                ", .use_bias = " + (c.value("use_bias", true) ? "true" : "false") + "}>",
            out};
  }
  if (keras_class == "Reshape") {
    std::string dims;
    std::size_t known = 1, total = 1;
    for (std::size_t d : in) total *= d;
    for (const json& d : c.at("target_shape")) known *= d.get<int>() > 0 ? std::size_t(d.get<int>()) : 1;
    out.clear();
    for (const json& d : c.at("target_shape")) {
      dims += (dims.empty() ? "" : ", ") + std::to_string(d.get<int>());
      out.push_back(d.get<int>() > 0 ? std::size_t(d.get<int>()) : total / known);
    }
    return {"ctnn::reshape<" + dims + ">", out};
  }
  if (keras_class == "Flatten") {
    std::size_t total = 1;
    for (std::size_t d : in) total *= d;
    return {"ctnn::flatten", {total}};
  }
  if (keras_class == "UpSampling2D") {
    need_image();
    const auto [a, b] = pair_of(c.at("size"));
    const bool bilinear = c.value("interpolation", "nearest") == "bilinear";
    out = {in[0] * std::size_t(a), in[1] * std::size_t(b), in[2]};
    return {"ctnn::upsampling2d<ctnn::upsampling2d_opts{.size = " + extent_literal(c.at("size")) +
                ", .interpolation = ctnn::interpolation::" + (bilinear ? "bilinear" : "nearest") + "}>",
            out};
  }
  if (keras_class == "Conv2D" || keras_class == "Conv2DTranspose") {
    need_image();
    const bool transpose = keras_class == "Conv2DTranspose";
    if (c.contains("groups") && c.at("groups").get<int>() != 1) throw conversion_error(where + ": grouped convolutions are not supported");
    const auto [kh, kw] = pair_of(c.at("kernel_size"));
    const auto [sh, sw] = pair_of(c.at("strides"));
    const auto [dh, dw] = pair_of(c.value("dilation_rate", json::array({1, 1})));
    const ctnn::padding pad = c.at("padding").get<std::string>() == "same" ? ctnn::padding::same : ctnn::padding::valid;
    const bool has_output_padding = transpose && c.contains("output_padding") && !c.at("output_padding").is_null();
    const auto [oph, opw] = has_output_padding ? pair_of(c.at("output_padding")) : std::pair{-1, -1};
    const int keh = ca::effective_extent(kh, dh), kew = ca::effective_extent(kw, dw);
    const int rows = transpose ? ca::transpose_output_length(int(in[0]), keh, sh, pad, oph)
                               : ca::conv_output_length(int(in[0]), keh, sh, pad);
    const int columns = transpose ? ca::transpose_output_length(int(in[1]), kew, sw, pad, opw)
                                  : ca::conv_output_length(int(in[1]), kew, sw, pad);
    const int filters = c.at("filters").get<int>();
    out = {std::size_t(rows), std::size_t(columns), std::size_t(filters)};
    std::string text = transpose ? "ctnn::conv2d_transpose<ctnn::conv2d_transpose_opts{" : "ctnn::conv2d<ctnn::conv2d_opts{";
    text += ".filters = " + std::to_string(filters) + ", .kernel_size = " + extent_literal(c.at("kernel_size")) +
            ", .strides = " + extent_literal(c.at("strides")) + ", .padding = " + padding_literal(c);
    if (has_output_padding) text += ", .output_padding = " + extent_literal(c.at("output_padding"));
    text += ", .dilation_rate = " + extent_literal(c.value("dilation_rate", json::array({1, 1}))) +
            ", .activation = " + activation_literal(c, where) + ", .use_bias = " + (c.value("use_bias", true) ? "true" : "false") +
            "}>";
    return {text, out};
  }
  if (keras_class == "ZeroPadding2D") {
    need_image();
    // Keras accepts 1, (1, 2) and ((top, bottom), (left, right)); the file stores the last form.
    const json& padding = c.at("padding");
    auto side = [&](std::size_t axis, std::size_t end) {
      if (padding.is_number_integer()) return padding.get<int>();
      const json& pair = padding.at(axis);
      return pair.is_number_integer() ? pair.get<int>() : pair.at(end).get<int>();
    };
    const int top = side(0, 0), bottom = side(0, 1), left = side(1, 0), right = side(1, 1);
    out = {in[0] + std::size_t(top + bottom), in[1] + std::size_t(left + right), in[2]};
    return {"ctnn::zero_padding2d<ctnn::zero_padding2d_opts{.top = " + std::to_string(top) + ", .bottom = " +
                std::to_string(bottom) + ", .left = " + std::to_string(left) + ", .right = " + std::to_string(right) + "}>",
            out};
  }
  if (keras_class == "Activation") return {"ctnn::activation_layer<" + activation_literal(c, where) + ">", out};
  if (keras_class == "LeakyReLU") {
    const json& slope = c.contains("alpha") ? c.at("alpha") : c.at("negative_slope");
    return {"ctnn::leaky_relu<" + real_literal(slope.get<double>()) + ">", out};
  }
  if (keras_class == "BatchNormalization") {
    return {"ctnn::batch_normalization<ctnn::batch_normalization_opts{.epsilon = " +
                real_literal(c.value("epsilon", 1e-3)) + ", .center = " + (c.value("center", true) ? "true" : "false") +
                ", .scale = " + (c.value("scale", true) ? "true" : "false") + "}>",
            out};
  }
  if (keras_class == "Dropout") return {"ctnn::dropout<" + real_literal(c.at("rate").get<double>()) + ">", out};
  throw conversion_error(where + ": Keras layer class " + keras_class + " is not supported by ctnn");
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

std::string keras_shape(const std::vector<std::size_t>& dims) {
  std::string text = "(None";
  for (std::size_t d : dims) text += ", " + std::to_string(d);
  return text + ")";
}

/// Values stored for a layer: all of them, and those Keras does not train (moving statistics).
struct stored_count {
  std::size_t total = 0, non_trainable = 0;
};
stored_count stored_parameters(const ctnn::keras::detail::h5_file& file, hid_t weights_root, const std::string& layer) {
  if (!file.has_link(weights_root, layer)) return {};
  ctnn::keras::detail::handle group = file.open_group(weights_root, layer, "layer '" + layer + "'");
  stored_count count;
  for (const std::string& name : file.strings(group.get(), "weight_names", "layer '" + layer + "'")) {
    ctnn::keras::detail::handle dataset(H5Dopen2(group.get(), name.c_str(), H5P_DEFAULT), H5Dclose);
    ctnn::keras::detail::handle space(H5Dget_space(dataset.get()), H5Sclose);
    const hssize_t points = H5Sget_simple_extent_npoints(space.get());
    if (points < 0) file.fail("layer '" + layer + "': the weight '" + name + "' cannot be read");
    count.total += std::size_t(points);
    const std::string stem = ctnn::keras::detail::weight_stem(name);
    if (stem == "moving_mean" || stem == "moving_variance") count.non_trainable += std::size_t(points);
  }
  return count;
}

/// Lists what a weights-only file holds, for the user who must write the type by hand.
std::string describe_weights_only(const ctnn::keras::detail::h5_file& file) {
  std::ostringstream text;
  const hid_t root = file.root();
  for (const std::string& layer : file.strings(root, "layer_names", "the layer list")) {
    ctnn::keras::detail::handle group = file.open_group(root, layer, "layer '" + layer + "'");
    const auto names = file.strings(group.get(), "weight_names", "layer '" + layer + "'");
    text << "  " << layer << (names.empty() ? ": no weights\n" : ":\n");
    for (const std::string& name : names) {
      ctnn::keras::detail::handle dataset(H5Dopen2(group.get(), name.c_str(), H5P_DEFAULT), H5Dclose);
      ctnn::keras::detail::handle space(H5Dget_space(dataset.get()), H5Sclose);
      std::vector<hsize_t> dims(std::size_t(std::max(H5Sget_simple_extent_ndims(space.get()), 0)));
      H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr);
      text << "    " << name << " [";
      for (std::size_t i = 0; i < dims.size(); ++i) text << (i ? ", " : "") << dims[i];
      text << "]\n";
    }
  }
  return text.str();
}

/// The group that holds each layer's weights: model_weights in a full save, the root otherwise.
ctnn::keras::detail::handle weights_root(const ctnn::keras::detail::h5_file& file) {
  return {file.has_link(file.root(), "model_weights") ? H5Gopen2(file.root(), "model_weights", H5P_DEFAULT)
                                                      : H5Gopen2(file.root(), "/", H5P_DEFAULT),
          H5Gclose};
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
void print_checks(const std::string& name, const std::vector<std::size_t>& output_shape, std::size_t total) {
  std::cout << "\nstatic_assert(" << name << "::output_shape == ctnn::shape<" << dims_list(output_shape) << ">{});\n"
            << "static_assert(" << name << "::param_count == " << total << ");  // values stored in the file\n";
}

std::string model_name_of(const json& config, const std::string& fallback) {
  return config.at("config").is_object() ? config.at("config").value("name", fallback) : fallback;
}

int print_sequential(const std::filesystem::path& path, const ctnn::keras::detail::h5_file& file, const json& config,
                     const std::string& keras_version, const std::string& name, const std::string& name_space) {
  json input_shape;
  const std::vector<ctnn::keras::detail::file_layer> layers = ctnn::keras::detail::architecture_layers(config, file, input_shape);
  if (!input_shape.is_array()) file.fail("the architecture gives no input shape (batch_input_shape)");
  std::vector<std::size_t> shape;
  for (std::size_t axis = 1; axis < input_shape.size(); ++axis) shape.push_back(input_shape[axis].get<std::size_t>());
  const ctnn::keras::detail::handle weights_group = weights_root(file);
  std::vector<ctnn::summary_row> rows;
  std::vector<std::string> lines{"ctnn::input<" + dims_list(shape) + ">"};
  std::size_t total = 0, non_trainable = 0;
  for (std::size_t i = 0; i < layers.size(); ++i) {
    const auto& layer = layers[i];
    const std::string where = path.string() + ": layer " + std::to_string(i + 1) + " '" + layer.name + "' (" + layer.keras_class + ")";
    const converted_layer converted = convert(layer.keras_class, layer.config, shape, where);
    shape = converted.output;
    const stored_count params = stored_parameters(file, weights_group.get(), layer.name);
    total += params.total;
    non_trainable += params.non_trainable;
    rows.push_back({layer.name, layer.keras_class, keras_shape(shape), params.total});
    lines.push_back(converted.cpp);
  }

  print_preamble(path, keras_version, ctnn::keras_summary(model_name_of(config, "sequential"), rows, total, total - non_trainable));
  if (!name_space.empty()) std::cout << "namespace " << name_space << " {\n\n";
  std::cout << "using " << name << " = ctnn::sequential<\n";
  for (std::size_t i = 0; i < lines.size(); ++i)
    std::cout << "    " << lines[i] << (i + 1 < lines.size() ? "," : ">;") << (i == 0 ? "" : "  // " + layers[i - 1].name)
              << "\n";
  print_checks(name, shape, total);
  if (!name_space.empty()) std::cout << "\n}  // namespace " << name_space << "\n";
  return 0;
}

/// The output shape of a merge layer (Concatenate, Add, Multiply) of values of shapes `ins`,
/// with the rules ctnn's merge layers check, so that a file they reject fails here, by name.
std::vector<std::size_t> merge_output(const std::string& keras_class, const json& c,
                                      const std::vector<std::vector<std::size_t>>& ins, const std::string& where) {
  if (ins.size() < 2) throw conversion_error(where + ": a merge layer needs at least two inputs, it has " + std::to_string(ins.size()));
  for (const auto& in : ins)
    if (in.size() != ins.front().size())
      throw conversion_error(where + ": its inputs " + keras_shape(ins.front()) + " and " + keras_shape(in) +
                             " have different numbers of axes");
  if (keras_class != "Concatenate") {
    for (const auto& in : ins)
      if (in != ins.front())
        throw conversion_error(where + ": ctnn adds and multiplies values of one shape, not " + keras_shape(ins.front()) +
                               " and " + keras_shape(in) + " (no broadcasting)");
    return ins.front();
  }
  // Keras's axis counts the batch axis: 1 is the first per-sample axis, -1 the last.
  const int axis = c.value("axis", -1), rank = int(ins.front().size());
  if (axis == 0 || axis > rank || -axis > rank)
    throw conversion_error(where + ": axis " + std::to_string(axis) + " is not a per-sample axis of " + keras_shape(ins.front()));
  const std::size_t joined = std::size_t(axis > 0 ? axis - 1 : rank + axis);
  std::vector<std::size_t> out = ins.front();
  out[joined] = 0;
  for (const auto& in : ins) {
    for (std::size_t a = 0; a < in.size(); ++a)
      if (a != joined && in[a] != out[a])
        throw conversion_error(where + ": its inputs " + keras_shape(ins.front()) + " and " + keras_shape(in) +
                               " differ on an axis other than the concatenation axis " + std::to_string(axis));
    out[joined] += in[joined];
  }
  return out;
}

/// A Functional model: one value per layer, in the file's order (Keras's model.layers order,
/// which lists every layer after the layers it reads), then the model type of its inputs and
/// its output.
int print_functional(const std::filesystem::path& path, const ctnn::keras::detail::h5_file& file, const json& config,
                     const std::string& keras_version, const std::string& name, const std::string& name_space) {
  const ctnn::keras::detail::graph_architecture graph = ctnn::keras::detail::functional_architecture(config, file);
  auto name_list = [](const std::vector<std::string>& names) {
    std::string text;
    for (const std::string& n : names) text += (text.empty() ? "'" : ", '") + n + "'";
    return "[" + text + "]";
  };
  if (graph.outputs.size() != 1)
    file.fail("the model has " + std::to_string(graph.outputs.size()) + " outputs " + name_list(graph.outputs) +
              "; a ctnn::functional model has one");
  if (graph.inputs.empty()) file.fail("the architecture lists no model inputs (input_layers)");

  const std::size_t count = graph.layers.size();
  std::map<std::string, std::size_t> index_of;  // the layers defined so far, by Keras name
  std::vector<std::string> ids(count), values(count);
  std::vector<std::vector<std::size_t>> shapes(count);
  std::set<std::string> taken{name};  // the type's name, then each value's
  // A ctnn graph's values are types: a layer applied to values that are the same type is one
  // value, wherever it is written. Two file layers that would be one type cannot be told apart
  // (two identical layers on the same input; inputs of one shape get ids): each layer's type is
  // keyed by its spelling and the layers it reads, to find them.
  std::map<std::string, std::size_t> layer_of_key;
  const ctnn::keras::detail::handle weights_group = weights_root(file);
  std::vector<ctnn::summary_row> rows;
  std::size_t total = 0, non_trainable = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const auto& layer = graph.layers[i];
    const json& c = layer.config;
    const std::string where = path.string() + ": layer " + std::to_string(i + 1) + " '" + layer.name + "' (" + layer.keras_class + ")";
    if (index_of.contains(layer.name)) throw conversion_error(where + ": the file has two layers of this name");
    std::vector<std::size_t> reads;
    for (const std::string& read : graph.reads[i]) {
      const auto found = index_of.find(read);
      if (found == index_of.end())
        throw conversion_error(where + ": it reads '" + read + "', which the file does not define before it");
      reads.push_back(found->second);
    }
    auto need_one_input = [&] {
      if (reads.size() != 1)
        throw conversion_error(where + ": it reads " + std::to_string(reads.size()) + " values " + name_list(graph.reads[i]) +
                               "; a " + layer.keras_class + " layer reads one");
    };
    std::string spelling;  // the C++ layer, without the values it reads
    if (layer.keras_class == "InputLayer") {
      if (!reads.empty()) throw conversion_error(where + ": an input reads no other layer");
      const json declared = ctnn::keras::detail::declared_input_shape(c);
      if (!declared.is_array() || declared.size() < 2)
        throw conversion_error(where + ": the file gives no per-sample input shape (batch_input_shape / batch_shape)");
      for (std::size_t axis = 1; axis < declared.size(); ++axis) {
        if (declared[axis].is_null())
          throw conversion_error(where + ": its input shape " + ctnn::keras::detail::input_shape_string(declared) +
                                 " has an unknown extent (None) on axis " + std::to_string(axis) +
                                 "; a ctnn input has a fixed shape: write the type by hand with the extent you feed");
        if (!declared[axis].is_number_unsigned() || declared[axis].get<std::size_t>() == 0)
          throw conversion_error(where + ": its input shape " + ctnn::keras::detail::input_shape_string(declared) +
                                 " has an extent that is not a positive whole number on axis " + std::to_string(axis));
        shapes[i].push_back(declared[axis].get<std::size_t>());
      }
      spelling = "ctnn::input<" + dims_list(shapes[i]) + ">";
      // A second input of one shape is another value only under its own id: input<...>::id<N>.
      std::size_t same_shape_before = 0;
      for (std::size_t earlier = 0; earlier < i; ++earlier)
        same_shape_before += graph.layers[earlier].keras_class == "InputLayer" && shapes[earlier] == shapes[i] ? 1 : 0;
      if (same_shape_before > 0) spelling += "::id<" + std::to_string(same_shape_before) + ">";
      values[i] = spelling + "{}";
    } else if (layer.keras_class == "Concatenate" || layer.keras_class == "Add" || layer.keras_class == "Multiply") {
      std::vector<std::vector<std::size_t>> ins;
      for (std::size_t r : reads) ins.push_back(shapes[r]);
      shapes[i] = merge_output(layer.keras_class, c, ins, where);
      spelling = layer.keras_class == "Concatenate" ? "ctnn::concatenate<" + std::to_string(c.value("axis", -1)) + ">"
                 : layer.keras_class == "Add"       ? std::string("ctnn::add")
                                                    : std::string("ctnn::multiply");
      values[i] = spelling + "{}(";
      for (std::size_t k = 0; k < reads.size(); ++k) values[i] += (k ? ", " : "") + ids[reads[k]];
      values[i] += ")";
    } else if (layer.keras_class == "Embedding") {
      need_one_input();
      if (c.value("mask_zero", false))
        throw conversion_error(where + ": mask_zero is true; ctnn::embedding has no masks (Keras's mask changes what the "
                                       "layers after it compute)");
      const int input_dim = c.at("input_dim").get<int>(), output_dim = c.at("output_dim").get<int>();
      shapes[i] = shapes[reads[0]];
      shapes[i].push_back(std::size_t(output_dim));
      spelling = "ctnn::embedding<" + std::to_string(input_dim) + ", " + std::to_string(output_dim) + ">";
      values[i] = ids[reads[0]] + " | " + spelling + "{}";
    } else {
      need_one_input();
      const converted_layer converted = convert(layer.keras_class, c, shapes[reads[0]], where);
      shapes[i] = converted.output;
      spelling = converted.cpp;
      values[i] = ids[reads[0]] + " | " + spelling + "{}";
    }

    std::string key = spelling;  // the layers it reads are distinct types already, so their indices name them
    for (std::size_t r : reads) {
      key += ' ';
      key += std::to_string(r);
    }
    if (const auto same = layer_of_key.find(key); same != layer_of_key.end())
      throw conversion_error(where + ": it would be the same ctnn value as layer '" + graph.layers[same->second].name + "' (" +
                             "the same layer applied to the same values" +
                             "): a ctnn graph's values are types, and these two would be one type");
    layer_of_key.emplace(std::move(key), i);

    ids[i] = identifier(layer.name, "layer_");
    while (taken.contains(ids[i]) || is_cpp_keyword(ids[i])) ids[i] += '_';
    taken.insert(ids[i]);
    index_of.emplace(layer.name, i);

    const stored_count params = stored_parameters(file, weights_group.get(), layer.name);
    total += params.total;
    non_trainable += params.non_trainable;
    ctnn::summary_row row{layer.name, layer.keras_class, keras_shape(shapes[i]), params.total};
    if (layer.keras_class == "InputLayer") row.output_shape = "[" + row.output_shape + "]";  // as Keras prints it
    for (const std::string& read : graph.reads[i]) row.connected_to.push_back(read + "[0][0]");
    rows.push_back(std::move(row));
  }

  // The model's ends, and every layer on a path between them: a layer off the output's paths
  // would be in the file and not in the type.
  auto defined = [&](const std::string& layer, const std::string& role) {
    const auto found = index_of.find(layer);
    if (found == index_of.end()) file.fail(role + " '" + layer + "' is not a layer of the architecture");
    return found->second;
  };
  const std::size_t output = defined(graph.outputs.front(), "the model's output");
  std::vector<std::string> input_ids;
  for (const std::string& input : graph.inputs) {
    const std::size_t i = defined(input, "the model's input");
    if (graph.layers[i].keras_class != "InputLayer")
      file.fail("the model's input '" + input + "' is a " + graph.layers[i].keras_class + " layer, not an InputLayer");
    input_ids.push_back(ids[i]);
  }
  std::vector<bool> used(count, false);
  used[output] = true;
  for (std::size_t i = count; i-- > 0;)  // readers come after what they read
    if (used[i])
      for (const std::string& read : graph.reads[i]) used[index_of.at(read)] = true;
  for (std::size_t i = 0; i < count; ++i)
    if (!used[i])
      file.fail("layer '" + graph.layers[i].name + "' (" + graph.layers[i].keras_class +
                ") does not lead to the model's output '" + graph.outputs.front() + "'; a ctnn model holds only the layers its output is computed from");

  // A chain from one input is printed by Keras without the "Connected to" column.
  bool chain = true;
  for (std::size_t i = 0; i < count; ++i)
    chain = chain && (i == 0 ? graph.reads[i].empty() : graph.reads[i].size() == 1 && graph.reads[i][0] == graph.layers[i - 1].name);
  print_preamble(path, keras_version,
                 ctnn::keras_summary(model_name_of(config, "model"), rows, total, total - non_trainable, !chain));
  if (!name_space.empty()) std::cout << "namespace " << name_space << " {\n\n";
  for (std::size_t i = 0; i < count; ++i) std::cout << "inline constexpr auto " << ids[i] << " = " << values[i] << ";\n";
  std::string listed;
  for (const std::string& id : input_ids) listed += (listed.empty() ? "" : ", ") + id;
  std::cout << "\nusing " << name << " = decltype(ctnn::functional(ctnn::inputs(" << listed << "), " << ids[output] << "));\n";
  print_checks(name, shapes[output], total);
  if (!name_space.empty()) std::cout << "\n}  // namespace " << name_space << "\n";
  return 0;
}

int run(const std::filesystem::path& path, std::string name, const std::string& name_space) {
  const ctnn::keras::detail::h5_file file(path);
  const hid_t root = file.root();
  if (!file.has_attribute(root, "model_config")) {
    std::cerr << path.string() << " stores weights only (model.save_weights): it has no architecture to turn into a "
              << "type. Write the ctnn::sequential<...> type by hand, one layer per Keras layer of the model that "
              << "saved it, in the same order (docs/layers.md gives each layer's spelling); the file holds:\n"
              << describe_weights_only(file);
    return 2;
  }
  const json config = json::parse(file.strings(root, "model_config", "the architecture").at(0));
  const std::string keras_version =
      file.has_attribute(root, "keras_version") ? file.strings(root, "keras_version", "the Keras version").at(0) : "?";
  if (name.empty()) name = identifier(path.stem().string());
  const std::string model_class = config.value("class_name", "");
  if (model_class == "Functional" || model_class == "Model")  // Keras 2.4+ writes Functional, older Keras Model
    return print_functional(path, file, config, keras_version, name, name_space);
  return print_sequential(path, file, config, keras_version, name, name_space);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::string file, name, name_space;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if ((args[i] == "--name" || args[i] == "--namespace") && i + 1 < args.size()) {
      (args[i] == "--name" ? name : name_space) = args[i + 1];
      ++i;
    } else if (file.empty() && !args[i].starts_with("-")) {
      file = args[i];
    } else {
      file.clear();
      break;
    }
  }
  if (file.empty()) {
    std::cerr << "usage: ctnn-keras-type MODEL.h5 [--name TYPE_NAME] [--namespace NAMESPACE] > header.hpp\n";
    return 1;
  }
  try {
    return run(file, name, name_space);
  } catch (const std::exception& error) {
    std::cerr << error.what() << "\n";
    return 2;
  }
}
