// ctnn/summary.hpp: Keras's `model.summary()` table.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <iterator>
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

// ---- Keras 3's table ---------------------------------------------------------------------------

namespace detail {

/// Python's round() of a double: to nearest, ties to even (rich sizes columns with it).
inline long long python_round(double value) { return static_cast<long long>(std::nearbyint(value)); }

/// The lines of one table cell of `width` characters as rich (the library Keras 3 prints with)
/// writes it: words wrapped onto lines, a word longer than the cell cut with an ellipsis, each
/// line justified left or right. `text` is ASCII.
inline std::vector<std::string> rich_cell_lines(const std::string& text, std::size_t width, bool right) {
  // rich's divide_line without folding: a word (with the spaces around it) goes to a new line
  // when it does not fit on this one.
  std::vector<std::string> lines;
  std::vector<std::size_t> breaks;
  std::size_t position = 0, at = 0;
  while (at < text.size()) {
    const std::size_t start = at;
    while (at < text.size() && text[at] == ' ') ++at;
    if (at == text.size()) break;
    while (at < text.size() && text[at] != ' ') ++at;
    const std::size_t word_end = at;
    while (at < text.size() && text[at] == ' ') ++at;
    const std::size_t word_length = word_end - start;  // the word and the spaces before it
    if (position + word_length > width) {
      if (start != 0 && (word_length > width || position != 0)) breaks.push_back(start);
      position = at - start;
    } else {
      position += at - start;
    }
  }
  breaks.push_back(text.size());
  std::size_t from = 0;
  for (const std::size_t to : breaks) {
    std::string line = text.substr(from, to - from);
    from = to;
    while (!line.empty() && line.back() == ' ') line.pop_back();  // rich keeps no trailing space either way
    if (line.size() > width) line = line.substr(0, width - 1) + "\u2026";  // an ellipsis: one cell wide
    const std::size_t cells = line.size() - (line.size() >= 3 && line.compare(line.size() - 3, 3, "\u2026") == 0 ? 2 : 0);
    line = right ? std::string(width - cells, ' ') + line : line + std::string(width - cells, ' ');
    lines.push_back(std::move(line));
  }
  return lines;
}

/// "50.50 KB": Keras 3's readable size of `bytes`.
inline std::string readable_memory_size(double bytes) {
  static constexpr const char* units[] = {"B", "KB", "MB", "GB", "TB", "PB"};
  std::size_t unit = 0;
  while (unit + 1 < std::size(units) && bytes / 1024 >= 1) {
    bytes /= 1024;
    ++unit;
  }
  char text[64];
  std::snprintf(text, sizeof text, "%.2f %s", bytes, units[unit]);
  return text;
}

}  // namespace detail

/// The table Keras 3 prints (keras/src/utils/summary_utils.py, drawn by rich with its HEAVY_HEAD
/// box), as on a terminal `columns` wide (80, what Keras finds where there is no terminal: logs,
/// notebooks): lines of min(88, columns - 4) characters for a sequential model (or a graph that
/// is one chain), min(108, columns - 4) with "Connected to" for any other; columns at 45% and 80%,
/// or 30%, 56% and 74% of the line, narrowed as rich narrows them to fit; words wrapped within
/// their cell, a word too long for it cut with an ellipsis.
inline std::string keras3_summary(std::string_view model_name, const std::vector<summary_row>& rows,
                                  std::size_t total_params, std::size_t trainable_params,
                                  bool with_connections = false, std::size_t columns = 80) {
  const std::vector<double> positions = with_connections ? std::vector<double>{0.3, 0.56, 0.74, 1.0} : std::vector<double>{0.45, 0.80, 1.0};
  const std::vector<std::string> headers = with_connections ? std::vector<std::string>{"Layer (type)", "Output Shape", "Param #", "Connected to"}
                                                            : std::vector<std::string>{"Layer (type)", "Output Shape", "Param #"};
  const std::size_t line_length = std::min<std::size_t>(with_connections ? 108 : 88, columns - std::min<std::size_t>(columns, 4));
  // The widths Keras asks for, padding (one space each side) included, and rich's reduction to
  // the line, less its borders: the excess taken from each column in turn, in proportion.
  std::vector<long long> widths;
  long long current = 0;
  for (const double position : positions) {
    const long long width = static_cast<long long>(position * static_cast<double>(line_length)) - current;
    widths.push_back(width + 2);
    current += width;
  }
  long long sum = 0;
  for (const long long width : widths) sum += width;
  const long long available = static_cast<long long>(line_length) - static_cast<long long>(widths.size()) - 1;
  if (sum > available) {
    long long remaining = sum - available, ratio_left = static_cast<long long>(widths.size());
    for (long long& width : widths) {
      const long long taken = std::min(width, detail::python_round(static_cast<double>(remaining) / static_cast<double>(ratio_left)));
      width -= taken;
      remaining -= taken;
      --ratio_left;
    }
  }
  auto rule = [&](const char* left, const char* line, const char* middle, const char* right) {
    std::string text = left;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      for (long long i = 0; i < widths[c]; ++i) text += line;
      text += c + 1 < widths.size() ? middle : right;
    }
    return text + "\n";
  };
  auto row = [&](const std::vector<std::string>& cells, const char* bar) {
    std::vector<std::vector<std::string>> lines;
    std::size_t height = 0;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const bool right = c == 2;  // Param #
      lines.push_back(detail::rich_cell_lines(cells[c], static_cast<std::size_t>(widths[c] - 2), right));
      height = std::max(height, lines.back().size());
    }
    std::string text;
    for (std::size_t line = 0; line < height; ++line) {
      text += bar;
      for (std::size_t c = 0; c < cells.size(); ++c) {
        text += ' ';
        if (line < lines[c].size()) text += lines[c][line];
        else text.append(static_cast<std::size_t>(widths[c] - 2), ' ');
        text += ' ';
        text += bar;
      }
      text += "\n";
    }
    return text;
  };
  std::string text = "Model: \"" + std::string(model_name) + "\"\n";
  text += rule("\u250f", "\u2501", "\u2533", "\u2513") + row(headers, "\u2503") + rule("\u2521", "\u2501", "\u2547", "\u2529");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const summary_row& r = rows[i];
    std::vector<std::string> cells{r.name + " (" + r.keras_class + ")", r.output_shape, with_thousands_separators(r.params)};
    if (with_connections) {
      std::string connected;
      for (const std::string& input : r.connected_to) connected += (connected.empty() ? "" : ", ") + input;
      cells.push_back(connected.empty() ? "-" : connected);
    }
    text += row(cells, "\u2502");
    if (i + 1 < rows.size()) text += rule("\u251c", "\u2500", "\u253c", "\u2524");
  }
  text += rule("\u2514", "\u2500", "\u2534", "\u2518");
  auto total = [&](const char* what, std::size_t count) {
    return std::string(" ") + what + ": " + with_thousands_separators(count) + " (" +
           detail::readable_memory_size(static_cast<double>(count) * sizeof(float)) + ")\n";
  };
  return text + total("Total params", total_params) + total("Trainable params", trainable_params) +
         total("Non-trainable params", total_params - trainable_params);
}

