// ctnn/summary.hpp: Keras's `model.summary()` table.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "ctnn/detail/meta.hpp"

namespace ctnn {

/// One layer's row: "dense (Dense)", "(None, 3200)", 323200, and in a graph the layers it
/// reads ("input_1[0][0]").
struct summary_row {
  std::string name;
  std::string keras_class;
  std::string output_shape;
  std::size_t params;
  std::vector<std::string> connected_to{};
};

/// 1234567 -> "1,234,567", as Python's "{:,}".
inline std::string with_thousands_separators(std::size_t value) {
  const std::string digits = std::to_string(value);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return grouped;
}

/// The table TF 2.x Keras prints. For a sequential model (or a graph that is one chain): 65
/// columns, fields ending at columns 29, 55 and 65. For any other graph: 98 columns, fields
/// ending at 32, 53, 65 and 98, the last one "Connected to", one inbound layer per line. A field
/// too long for its column is cut one short and followed by a space, which is why Keras shows
/// "up_sampling2d_2 (UpSampling2 (None, 10, 10, 128)".
inline std::string keras_summary(std::string_view model_name, const std::vector<summary_row>& rows,
                                 std::size_t total_params, std::size_t trainable_params,
                                 bool with_connections = false) {
  const std::vector<std::size_t> ends =
      with_connections ? std::vector<std::size_t>{32, 53, 65, 98} : std::vector<std::size_t>{29, 55, 65};
  const std::size_t line_length = ends.back();
  auto row = [&](const std::vector<std::string>& fields) {
    std::string line;
    for (std::size_t i = 0; i < ends.size(); ++i) {
      if (i > 0) line.back() = ' ';
      line += fields[i];
      line.resize(ends[i], ' ');
    }
    return line + "\n";
  };
  const std::string rule(line_length, '_'), double_rule(line_length, '=');
  std::string text = "Model: \"" + std::string(model_name) + "\"\n" + rule + "\n";
  text += with_connections ? row({"Layer (type)", "Output Shape", "Param #", "Connected to"})
                           : row({"Layer (type)", "Output Shape", "Param #"});
  text += double_rule + "\n";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const summary_row& r = rows[i];
    std::vector<std::string> fields{r.name + " (" + r.keras_class + ")", r.output_shape, std::to_string(r.params)};
    if (with_connections) fields.push_back(r.connected_to.empty() ? std::string() : r.connected_to.front());
    text += row(fields);
    for (std::size_t k = 1; with_connections && k < r.connected_to.size(); ++k) text += row({"", "", "", r.connected_to[k]});
    text += (i + 1 == rows.size() ? double_rule : rule) + "\n";
  }
  if (rows.empty()) text += double_rule + "\n";
  text += "Total params: " + with_thousands_separators(total_params) + "\n";
  text += "Trainable params: " + with_thousands_separators(trainable_params) + "\n";
  text += "Non-trainable params: " + with_thousands_separators(total_params - trainable_params) + "\n";
  return text + rule + "\n";
}

/// Keras's `model.summary()` of the model whose layout (ctnn/layout.hpp) is `Layout`, named
/// `model_name`, its layers named `layer_names` in position order (for a sequential model, one
/// name per layer after the input). Throws std::invalid_argument when the count of names is wrong.
template <class Layout>
std::string model_summary(std::string_view model_name, const std::vector<std::string>& layer_names) {
  constexpr std::size_t first = Layout::first_layer_position;
  const std::string_view kind = Layout::graph::kind;
  if (layer_names.size() != Layout::node_count - first)
    throw std::invalid_argument("ctnn::" + std::string(kind) + "::summary: the model has " +
                                std::to_string(Layout::node_count - first) + " layers" +
                                (first == 1 ? " after its input, " : ", ") + std::to_string(layer_names.size()) +
                                " names were given");
  std::vector<summary_row> rows;
  detail::for_each_index<Layout::node_count>([&](auto p) {
    using at = typename Layout::template layer<p>;
    if (p < first) return;
    summary_row row{layer_names[p - first], std::string(Layout::layer_classes[p]), at::output_shape::to_keras_string(),
                    at::weights.parameter_count(), {}};
    // Keras prints an InputLayer's output (a node that reads nothing) as a list of shapes.
    if (Layout::node_links.arity[p] == 0) row.output_shape = "[" + row.output_shape + "]";
    for (std::size_t k = 0; k < Layout::node_links.arity[p]; ++k)
      if (Layout::node_links.inputs[p][k] >= first)  // a Keras Sequential's hidden input has no name
        row.connected_to.push_back(layer_names[Layout::node_links.inputs[p][k] - first] + "[0][0]");
    rows.push_back(std::move(row));
  });
  return keras_summary(model_name, rows, Layout::param_count, Layout::trainable_param_count, !Layout::sequential_like);
}

/// The same, with the layers named as a fresh Keras session names them.
template <class Layout>
std::string model_summary(std::string_view model_name) {
  std::vector<std::string> names;
  for (std::size_t position = Layout::first_layer_position; position < Layout::node_count; ++position)
    names.push_back(Layout::layer_name(position));
  return model_summary<Layout>(model_name, names);
}

}  // namespace ctnn
