// ctnn/layout.hpp: everything known about a model before it runs, as constants of one type.
//
// `model_layout<Graph>` reads a graph of layers at positions (ctnn/graph.hpp; a sequential
// model is a graph that is one chain) and states its facts: the node at each position and its
// inputs, the model's inputs and output, whether every rule holds, the weights in Keras order
// with their offsets, parameter counts, the node whose values each node shows (views seen
// through), the labels predict must check, and the Keras names used in messages. A model
// (ctnn/model.hpp) is this layout plus its parameters; the summary, the reference evaluator, the
// engine's plan and the loaders all read the layout.
//
// A graph provides:
// - `size`, and `layer<P>`: the `detail::layer_at` node at each position, inputs before users;
// - `node_links`: each position's input positions;
// - `input_shapes` (a detail::type_list) and `model_inputs`: the model's inputs, in the order
//   `predict` takes them, and their positions; `model_outputs`: its outputs' positions, in the
//   order predict gives them;
// - `well_formed`: whether the frame (inputs, outputs, order) is right; when not, compilation has
//   already failed with a message, and the model stays silent;
// - `kind` ("sequential", "functional") and `input_is_layer`: what Keras calls the model and
//   whether its input counts among its layers (a Keras Sequential hides its InputLayer).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "ctnn/detail/meta.hpp"
#include "ctnn/detail/model_support.hpp"
#include "ctnn/graph.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/weights.hpp"

namespace ctnn {

namespace detail {

/// An embedding (a layer that reads labels) whose labels come straight from a model input,
/// through views only: predict checks them before it runs, so that a bad one is reported with
/// its sample. Labels computed inside the model are checked by the layer's own kernel.
struct label_check {
  std::size_t position;  ///< the layer that reads labels
  std::size_t input;     ///< which model input (index into inputs(...)), or none: computed labels
  std::size_t labels;    ///< labels are 0 .. labels - 1
};

// A broken frame may hold something that is not a layer: it has no names, and says nothing.
template <class L>
constexpr std::string_view stem_of() {
  if constexpr (layer_description<L>) return L::keras_name;
  else return "?";
}
template <class L>
constexpr std::string_view class_of() {
  if constexpr (layer_description<L>) return L::keras_class;
  else return "?";
}

}  // namespace detail

template <class Graph, class InputShapes = typename Graph::input_shapes>
struct model_layout;

/// @brief The compile-time facts of the model whose graph is `Graph`.
template <class Graph, class... InShapes>
struct model_layout<Graph, detail::type_list<InShapes...>> {
  using graph = Graph;
  /// Every node of the graph, inputs included.
  static constexpr std::size_t node_count = Graph::size;
  static constexpr std::size_t input_count = sizeof...(InShapes);
  /// The node at `Position`: layer_at<Position, Layer, input shapes...>.
  template <std::size_t Position>
  using layer = typename Graph::template layer<Position>;

  /// Keras's layers (model.layers, inputs included; a sequential's hidden input too): a layer
  /// index counts these. A position is a call of a layer: one layer has several positions only
  /// when it is shared (ctnn::shared), and without a shared layer the layer index of every
  /// position is the position itself.
  static constexpr bool shares_layers = [] {
    if constexpr (requires { Graph::shares_layers; }) return Graph::shares_layers;
    else return false;
  }();
  static constexpr std::size_t keras_layer_count = [] {
    if constexpr (shares_layers) return Graph::layer_count;
    else return node_count;
  }();
  /// Layers that are not inputs (for a sequential model, Keras's len(model.layers)).
  static constexpr std::size_t layer_count = keras_layer_count >= input_count ? keras_layer_count - input_count : 0;
  /// The layer each position is a call of.
  static constexpr std::array<std::size_t, node_count> layer_of_position = [] {
    if constexpr (shares_layers) return Graph::layer_of_position;
    else {
      std::array<std::size_t, node_count> layer{};
      for (std::size_t p = 0; p < node_count; ++p) layer[p] = p;
      return layer;
    }
  }();
  /// Each layer's first call: the position whose node stands for the layer (its class, name and
  /// weights, which every call shares).
  static constexpr std::array<std::size_t, keras_layer_count> first_call_at = [] {
    std::array<std::size_t, keras_layer_count> first{};
    for (std::size_t p = node_count; p-- > 0;) first[layer_of_position[p]] = p;
    return first;
  }();
  /// Which call of its layer each position is (0, 1, ... in position order): Keras's node index
  /// where the calls were made in that order (Keras numbers them in the order Python made them,
  /// which the type does not know; the loader matches calls by the graph, not by this number).
  static constexpr std::array<std::size_t, node_count> call_index_at = [] {
    std::array<std::size_t, node_count> index{};
    std::array<std::size_t, keras_layer_count> calls{};
    for (std::size_t p = 0; p < node_count; ++p) index[p] = calls[layer_of_position[p]]++;
    return index;
  }();
  /// The layer position `p` calls, and layer `l`'s first call. Without a shared layer both are
  /// the identity, and the tables above are computed only where they are named (the loader's
  /// model_facts, the tests): the weights, offsets and names below do not name them.
  static constexpr std::size_t layer_of(std::size_t p) {
    if constexpr (shares_layers) return layer_of_position[p];
    else return p;
  }
  static constexpr std::size_t first_call(std::size_t l) {
    if constexpr (shares_layers) return first_call_at[l];
    else return l;
  }
  static constexpr std::size_t call_index(std::size_t p) {
    if constexpr (shares_layers) return call_index_at[p];
    else return 0;
  }
  /// The node that stands for layer `Layer`: layer_at of its first call.
  template <std::size_t Layer>
  using layer_node = layer<first_call(Layer)>;