/// Which table `summary()` prints: TF 2.x Keras's (the tutorial's), or Keras 3's box-drawn one.
enum class summary_style { keras2, keras3 };

/// Keras's `model.summary()` of the model whose layout (ctnn/layout.hpp) is `Layout`, named
/// `model_name`, its layers named `layer_names` in model.layers order (for a sequential model,
/// one name per layer after the input). One row per layer: a shared layer's row lists every
/// call in "Connected to", and its output shape is TF 2.x's "multiple" where its calls' shapes
/// differ (Keras 3 shows its last call's). Throws std::invalid_argument when the count of names
/// is wrong.
template <class Layout>
std::string model_summary(std::string_view model_name, const std::vector<std::string>& layer_names,
                          summary_style style = summary_style::keras2) {
  constexpr std::size_t first = Layout::first_layer_position;
  constexpr std::size_t layers = Layout::keras_layer_count;
  const std::string_view kind = Layout::graph::kind;
  if (layer_names.size() != layers - first)
    throw std::invalid_argument("ctnn::" + std::string(kind) + "::summary: the model has " + std::to_string(layers - first) +
                                " layers" + (first == 1 ? " after its input, " : ", ") + std::to_string(layer_names.size()) +
                                " names were given");
  std::vector<summary_row> rows(layers - first);
  detail::for_each_index<Layout::node_count>([&](auto p) {  // each call of each layer, in call order
    using at = typename Layout::template layer<p>;
    const std::size_t layer = Layout::layer_of(p);
    if (layer < first) return;
    summary_row& row = rows[layer - first];
    std::string shape = at::output_shape::to_keras_string();
    // TF 2.x Keras prints an InputLayer's output (a node that reads nothing) as a list of shapes.
    if (Layout::node_links.arity[p] == 0 && style == summary_style::keras2) shape = "[" + shape + "]";
    if (Layout::call_index(p) == 0)
      row = {layer_names[layer - first], std::string(Layout::layer_classes[layer]), shape, at::weights.parameter_count(), {}};
    else if (style == summary_style::keras3)
      row.output_shape = shape;
    else if (row.output_shape != shape)
      row.output_shape = "multiple";
    for (std::size_t k = 0; k < Layout::node_links.arity[p]; ++k) {
      const std::size_t input = Layout::node_links.inputs[p][k];
      if (Layout::layer_of(input) >= first)  // a Keras Sequential's hidden input has no name
        row.connected_to.push_back(layer_names[Layout::layer_of(input) - first] + "[" +
                                   std::to_string(Layout::call_index(input)) + "][0]");
    }
  });
  return style == summary_style::keras3
             ? keras3_summary(model_name, rows, Layout::param_count, Layout::trainable_param_count, !Layout::sequential_like)
             : keras_summary(model_name, rows, Layout::param_count, Layout::trainable_param_count, !Layout::sequential_like);
}

/// The same, with the layers named as a fresh Keras session names them.
template <class Layout>
std::string model_summary(std::string_view model_name, summary_style style = summary_style::keras2) {
  std::vector<std::string> names;
  for (std::size_t index = Layout::first_layer_position; index < Layout::keras_layer_count; ++index)
    names.push_back(Layout::layer_name(index));
  return model_summary<Layout>(model_name, names, style);
}

}  // namespace ctnn
