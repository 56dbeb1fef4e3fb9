// ctnn/detail/model_support.hpp: the parts of a model that do not depend on its layers.
//
// Names and error messages are built here, in plain functions, so that a program with many
// model types compiles this code once rather than once per model.
#pragma once

#include <cmath>
#include <cstddef>
#include <functional>
#include <limits>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "ctnn/weights.hpp"

namespace ctnn::detail {

/// One weight array of a model: which layer owns it and where its values start.
struct weight_entry {
  std::size_t layer;  ///< the owning layer's index in model.layers order (1 = first layer after a sequential's input)
  weight_spec spec;
  std::size_t offset;    ///< into the model's parameters, all arrays back to back in Keras order
};

/// What a model tells about its layers when it reports an error.
struct layer_table {
  std::span<const std::string_view> stems;    ///< Keras name stems, "dense", by layer index
  std::span<const std::string_view> classes;  ///< Keras classes, "Dense", by layer index
};

/// Keras's automatic name of layer `index` (model.layers order): the stem, numbered from the
/// second layer of a kind on, as a fresh Keras session names them ("dense", "dense_1", ...);
/// inputs are named "input_1", "input_2", ... in order, as TF 2.x names Input layers.
inline std::string automatic_layer_name(const layer_table& layers, std::size_t index) {
  const bool is_input = layers.classes[index] == "InputLayer";
  std::size_t same_before = 0;
  for (std::size_t l = 0; l < index; ++l)
    same_before += (layers.classes[l] == "InputLayer") == is_input && layers.stems[l] == layers.stems[index] ? 1 : 0;
  if (is_input) return "input_" + std::to_string(same_before + 1);
  std::string name(layers.stems[index]);
  return same_before == 0 ? name : name + "_" + std::to_string(same_before);
}

/// Throws std::out_of_range unless `index` is one of a model's layers, first .. count - 1.
inline void check_layer_position(std::string_view kind, std::size_t index, std::size_t first, std::size_t count) {
  if (index < first || index >= count)
    throw std::out_of_range("ctnn::" + std::string(kind) + "::layer_name: index " + std::to_string(index) +
                            " is not one of the model's layers " + std::to_string(first) + " to " +
                            std::to_string(count == 0 ? 0 : count - 1));
}

/// "dense/kernel [100, 3200], dense/bias [3200], ..."
inline std::string describe_layout(const layer_table& layers, std::span<const weight_entry> layout) {
  std::string text;
  for (const weight_entry& entry : layout) {
    if (!text.empty()) text += ", ";
    text += automatic_layer_name(layers, entry.layer) + "/" + std::string(entry.spec.name) + " " +
            entry.spec.shape_string();
  }
  return text;
}

[[noreturn]] inline void throw_weight_count(std::string_view kind, const layer_table& layers,
                                            std::span<const weight_entry> layout, std::size_t given) {
  throw weight_error("ctnn::" + std::string(kind) + "::set_weights: the model has " + std::to_string(layout.size()) +
                     " weight arrays (" + describe_layout(layers, layout) + "), " + std::to_string(given) +
                     " were given");
}

[[noreturn]] inline void throw_weight_size(std::string_view kind, const layer_table& layers, const weight_entry& entry,
                                           std::size_t index, std::size_t given) {
  throw weight_error("ctnn::" + std::string(kind) + "::set_weights: array " + std::to_string(index) + " is " +
                     std::string(entry.spec.name) + " of layer " + std::to_string(entry.layer) + " '" +
                     automatic_layer_name(layers, entry.layer) + "' (" +
                     std::string(layers.classes[entry.layer]) + "), expected shape " + entry.spec.shape_string() +
                     " = " + std::to_string(entry.spec.size()) + " values, given " + std::to_string(given) + " values");
}

[[noreturn]] inline void throw_parameter_count(std::string_view kind, std::size_t expected, std::size_t given) {
  throw weight_error("ctnn::" + std::string(kind) + "::set_weights_flat: the model has " + std::to_string(expected) +
                     " parameters, " + std::to_string(given) + " were given");
}

/// Whether `value` is a label of a table with `labels` rows: a whole number in [0, labels).
inline bool is_label(float value, std::size_t labels) {
  return value >= 0.0f && value < static_cast<float>(labels) && std::floor(value) == value;
}

[[noreturn]] inline void throw_bad_label(std::string_view kind, const std::string& layer, std::size_t input,
                                         std::size_t sample, float value, std::size_t labels) {
  throw std::out_of_range("ctnn::" + std::string(kind) + "::predict: input " + std::to_string(input) + ", sample " +
                          std::to_string(sample) + " holds " + std::to_string(value) + ", which is not a label of " +
                          "embedding layer '" + layer + "': labels are whole numbers 0 to " +
                          std::to_string(labels - 1));
}

/// Whether two buffers share any element (std::less gives a total order on pointers).
inline bool overlap(std::span<const float> a, std::span<const float> b) {
  if (a.empty() || b.empty()) return false;
  const std::less<const float*> before;
  return before(a.data(), b.data() + b.size()) && before(b.data(), a.data() + a.size());
}

/// Throws std::invalid_argument when two outputs of a predict call overlap: each needs memory of
/// its own.
inline void check_outputs_apart(std::string_view kind, std::span<const std::span<float>> outputs) {
  for (std::size_t k = 0; k < outputs.size(); ++k)
    for (std::size_t j = 0; j < k; ++j)
      if (overlap(outputs[j], outputs[k]))
        throw std::invalid_argument("ctnn::" + std::string(kind) + "::predict: outputs " + std::to_string(j) + " and " +
                                    std::to_string(k) + " overlap: each output needs memory of its own");
}

/// Where the engine reads a predict call's inputs: where they are, or, when an output overlaps an
/// input (predicting in place), copies of them all in `copies`, since no step may overwrite an
/// input it has still to read. Nothing is allocated unless in place.
inline void engine_inputs(std::span<const std::span<const float>> inputs, std::span<const std::span<float>> outputs,
                          std::vector<std::vector<float>>& copies, std::span<const float*> pointers) {
  bool in_place = false;
  for (std::span<const float> x : inputs)
    for (std::span<const float> y : outputs) in_place = in_place || overlap(x, y);
  if (in_place) copies.reserve(inputs.size());
  for (std::size_t k = 0; k < inputs.size(); ++k)
    pointers[k] = in_place ? copies.emplace_back(inputs[k].begin(), inputs[k].end()).data() : inputs[k].data();
}

/// The batch size of a predict call whose inputs hold `inputs` and whose outputs hold
/// `output_values` (one count per output). Throws std::invalid_argument when an input is not
/// whole samples, when the inputs disagree on the batch size, or when an output does not fit.
inline std::size_t checked_batch(std::string_view kind, std::span<const std::span<const float>> inputs,
                                 std::span<const std::size_t> output_values, std::span<const std::size_t> sample_in,
                                 std::span<const std::size_t> sample_out, std::span<std::string (*const)()> input_shape,
                                 std::span<std::string (*const)()> output_shape) {
  auto where = [&] { return "ctnn::" + std::string(kind) + "::predict: "; };  // built only for an error
  std::size_t batch = 0;
  for (std::size_t k = 0; k < inputs.size(); ++k) {
    auto which = [&] { return inputs.size() == 1 ? std::string("the input") : "input " + std::to_string(k); };
    if (sample_in[k] == 0 || inputs[k].size() % sample_in[k] != 0)
      throw std::invalid_argument(where() + which() + " holds " + std::to_string(inputs[k].size()) +
                                  " values, not a whole number of samples of shape " + input_shape[k]() + " (" +
                                  std::to_string(sample_in[k]) + " values each)");
    const std::size_t samples = inputs[k].size() / sample_in[k];
    if (k > 0 && samples != batch)
      throw std::invalid_argument(where() + which() + " holds " + std::to_string(samples) + " samples, input 0 holds " +
                                  std::to_string(batch) + ": every input needs one sample per output sample");
    batch = samples;
  }
  for (std::size_t k = 0; k < output_values.size(); ++k) {
    auto which = [&] { return output_values.size() == 1 ? std::string("the output") : "output " + std::to_string(k); };
    // A batch whose output would not fit in a size_t cannot fit in the output either: said so
    // before the product wraps around (spans claiming more than memory holds).
    if (sample_out[k] != 0 && batch > std::numeric_limits<std::size_t>::max() / sample_out[k])
      throw std::invalid_argument(where() + std::to_string(batch) + " samples of output shape " + output_shape[k]() + " need " +
                                  "more values of room than a size_t counts, " + which() + " holds " + std::to_string(output_values[k]));
    if (output_values[k] != batch * sample_out[k])
      throw std::invalid_argument(where() + std::to_string(batch) + " samples of output shape " + output_shape[k]() + " need " +
                                  std::to_string(batch * sample_out[k]) + " values of room, " + which() + " holds " +
                                  std::to_string(output_values[k]));
  }
  return batch;
}

}  // namespace ctnn::detail
