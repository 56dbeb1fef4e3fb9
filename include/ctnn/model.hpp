// ctnn/model.hpp: what every model is: a graph of layers at positions, its parameters in Keras
// order, its summary and its two forward passes (the fused engine and the reference path).
//
// A `sequential` (ctnn/sequential.hpp) and a `functional` model (ctnn/functional.hpp) differ only
// in how the graph is written; both are this class over a graph. A graph provides:
// - `size`, and `layer<P>`: the `detail::layer_at` node at each position, inputs before users;
// - `node_links`: each position's input positions;
// - `input_shapes` (a detail::type_list) and `model_inputs`: the model's inputs, in the order
//   `predict` takes them, and their positions;
// - `well_formed`: whether the frame (inputs, output, order) is right; when not, compilation has
//   already failed with a message, and the model stays silent;
// - `kind` ("sequential", "functional") and `input_is_layer`: what Keras calls the model and
//   whether its input counts among its layers (a Keras Sequential hides its InputLayer).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

#include "ctnn/detail/model_support.hpp"
#include "ctnn/detail/parameter_block.hpp"
#include "ctnn/engine/forward.hpp"
#include "ctnn/graph.hpp"
#include "ctnn/initializers.hpp"
#include "ctnn/layers/embedding.hpp"
#include "ctnn/reference/kernel.hpp"
#include "ctnn/shape.hpp"
#include "ctnn/summary.hpp"
#include "ctnn/tensor.hpp"
#include "ctnn/weights.hpp"

namespace ctnn {

/// How many threads `predict` may use: `model.predict(x, ctnn::threads{2})`. The default, 0, is
/// the hardware's concurrency. Results are bit-identical for every count.
struct threads {
  unsigned count = 0;
  unsigned resolve() const { return count != 0 ? count : std::max(1u, std::thread::hardware_concurrency()); }
};

namespace detail {

template <class Shape>
using const_values = std::span<const float>;
template <class Shape>
using const_pointer = const float*;

template <class Layer>
inline constexpr bool is_embedding_v = false;
template <int I, int O>
inline constexpr bool is_embedding_v<embedding<I, O>> = true;

/// An embedding whose labels come straight from a model input (through views only): predict
/// checks those labels before it runs, so that a bad one is reported with its sample.
struct label_check {
  std::size_t position;  ///< the embedding
  std::size_t input;     ///< which model input (index into inputs(...))
  std::size_t labels;    ///< input_dim: labels are 0 .. labels - 1
};

}  // namespace detail

template <class Graph, class InputShapes = typename Graph::input_shapes>
class basic_model;

/// @brief A model: a graph of layers (see the top of this header) with its parameters.
template <class Graph, class... InShapes>
class basic_model<Graph, detail::type_list<InShapes...>> {
 public:
  using graph = Graph;
  /// Every node of the graph, inputs included.
  static constexpr std::size_t node_count = Graph::size;
  static constexpr std::size_t input_count = sizeof...(InShapes);
  /// Layers that are not inputs (for a sequential model, Keras's len(model.layers)).
  static constexpr std::size_t layer_count = node_count >= input_count ? node_count - input_count : 0;
  /// The node at `Position`: layer_at<Position, Layer, input shapes...>.
  template <std::size_t Position>
  using layer = typename Graph::template layer<Position>;

  /// The input positions of each node, and the positions of the model's inputs.
  static constexpr auto node_links = Graph::node_links;
  static constexpr std::array<std::size_t, input_count> input_positions = Graph::model_inputs;
  static constexpr std::size_t output_position = node_count == 0 ? 0 : node_count - 1;
  /// Which model input (index into inputs(...)) the node at `position` is; input_count if none.
  static constexpr std::size_t input_index(std::size_t position) {
    std::size_t k = 0;
    while (k < input_count && input_positions[k] != position) ++k;
    return k;
  }

  /// f(position 0, position 1, ...) for every node of the model, the inputs included.
  template <class F>
  static constexpr decltype(auto) over_positions(F&& f) {
    return detail::over_positions<node_count>(std::forward<F>(f));
  }

  /// Whether every rule of every layer holds (when not, compilation has already failed).
  static constexpr bool valid = Graph::well_formed && over_positions([](auto... p) { return (layer<p>::valid && ...); });