  /// f(layer 0, layer 1, ...) for every one of Keras's layers, each once.
  template <class F>
  static constexpr decltype(auto) over_layers(F&& f) {
    return detail::over_indices<keras_layer_count>(std::forward<F>(f));
  }

  /// The input positions of each node, and the positions of the model's inputs.
  static constexpr auto node_links = Graph::node_links;
  static constexpr std::array<std::size_t, input_count> input_positions = Graph::model_inputs;
  /// The positions of the model's outputs, in the order predict gives them (one output for most
  /// models: a functional model can have several, `outputs(...)`).
  static constexpr auto output_positions = Graph::model_outputs;
  static constexpr std::size_t output_count = output_positions.size();
  /// Which model input (index into inputs(...)) the node at `position` is; detail::none if none.
  static constexpr std::size_t input_index(std::size_t position) {
    for (std::size_t k = 0; k < input_count; ++k)
      if (input_positions[k] == position) return k;
    return detail::none;
  }

  /// f(position 0, position 1, ...) for every node of the model, the inputs included.
  template <class F>
  static constexpr decltype(auto) over_positions(F&& f) {
    return detail::over_indices<node_count>(std::forward<F>(f));
  }

  /// Whether every rule of every layer holds (when not, compilation has already failed).
  static constexpr bool valid = Graph::well_formed && over_positions([](auto... p) { return (layer<p>::valid && ...); });

  using input_shapes = detail::type_list<InShapes...>;
  template <class Indices>
  struct outputs_of;
  template <std::size_t... K>
  struct outputs_of<std::index_sequence<K...>> {
    using type = detail::type_list<typename layer<output_positions[K]>::output_shape...>;
  };
  template <std::size_t K>
  using input_shape_at = detail::type_at_t<K, input_shapes>;
  /// The shape of each output, in order.
  using output_shapes = typename outputs_of<std::make_index_sequence<output_count>>::type;
  template <std::size_t K>
  using output_shape_at = detail::type_at_t<K, output_shapes>;
  /// The first (for most models the only) output's shape.
  using output_shape_type = output_shape_at<0>;
  static constexpr output_shape_type output_shape{};
  static constexpr std::array<std::size_t, input_count> input_sizes{InShapes::size...};
  static constexpr auto output_sizes = []<class... Out>(detail::type_list<Out...>) {
    return std::array<std::size_t, output_count>{Out::size...};
  }(output_shapes{});

  /// Number of weight arrays, as in `len(model.get_weights())`: a shared layer's once.
  static constexpr std::size_t weight_count =
      over_layers([](auto... l) { return (std::size_t{0} + ... + layer_node<l>::weights.size()); });

  /// Every weight array in Keras order (layer by layer, in model.layers order), with the owning
  /// layer's index and its offset.
  static constexpr std::array<detail::weight_entry, weight_count> weight_layout = [] {
    std::array<detail::weight_entry, weight_count> entries{};
    std::size_t index = 0, offset = 0;
    detail::for_each_index<keras_layer_count>([&](auto l) {
      for (const weight_spec& spec : layer_node<l>::weights) {
        entries[index++] = {l, spec, offset};
        offset += spec.size();
      }
    });
    return entries;
  }();

  static constexpr std::size_t param_count =
      over_layers([](auto... l) { return (std::size_t{0} + ... + layer_node<l>::weights.parameter_count()); });
  static constexpr std::size_t trainable_param_count =
      over_layers([](auto... l) { return (std::size_t{0} + ... + layer_node<l>::weights.trainable_count()); });
  static constexpr std::size_t non_trainable_param_count = param_count - trainable_param_count;