  using input_shapes = detail::type_list<InShapes...>;
  template <std::size_t K>
  using input_shape_at = typename detail::type_at<K, input_shapes>::type;
  using output_shape_type = typename layer<output_position>::output_shape;
  static constexpr output_shape_type output_shape{};
  using output_tensor = tensor<output_shape_type>;

  /// Number of weight arrays, as in `len(model.get_weights())`.
  static constexpr std::size_t weight_count =
      over_positions([](auto... p) { return (std::size_t{0} + ... + layer<p>::weights.size()); });

  /// Every weight array in Keras order, with the owning layer's position and its offset.
  static constexpr std::array<detail::weight_entry, weight_count> weight_layout = [] {
    std::array<detail::weight_entry, weight_count> entries{};
    std::size_t index = 0, offset = 0;
    over_positions([&](auto... p) {
      (
          [&] {
            for (const weight_spec& spec : layer<p>::weights) {
              entries[index++] = {p, spec, offset};
              offset += spec.size();
            }
          }(),
          ...);
      return 0;
    });
    return entries;
  }();

  static constexpr std::size_t param_count =
      over_positions([](auto... p) { return (std::size_t{0} + ... + layer<p>::weights.parameter_count()); });
  static constexpr std::size_t trainable_param_count =
      over_positions([](auto... p) { return (std::size_t{0} + ... + layer<p>::weights.trainable_count()); });
  static constexpr std::size_t non_trainable_param_count = param_count - trainable_param_count;

  /// Offset of the first parameter of the layer at `Position` in `parameters()`.
  template <std::size_t Position>
  static constexpr std::size_t param_offset = [] {
    std::size_t offset = 0;
    over_positions([&](auto... p) {
      ((offset += p < Position ? layer<p>::weights.parameter_count() : 0), ...);
      return 0;
    });
    return offset;
  }();

  /// The largest sample any node produces: what the engine's buffers hold per sample.
  static constexpr std::size_t max_activation_size =
      over_positions([](auto... p) { return std::max({std::size_t{0}, layer<p>::output_shape::size...}); });

  /// Keras's automatic name of the layer at `position`: the class's snake-case stem, numbered from
  /// the second layer of a kind on, as a fresh Keras session names them; inputs are input_1,
  /// input_2, ... A sequential model's input (position 0) is not one of its layers.
  static std::string layer_name(std::size_t position) {
    const std::size_t first = Graph::input_is_layer ? 0 : 1;
    if (position < first || position >= node_count)
      throw std::out_of_range("ctnn::" + std::string(Graph::kind) + "::layer_name: position " + std::to_string(position) +
                              " is not one of the model's layers " + std::to_string(first) + " to " +
                              std::to_string(node_count == 0 ? 0 : node_count - 1));
    return detail::automatic_layer_name(layer_table, position);
  }

  /// Keras's `model.summary()` table (TF 2.x layout), named `model_name`, the layers named as a
  /// fresh Keras session names them.
  static std::string summary(std::string_view model_name = Graph::kind == std::string_view("sequential") ? "sequential" : "model") {
    std::vector<std::string> names;
    for (std::size_t position = Graph::input_is_layer ? 0 : 1; position < node_count; ++position)
      names.push_back(layer_name(position));
    return summary(model_name, names);
  }

  /// The same table with the layers named as you say, in position order (for a sequential model,
  /// one name per layer after the input), e.g. the names a Keras session gave them.
  static std::string summary(std::string_view model_name, const std::vector<std::string>& layer_names) {
    const std::size_t first = Graph::input_is_layer ? 0 : 1;
    if (layer_names.size() != node_count - first)
      throw std::invalid_argument("ctnn::" + std::string(Graph::kind) + "::summary: the model has " +
                                  std::to_string(node_count - first) + " layers" +
                                  (first == 1 ? " after its input, " : ", ") + std::to_string(layer_names.size()) +
                                  " names were given");
    std::vector<summary_row> rows;
    over_positions([&](auto... p) {
      (
          [&] {
            if (p < first) return;
            summary_row row{layer_names[p - first], std::string(layer<p>::description::keras_class),
                            layer<p>::output_shape::to_keras_string(), layer<p>::weights.parameter_count(), {}};
            // Keras prints an InputLayer's output as a list of shapes.
            if (is_input_v<typename layer<p>::description>) row.output_shape = "[" + row.output_shape + "]";
            for (std::size_t k = 0; k < node_links.arity[p]; ++k)
              if (node_links.inputs[p][k] >= first)  // a Keras Sequential's hidden input has no name
                row.connected_to.push_back(layer_names[node_links.inputs[p][k] - first] + "[0][0]");
            rows.push_back(std::move(row));
          }(),
          ...);
      return 0;
    });
    return keras_summary(model_name, rows, param_count, trainable_param_count, !sequential_like);
  }

  // ---- The fused engine (ctnn/engine/): compile-time facts ----------------------------------

  /// The fused engine's plan: `plan::describe()` lists its steps, `plan::steps` holds them.
  using plan = engine::plan<basic_model>;
  /// Multiply-adds of dense, conv2d and conv2d_transpose layers per sample, times 2, as the
  /// layers define them (a transposed convolution counts every kernel cell of every input pixel).
  static constexpr std::size_t flops_per_sample = [] {
    if constexpr (valid) return engine::fused<basic_model>::flops_per_sample;
    else return std::size_t{0};
  }();
  /// Bytes of working memory one thread of `predict` uses (allocated once per thread, reused).
  static constexpr std::size_t arena_bytes = [] {
    if constexpr (valid) return engine::fused<basic_model>::arena_size * sizeof(float);
    else return std::size_t{0};
  }();
  /// Floats of the fused engine's copy of the weights (packed, batch normalization folded).
  static constexpr std::size_t packed_param_count = [] {
    if constexpr (valid) return engine::fused<basic_model>::packed_size;
    else return std::size_t{0};
  }();
  /// Bytes the model object holds: the Keras-order parameters and the engine's packed copy.
  static constexpr std::size_t parameter_bytes = (param_count + packed_param_count) * sizeof(float);

  /// A model with Keras's initial weights drawn from seed 0 (see `initialize`).
  basic_model() : packed_(packed_param_count) { initialize(0); }

  /// Draws every weight as Keras initialises a new layer (Glorot-uniform kernels, zero biases,
  /// batch-normalization ones and zeros, uniform embeddings), from a SplitMix64 stream seeded
  /// with `seed`: deterministic, the same on every platform.
  void initialize(std::uint64_t seed) {
    splitmix64 generator(seed);
    for (const detail::weight_entry& entry : weight_layout)
      initialize_weight(entry.spec, params_.values().subspan(entry.offset, entry.spec.size()), generator);
    repack();
  }

  /// All parameters, every weight array back to back in Keras `get_weights()` order and layouts.
  /// Read-only: weights change through set_weights, set_weights_flat and initialize, which also
  /// refresh the fused engine's packed copy.
  std::span<const float, param_count> parameters() const { return params_.values(); }

  /// Keras `model.set_weights(arrays)`: one array per weight, in `get_weights()` order (layer by
  /// layer in position order, which is Keras's model.layers order), each flattened row-major in
  /// Keras's layout (Dense [in, out], Conv2D [kh, kw, in, out], Conv2DTranspose [kh, kw, out, in],
  /// BatchNormalization gamma, beta, mean, variance, Embedding [input_dim, output_dim]).
  /// Throws ctnn::weight_error naming the layer and expected vs given size; on error nothing is
  /// changed.
  template <class Arrays>
    requires requires(const Arrays& arrays) {
      std::size(arrays);
      std::span<const float>(*std::begin(arrays));
    }
  void set_weights(const Arrays& arrays) {
    if (std::size(arrays) != weight_count)
      detail::throw_weight_count(Graph::kind, layer_table, weight_layout, std::size(arrays));
    std::size_t index = 0;
    for (const auto& array : arrays) {
      const std::size_t given = std::span<const float>(array).size();
      if (given != weight_layout[index].spec.size())
        detail::throw_weight_size(Graph::kind, layer_table, weight_layout[index], index, given);
      ++index;
    }
    index = 0;
    for (const auto& array : arrays) {
      const std::span<const float> values(array);
      std::copy(values.begin(), values.end(), params_.values().begin() + weight_layout[index++].offset);
    }
    repack();
  }
  void set_weights(const std::vector<std::vector<float>>& arrays) { set_weights<std::vector<std::vector<float>>>(arrays); }

  /// Every parameter at once, `param_count` values in Keras order (what `parameters()` holds).
  void set_weights_flat(std::span<const float> values) {
    if (values.size() != param_count) detail::throw_parameter_count(Graph::kind, param_count, values.size());
    std::copy(values.begin(), values.end(), params_.values().begin());
    repack();
  }