  /// Offset of the first parameter of each layer in the model's parameters, by layer index.
  static constexpr std::array<std::size_t, keras_layer_count + 1> param_offsets = [] {
    std::array<std::size_t, keras_layer_count + 1> offsets{};
    detail::for_each_index<keras_layer_count>(
        [&](auto l) { offsets[l + 1] = offsets[l] + layer_node<l>::weights.parameter_count(); });
    return offsets;
  }();
  /// Offset of the first parameter of the layer the node at `Position` calls, in the model's
  /// parameters (every call of a shared layer reads the same).
  template <std::size_t Position>
  static constexpr std::size_t param_offset = param_offsets[layer_of(Position)];

  /// The largest sample any node produces: what the engine's buffers hold per sample.
  static constexpr std::size_t max_activation_size =
      over_positions([](auto... p) { return std::max({std::size_t{0}, layer<p>::output_shape::size...}); });

  /// Node -> the node whose values it shows: a view (input, reshape, flatten, dropout) shows its
  /// input's, any other node its own. A graph fact: the engine reads it to skip views, predict to
  /// find where an embedding's labels come from.
  static constexpr std::array<std::size_t, node_count> value_of = [] {
    constexpr std::array<bool, node_count> is_view =
        over_positions([](auto... p) { return std::array<bool, node_count>{is_view_v<typename layer<p>::description>...}; });
    std::array<std::size_t, node_count> value{};
    for (std::size_t p = 0; p < node_count; ++p)
      value[p] = is_view[p] && node_links.arity[p] == 1 ? value[node_links.inputs[p][0]] : p;
    return value;
  }();

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
    if (shares_layers) return false;  // a shared layer's calls: Keras lists them
    for (std::size_t p = 0; p < node_count; ++p)
      if (node_links.arity[p] > 1 || (p > 0 && (node_links.arity[p] != 1 || node_links.inputs[p][0] != p - 1))) return false;
    return true;
  }();

  /// The layers that read labels, each with the model input its labels come from (detail::none
  /// when they are computed). None in a broken model: it never runs.
  static constexpr auto label_checks = [] {
    constexpr std::size_t count = !valid ? 0 : over_positions([](auto... p) {
      return (std::size_t{0} + ... + (reads_labels_v<typename layer<p>::description> ? 1 : 0));
    });
    std::array<detail::label_check, count> checks{};
    std::size_t n = 0;
    detail::for_each_index<node_count>([&](auto p) {
      using L = typename layer<p>::description;
      if constexpr (valid && reads_labels_v<L>)
        checks[n++] = {p, input_index(value_of[node_links.inputs[p][0]]), std::size_t(L::label_count)};
    });
    return checks;
  }();

  /// The first layer index (and position) that is one of Keras's layers (a Keras Sequential
  /// hides its input).
  static constexpr std::size_t first_layer_position = Graph::input_is_layer ? 0 : 1;

  /// Each layer's Keras name stem and class, by layer index.
  static constexpr std::array<std::string_view, keras_layer_count> layer_stems = over_layers([](auto... l) {
    return std::array<std::string_view, keras_layer_count>{detail::stem_of<typename layer_node<l>::description>()...};
  });
  static constexpr std::array<std::string_view, keras_layer_count> layer_classes = over_layers([](auto... l) {
    return std::array<std::string_view, keras_layer_count>{detail::class_of<typename layer_node<l>::description>()...};
  });
  /// What the model tells about its layers in its messages.
  static constexpr detail::layer_table layer_table{layer_stems, layer_classes};

  /// Keras's automatic name of layer `index` (in model.layers order; the position, unless a
  /// layer is shared): the class's snake-case stem, numbered from the second layer of a kind
  /// on, as a fresh Keras session names them; inputs are input_1, input_2, ... A sequential
  /// model's input (index 0) is not one of its layers.
  static std::string layer_name(std::size_t index) {
    detail::check_layer_position(Graph::kind, index, first_layer_position, keras_layer_count);
    return detail::automatic_layer_name(layer_table, index);
  }

  static std::array<std::string (*)(), input_count> input_shape_strings() { return {&InShapes::to_keras_string...}; }
  static std::array<std::string (*)(), output_count> output_shape_strings() {
    return []<class... Out>(detail::type_list<Out...>) { return std::array<std::string (*)(), output_count>{&Out::to_keras_string...}; }(
        output_shapes{});
  }
};

}  // namespace ctnn