  /// Keras `model.get_weights()`: a copy of every weight array, in order.
  std::vector<std::vector<float>> get_weights() const {
    std::vector<std::vector<float>> arrays;
    for (const detail::weight_entry& entry : weight_layout) {
      auto values = parameters().subspan(entry.offset, entry.spec.size());
      arrays.emplace_back(values.begin(), values.end());
    }
    return arrays;
  }

  /// Keras `model.predict(x)` (or `predict([x0, x1, ...])`) on a batch of any size, through the
  /// fused engine, on up to `threads` threads (default: all the hardware has). Every input holds
  /// the same number of samples.
  output_tensor predict(const tensor<InShapes>&... xs, threads use = {}) const {
    const std::size_t batches[] = {xs.batch_size()...};
    output_tensor y(batches[0]);
    predict(xs.values()..., y.values(), use);
    return y;
  }

  /// `predict` into caller-owned memory: each input holds whole samples of its shape, the same
  /// number for every input, `y` room for as many samples of the output. Throws
  /// std::invalid_argument on sizes that do not fit, std::out_of_range on an embedding's label
  /// outside its table. Allocates nothing once each thread has run this model's size of arena
  /// once (unless `y` overlaps an input, which is then copied first).
  void predict(detail::const_values<InShapes>... xs, std::span<float> y, threads use = {}) const {
    const std::array<std::span<const float>, input_count> inputs{xs...};
    const std::size_t batch = detail::checked_batch(Graph::kind, inputs, y.size(), input_sizes, output_shape_type::size,
                                                    input_shape_strings(), &output_shape_type::to_keras_string);
    check_labels(inputs, batch);
    // Predicting in place: no step may overwrite an input it has still to read, so the inputs
    // are copied first (and only then is anything allocated).
    const bool in_place =
        std::any_of(inputs.begin(), inputs.end(), [&](std::span<const float> x) { return detail::overlap(x, y); });
    std::vector<std::vector<float>> copies;
    std::array<const float*, input_count> pointers{};
    for (std::size_t k = 0; k < input_count; ++k)
      pointers[k] = in_place ? copies.emplace_back(inputs[k].begin(), inputs[k].end()).data() : inputs[k].data();
    run_fused(pointers, y.data(), batch, use);
  }

  /// The fused engine's forward pass (what `predict` runs, without its checks): the inputs and
  /// `y` must not overlap.
  void fused_predict(detail::const_pointer<InShapes>... xs, float* y, std::size_t batch, threads use = {}) const {
    run_fused({xs...}, y, batch, use);
  }

  /// The reference path: each layer's plain reference kernel in turn, in position order. It is
  /// the oracle that every faster path is tested against. The inputs (batch samples each) and `y`
  /// (room for batch samples of the output) must not overlap; `predict` sees to that.
  void reference_predict(detail::const_pointer<InShapes>... xs, float* y, std::size_t batch) const {
    if constexpr (valid) {
      const std::array<const float*, input_count> inputs{xs...};
      // One buffer per node, released after its last reader.
      std::array<std::vector<float>, node_count> values;
      over_positions([&](auto... p) {
        (
            [&] {
              using at = layer<p>;
              using L = typename at::description;
              values[p].assign(batch * at::output_shape::size, 0.0f);
              float* target = values[p].data();
              if constexpr (is_input_v<L>) {
                const float* x = inputs[input_index(p)];
                std::copy(x, x + batch * at::output_shape::size, target);
              } else if constexpr (at::input_count == 1) {
                reference::kernel<L>::template run<typename at::input_shape, typename at::output_shape>(
                    params_.values().data() + param_offset<p>, values[node_links.inputs[p][0]].data(), target, batch);
              } else {
                run_merge<p>(typename at::input_shapes{}, values, target, batch);
              }
              for (std::size_t k = 0; k < node_links.arity[p]; ++k)
                if (last_reader[node_links.inputs[p][k]] == p) std::vector<float>().swap(values[node_links.inputs[p][k]]);
            }(),
            ...);
        return 0;
      });
      const std::vector<float>& out = values[output_position];
      std::copy(out.begin(), out.end(), y);
    }
  }

 private:
  static constexpr std::array<std::size_t, input_count> input_sizes{InShapes::size...};

  static std::array<std::string (*)(), input_count> input_shape_strings() { return {&InShapes::to_keras_string...}; }

  /// The last position that reads each node (its own position when nothing does).
  static constexpr std::array<std::size_t, node_count> last_reader = [] {
    std::array<std::size_t, node_count> last{};
    for (std::size_t p = 0; p < node_count; ++p) {
      last[p] = std::max(last[p], p);
      for (std::size_t k = 0; k < node_links.arity[p]; ++k) last[node_links.inputs[p][k]] = p;
    }
    return last;
  }();

  /// Whether the graph is a chain from one input: Keras then prints the short summary table.
  static constexpr bool sequential_like = [] {
    for (std::size_t p = 0; p < node_count; ++p)
      if (node_links.arity[p] > 1 || (p > 0 && (node_links.arity[p] != 1 || node_links.inputs[p][0] != p - 1))) return false;
    return true;
  }();

  template <std::size_t P, class... Ins>
  void run_merge(detail::type_list<Ins...>, const std::array<std::vector<float>, node_count>& values, float* target,
                 std::size_t batch) const {
    using at = layer<P>;
    std::array<const float*, sizeof...(Ins)> sources{};
    for (std::size_t k = 0; k < sizeof...(Ins); ++k) sources[k] = values[node_links.inputs[P][k]].data();
    reference::kernel<typename at::description>::template run_merge<typename at::output_shape, Ins...>(sources.data(),
                                                                                                      target, batch);
  }

  /// Embeddings that read a model input through views only, with that input's index.
  /// The node whose result the embedding at `position` reads (views seen through). A member
  /// template, instantiated only where it is called: a broken model has no plan to ask.
  template <class Embedding>
  static constexpr std::size_t label_source(std::size_t position) {
    return plan::value_of[node_links.inputs[position][0]];
  }

  /// (None in a broken model: it has no plan, and never runs.)
  static constexpr auto label_checks = [] {
    constexpr std::size_t count = !valid ? 0 : over_positions([](auto... p) {
      return (std::size_t{0} + ... + (detail::is_embedding_v<typename layer<p>::description> ? 1 : 0));
    });
    std::array<detail::label_check, count> checks{};
    std::size_t n = 0;
    over_positions([&](auto... p) {
      (
          [&] {
            using L = typename layer<p>::description;
            if constexpr (valid && detail::is_embedding_v<L>) {
              checks[n++] = {p, input_index(label_source<L>(p)), std::size_t(L::input_dim)};
            }
          }(),
          ...);
      return 0;
    });
    return checks;
  }();

  static void check_labels(const std::array<std::span<const float>, input_count>& inputs, std::size_t batch) {
    for (const detail::label_check& check : label_checks) {
      if (check.input >= input_count) continue;  // computed labels: the embedding's kernel checks them
      const std::span<const float> labels = inputs[check.input];
      const std::size_t per_sample = batch == 0 ? 0 : labels.size() / batch;
      for (std::size_t i = 0; i < labels.size(); ++i)
        if (!detail::is_label(labels[i], check.labels))
          detail::throw_bad_label(Graph::kind, detail::automatic_layer_name(layer_table, check.position), check.input,
                                  i / per_sample, labels[i], check.labels);
    }
  }

  void run_fused(const std::array<const float*, input_count>& xs, float* y, std::size_t batch, threads use) const {
    if constexpr (valid) engine::fused<basic_model>::run(params_.values().data(), packed_.data(), xs, y, batch, use.resolve());
  }

  /// The fused engine's copy of the weights follows every change of the Keras-order ones.
  void repack() {
    if constexpr (valid) engine::fused<basic_model>::pack(params_.values().data(), packed_.data());
  }

  // A broken frame may hold something that is not a layer: it has no names, and says nothing.
  template <class L>
  static constexpr std::string_view stem_of() {
    if constexpr (layer_description<L>) return L::keras_name;
    else return "?";
  }
  template <class L>
  static constexpr std::string_view class_of() {
    if constexpr (layer_description<L>) return L::keras_class;
    else return "?";
  }
  static constexpr std::array<std::string_view, node_count> layer_stems = over_positions(
      [](auto... p) { return std::array<std::string_view, node_count>{stem_of<typename layer<p>::description>()...}; });
  static constexpr std::array<std::string_view, node_count> layer_classes = over_positions(
      [](auto... p) { return std::array<std::string_view, node_count>{class_of<typename layer<p>::description>()...}; });
  static constexpr detail::layer_table layer_table{layer_stems, layer_classes};

  detail::parameter_block<param_count> params_;
  detail::float_buffer packed_;
};

}  // namespace ctnn
