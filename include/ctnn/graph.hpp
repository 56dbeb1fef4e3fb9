// ctnn/graph.hpp: layers joined into a graph, as types.
//
// A value of a graph is an empty object whose type says how it is computed: `input<100>{}` is a
// model input, `x | dense<10>{}` is dense applied to x (node<dense<10>, X>), `concatenate{}(a, b)`
// joins two values (ctnn/layers/merge.hpp). A model is its inputs and its output value, or its
// output values listed in `outputs(...)` (ctnn/functional.hpp). Values are values: the same expression used twice is one node, as a
// tensor used twice in Keras is one tensor; `input<...>::id<N>{}` is another input of a shape,
// and `x | layer_id<dense<2>, 1>{}` another layer of a kind applied to the same value (a twin).
// A merge given one layer's value twice asks which was meant: twins need an id, and one value
// read twice is `concatenate{}(h, again(h))`. A cycle cannot be written, since a value's type holds the types of everything it is computed
// from.
//
// One layer called on several values, its weights shared, is `shared<Layer, Id>`: each node
// `x | shared<dense<8>, 0>{}` is a call of one layer.
//
// This header also turns a graph into positions and layers: Keras's `model.layers` order (Keras
// 3's map_graph: the deepest first, ties in the order of a depth-first walk from the outputs),
// and the nodes by the same depths, an order in which every node comes after its inputs. Without
// a shared layer the two are one. Both model kinds, sequential and functional, are graphs of
// `layer_at` nodes at positions.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>

#include "ctnn/detail/meta.hpp"
#include "ctnn/detail/require.hpp"
#include "ctnn/layers/input.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/shape.hpp"
#include "ctnn/weights.hpp"

namespace ctnn {

/// A value computed by `Layer` from the values `Inputs...`.
template <class Layer, class... Inputs>
struct node;

template <class Layer, int Id>
struct layer_id;

template <class Layer, int Id>
struct shared;

namespace detail {
/// An id tells a layer apart; an input has its own (`input<...>::id<N>`, a model input value).
template <class Layer>
consteval bool id_on_a_layer() {
  CTNN_REQUIRE(!is_input_v<Layer>, "ctnn::layer_id: an input is told apart by its own id: input<...>::id<N>{}, not layer_id<input<...>, N>")
  return true;
}

/// A shared layer is one layer wherever it is called: an id would make a twin of it.
template <class Layer>
inline constexpr bool is_shared_tag_v = false;
template <class Layer, int Id>
inline constexpr bool is_shared_tag_v<shared<Layer, Id>> = true;

template <class Layer>
consteval bool id_on_an_unshared_layer() {
  CTNN_REQUIRE(!is_shared_tag_v<Layer>, "ctnn::layer_id: a shared layer is one layer wherever it is called, and layer_id<shared<...>, N> would make a twin of it: for another shared layer write shared<Layer, M> with another M")
  return true;
}

/// Only a layer is called; a model input is a value, which any number of layers may read.
template <class Layer>
consteval bool shared_is_a_layer() {
  CTNN_REQUIRE(!is_input_v<Layer>, "ctnn::shared: a model input is not called, it is read: use the input value itself wherever it is read, not shared<input<...>, N>")
  return true;
}

/// The layer a graph computes with: `L` itself, or the layer under a `layer_id`.
template <class L>
struct described {
  using type = L;
};
template <class L, int Id>
struct described<layer_id<L, Id>> {
  static constexpr bool checked = id_on_an_unshared_layer<L>() && id_on_a_layer<typename described<L>::type>();
  // Naming `checked` runs the check; after a broken rule the layer is still the layer.
  using type = std::conditional_t<checked, typename described<L>::type, typename described<L>::type>;
};
template <class L, int Id>
struct described<shared<L, Id>> {
  static constexpr bool checked = shared_is_a_layer<typename described<L>::type>();
  using type = std::conditional_t<checked, typename described<L>::type, typename described<L>::type>;
};
template <class L>
using described_t = typename described<L>::type;
}  // namespace detail

template <class Layer, class... Inputs>
struct node {
  using layer = detail::described_t<Layer>;
};

namespace detail {
template <class T>
inline constexpr bool is_node_v = false;
template <class Layer, class... Inputs>
inline constexpr bool is_node_v<node<Layer, Inputs...>> = true;

/// A model input as a value: `input<...>{}`, or `input<...>::id<N>{}` for another of one shape.
template <class T>
inline constexpr bool is_input_value_v = is_input_v<T>;
template <class Input, int Id>
inline constexpr bool is_input_value_v<input_id<Input, Id>> = true;
// layer_id<input<...>, N> is an error of its own (detail::id_on_a_layer); the graph then reads
// it as the input it was meant to be, so that it is the one error.
template <class Layer, int Id>
inline constexpr bool is_input_value_v<layer_id<Layer, Id>> = is_input_v<described_t<layer_id<Layer, Id>>>;
template <class Layer, int Id>
inline constexpr bool is_input_value_v<shared<Layer, Id>> = is_input_v<described_t<shared<Layer, Id>>>;
}  // namespace detail

/// A value of a graph: a model input (`input<...>{}`, `input<...>::id<N>{}`) or a node.
template <class T>
concept graph_value = detail::is_input_value_v<T> || detail::is_node_v<T>;

/// A layer a graph can apply: a layer description, or one under a `layer_id`.
template <class L>
concept graph_layer = layer_description<detail::described_t<L>>;

/// `again(h)`: the value `h` once more, where a merge reads one layer's value twice (Keras
/// `Concatenate()([h, h])`): `concatenate{}(h, again(h))`. Without it, a merge given one
/// layer's value twice is an error that asks whether two twin layers were meant
/// (`detail::check_merge_arguments`).
template <class Value>
struct again_value {
  using value = Value;
};

template <graph_value Value>
constexpr again_value<Value> again(Value) {
  return {};
}

namespace detail {

template <class V>
struct unmarked {
  using type = V;
};
template <class V>
struct unmarked<again_value<V>> {
  using type = V;
};
/// A merge's argument as a value: `again(h)` is `h`.
template <class V>
using unmarked_t = typename unmarked<V>::type;

/// A merge's arguments: values, or values marked `again(h)`.
template <class V>
concept merge_argument = graph_value<unmarked_t<V>>;

/// How many of the arguments `Args...` are a layer's value (a node) that is given more than
/// once, unmarked (`add{}(h, h)`: 2).
template <class... Args>
inline constexpr std::size_t layer_values_given_twice = (std::size_t{0} + ... + (is_node_v<Args> && occurrences<Args, Args...> > 1 ? 1 : 0));

/// A merge of `Args...` (values, or values marked `again(h)`) is given no layer's value twice
/// unmarked. One value given twice is either that value read twice (Keras `concatenate([h, h])`)
/// or two twin layers that ctnn made one (`concatenate([Dense(2)(x), Dense(2)(x)])`): the same
/// type either way, so the frame asks which. Inputs are exempt: inputs of one shape are the
/// frame's to tell apart (`input<...>::id<N>`), so an input given twice is one input read twice.
template <class... Args>
consteval bool check_merge_arguments() {
  CTNN_REQUIRE(layer_values_given_twice<Args...> == 0, "ctnn: a merge is given one layer's value twice: two identical layers applied to one value are one layer (a value is its type); for two layers, write the second x | layer_id<Layer, 1>{}; to read one value twice (Keras concatenate([h, h])), write again(h)")
  return true;
}

/// The value a merge's call makes, its arguments checked (`check_merge_arguments`) and
/// `again(h)` read as `h`: `node<Merge, Values...>`.
template <class Merge, class... Args>
struct merge_node {
  static constexpr bool checked = check_merge_arguments<Args...>();
  // Naming `checked` here is what runs the check; a broken rule is one error, and the node is
  // made all the same, so that nothing after it fails again.
  using type = std::conditional_t<checked, node<Merge, unmarked_t<Args>...>, node<Merge, unmarked_t<Args>...>>;
};

}  // namespace detail

/// The call syntax of a merge (a layer that joins several values, ctnn/layers/merge.hpp):
/// `concatenate{}(a, b)`, as Keras's `Concatenate()([a, b])`. A merge derives from
/// `merge_call<itself>`.
template <class Merge>
struct merge_call {
  template <detail::merge_argument... Values>
  constexpr typename detail::merge_node<Merge, Values...>::type operator()(Values...) const {
    return {};
  }
};

/// @brief `Layer` under identity `Id`: the same layer for every purpose (its Keras class and
/// name, rules, shapes, weights, Keras configuration, properties, kernel, summary row, fusion),
/// but another value in a graph. A value is its type, so two identical layers applied to one
/// value would be one layer: the second of two twins is `x | layer_id<dense<2>, 1>{}` (a third
/// `layer_id<dense<2>, 2>`, ...), as the second of two inputs of one shape is
/// `input<...>::id<1>{}` (the type `input_id<input<...>, 1>`). A merge twin is
/// `layer_id<add, 1>{}(a, b)`. The graph sees through the id: the node at the twin's position
/// holds `Layer` itself. In a sequential model an id changes nothing.
template <class Layer, int Id>
struct layer_id {
  using layer = detail::described_t<Layer>;
  static constexpr int id = Id;
  /// A merge twin, called as the merge is: `layer_id<add, 1>{}(a, b)`.
  template <detail::merge_argument... Values>
    requires std::is_base_of_v<merge_call<layer>, layer>
  constexpr typename detail::merge_node<layer_id, Values...>::type operator()(Values...) const {
    return {};
  }
};

/// @brief One Keras layer called on several values: `Layer`, whose every call in a graph (every
/// node `x | shared<Layer, Id>{}`, or `shared<add, Id>{}(a, b)` for a merge) is a call of the
/// same layer, with one set of weights. A siamese encoder is
/// `using encode = shared<dense<8, activation::relu>, 0>;` read by `a | encode{}` and
/// `b | encode{}`, as Keras's `encode = Dense(8, activation="relu")` called as `encode(a)` and
/// `encode(b)`. `Id` tells shared layers of one kind apart (`shared<dense<8>, 1>` is another
/// layer). Without the tag, `a | dense<8>{}` and `b | dense<8>{}` are two layers, as two
/// `Dense(8)` objects are in Keras.
///
/// A shared layer is one of the model's layers (Keras's model.layers, the summary, get_weights
/// and the loader list it once), placed where Keras places it, and each call is a node of the
/// graph (positions are nodes: the engine and the reference path run each call). Every call
/// must give it the same weights: a Dense called on another number of features is an error at
/// that call. A sequential model calls each layer once: the tag there is an error.
template <class Layer, int Id>
struct shared {
  using layer = detail::described_t<Layer>;
  static constexpr int id = Id;
  /// A shared merge, called as the merge is: `shared<add, 0>{}(a, b)`.
  template <detail::merge_argument... Values>
    requires std::is_base_of_v<merge_call<layer>, layer>
  constexpr typename detail::merge_node<shared, Values...>::type operator()(Values...) const {
    return {};
  }
};

/// `x | layer`: the layer applied to x, as Keras's `layer(x)`. Chains read left to right:
/// `noise | dense<6272>{} | leaky_relu<0.2>{} | reshape<7, 7, 128>{}`.
template <graph_value Value, graph_layer Layer>
  requires(!is_input_v<Layer>)
constexpr node<Layer, Value> operator|(Value, Layer) {
  return {};
}

/// The inputs of a model, in the order `predict` takes them: `inputs(noise, label)`.
template <class... Inputs>
struct input_list {};

template <graph_value... Inputs>
constexpr input_list<Inputs...> inputs(Inputs...) {
  return {};
}

/// The outputs of a model of several, in the order `predict` returns them: `outputs(image,
/// label)`, as Keras's `Model(inputs, [image, label])`. A model of one output names the value
/// itself. One value may be listed twice, as Keras allows; predict then gives it twice.
template <class... Outputs>
struct output_list {};

template <graph_value... Outputs>
constexpr output_list<Outputs...> outputs(Outputs...) {
  return {};
}

namespace detail {

template <class Value>
struct value_parts {  // a model input: its own layer, no inputs
  using layer = Value;
  using inputs = type_list<>;
};
template <class Input, int Id>
struct value_parts<input_id<Input, Id>> {
  using layer = Input;
  using inputs = type_list<>;
};
template <class Layer, int Id>
struct value_parts<layer_id<Layer, Id>> {  // only layer_id<input<...>, N>, an error already
  using layer = described_t<layer_id<Layer, Id>>;
  using inputs = type_list<>;
};
template <class Layer, int Id>
struct value_parts<shared<Layer, Id>> {  // only shared<input<...>, N>, an error already
  using layer = described_t<shared<Layer, Id>>;
  using inputs = type_list<>;
};
template <class Layer, class... Inputs>
struct value_parts<node<Layer, Inputs...>> {  // a layer under an id or shared is the layer itself
  using layer = described_t<Layer>;
  using inputs = type_list<Inputs...>;
};

/// Keras's walk of a graph: from each output in turn, depth first, each value's inputs in argument
/// order; a value is listed where it is first met.
template <class Seen, class Inputs>
struct walk_all;
template <class Seen, class Value, bool Known = contains<Value, Seen>>
struct walk {
  using type = Seen;
};
template <class... Seen, class Value>
struct walk<type_list<Seen...>, Value, false> {
  using type = typename walk_all<type_list<Seen..., Value>, typename value_parts<Value>::inputs>::type;
};
template <class Seen>
struct walk_all<Seen, type_list<>> {
  using type = Seen;
};
template <class Seen, class First, class... Rest>
struct walk_all<Seen, type_list<First, Rest...>> {
  using type = typename walk_all<typename walk<Seen, First>::type, type_list<Rest...>>::type;
};

/// A model's outputs as a list of values: the one value, or those of `outputs(...)`.
template <class Output>
struct output_values {
  using type = type_list<Output>;
};
template <class... Outputs>
struct output_values<output_list<Outputs...>> {
  using type = type_list<Outputs...>;
};
template <class Output>
using output_values_t = typename output_values<Output>::type;

template <class Layer, class... Ins>
consteval bool layer_rules_hold() {
  if constexpr (!(is_shape_v<Ins> && ...)) return false;
  else if constexpr (!description_complete<Layer>()) return false;
  else if constexpr (!Layer::template check<Ins...>()) return false;
  else return description_has_output_dims<Layer, Ins...>();
}

template <bool Valid, class Layer, class... Ins>
struct output_of {
  using type = invalid_shape;
};
template <class Layer, class... Ins>
struct output_of<true, Layer, Ins...> {
  using type = shape_from_array<Layer::template output_dims<Ins...>()>;
};

/// The layer at `Position` of a model, seeing the input shapes `Ins...` (one for most layers,
/// several for a merge; a model input sees shape<>). Instantiating it checks the layer's rules:
/// a broken rule's static_assert is reported "required from layer_at<Position, Layer, Ins...>",
/// which names where and what the layer is and what it was given. After a broken layer every
/// layer that depends on it is silent: one error per cause, never a cascade.
template <std::size_t Position, class Layer, class... Ins>
struct layer_at {
  static constexpr std::size_t position = Position;
  using description = Layer;
  /// The first (for most layers the only) input's shape.
  using input_shape = first_of<Ins..., invalid_shape>;
  using input_shapes = type_list<Ins...>;
  static constexpr std::size_t input_count = sizeof...(Ins);
  static constexpr bool valid = layer_rules_hold<Layer, Ins...>();
  using output_shape = typename output_of<valid, Layer, Ins...>::type;
  static constexpr weight_list weights = [] {
    if constexpr (valid) return Layer::template weights<Ins...>();
    else return weight_list{};
  }();
};

/// What a broken model has at every position: nothing, silently.
struct no_layer {
  static constexpr std::string_view keras_class = "None";
  static constexpr std::string_view keras_name = "none";
};

/// The layer a value is a call of: a shared layer's tag for each of its calls; any other value
/// is a layer of its own, so the value itself.
template <class Value>
struct called_layer {
  using type = Value;
};
template <class Layer, int Id, class... Inputs>
struct called_layer<node<shared<Layer, Id>, Inputs...>> {
  using type = shared<Layer, Id>;
};
template <class Value>
using called_layer_t = typename called_layer<Value>::type;

template <class Value>
inline constexpr bool is_shared_call_v = false;
template <class Layer, int Id, class... Inputs>
inline constexpr bool is_shared_call_v<node<shared<Layer, Id>, Inputs...>> = true;

constexpr bool same_weights(const weight_list& a, const weight_list& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].name != b[i].name || a[i].rank != b[i].rank) return false;
    for (std::size_t axis = 0; axis < a[i].rank; ++axis)
      if (a[i].dims[axis] != b[i].dims[axis]) return false;
  }
  return true;
}

/// A later call of a shared layer (`Call`, a layer_at) gives it the weights its first call
/// (`FirstCall`) gave it: a Keras layer is built once, for its first input, and then takes only
/// inputs its weights fit.
template <class Call, class FirstCall>
consteval bool check_shared_call() {
  if constexpr (!Call::valid || !FirstCall::valid) return true;  // a broken call has said why already
  else {
    CTNN_REQUIRE(same_weights(Call::weights, FirstCall::weights), "ctnn::shared: a shared layer is called on a value its weights do not fit: this call (the first layer_at below) would give it other weights than its first call (the second), as a Dense called on another number of features would; a shared layer has one set of weights")
    return true;
  }
}

/// Position -> input positions of a graph of `Size` nodes with at most `MaxArity` inputs each.
template <std::size_t Size, std::size_t MaxArity>
struct links {
  std::array<std::size_t, Size> arity{};
  std::array<std::array<std::size_t, MaxArity>, Size> inputs{};
};

/// The graph whose output is `Output` (one value, or an `output_list`) and whose inputs are
/// `Inputs...`, by position.
template <class InputList, class Output>
struct expression_graph;

template <class... Inputs, class Output>
struct expression_graph<input_list<Inputs...>, Output> {
  /// Every value the outputs depend on, in Keras's walk order: from each output in turn (the
  /// first output first), as Keras's map_graph walks a model's outputs.
  using values = typename walk_all<type_list<>, output_values_t<Output>>::type;
  static constexpr std::size_t size = values::size;
  static constexpr std::size_t max_arity = [] {
    std::size_t most = 0;
    for_each_index<size>([&](auto v) { most = std::max(most, value_parts<type_at_t<v, values>>::inputs::size); });
    return most;
  }();

  /// The graph in walk order: each value's inputs as walk indices.
  static constexpr links<size, max_arity> walk_links = [] {
    links<size, max_arity> l{};
    for_each_index<size>([&](auto v) {
      using parts = value_parts<type_at_t<v, values>>;
      l.arity[v] = parts::inputs::size;
      [&]<class... In>(type_list<In...>) {
        std::size_t k = 0;
        ((l.inputs[v][k++] = index_in<In>(values{})), ...);
      }(typename parts::inputs{});
    });
    return l;
  }();

  /// Where each output is in walk order.
  static constexpr auto walk_outputs = []<class... Outputs>(type_list<Outputs...>) {
    return std::array<std::size_t, sizeof...(Outputs)>{index_in<Outputs>(values{})...};
  }(output_values_t<Output>{});

  /// Whether a layer is called more than once (ctnn::shared): then a position (a node) is one
  /// call of a layer, and Keras's layers are fewer than the positions.
  static constexpr bool shares_layers = []<class... V>(type_list<V...>) { return (is_shared_call_v<V> || ...); }(values{});

  /// Each value's layer, named by the walk index of its first call: every call of a shared layer
  /// has the same; any other value is a layer of its own.
  static constexpr std::array<std::size_t, size> layer_key = [] {
    std::array<std::size_t, size> key{};
    if constexpr (shares_layers) {
      [&]<class... V>(type_list<V...>) {
        using called = type_list<called_layer_t<V>...>;
        std::size_t v = 0;
        ((key[v++] = index_in<called_layer_t<V>>(called{})), ...);
      }(values{});
    } else {
      for (std::size_t v = 0; v < size; ++v) key[v] = v;
    }
    return key;
  }();

  /// Keras's _build_map: the order in which a depth-first walk from each output in turn finishes
  /// the nodes, every node after its inputs.
  static constexpr std::array<std::size_t, size> finish_order = [] {
    std::array<std::size_t, size> order{}, stack{}, next_input{};
    std::array<bool, size> finished{};
    std::size_t count = 0;
    for (const std::size_t output : walk_outputs) {
      if (finished[output]) continue;
      std::size_t top = 0;
      stack[top++] = output;
      while (top > 0) {  // a graph has no cycle, so a node is never on the stack twice
        const std::size_t v = stack[top - 1];
        if (next_input[v] < walk_links.arity[v]) {
          const std::size_t in = walk_links.inputs[v][next_input[v]++];
          if (!finished[in]) stack[top++] = in;
        } else {
          finished[v] = true;
          order[count++] = v;
          --top;
        }
      }
    }
    return order;
  }();

  /// Keras's map_graph depths, nodes taken from the outputs back: a node is one deeper than its
  /// deepest reader, and no shallower than its layer so far; a layer is as deep as its deepest
  /// call. Without shared layers a node's depth is its longest path to an output. (With them, the
  /// order nodes are taken in matters, as it does in Keras.)
  struct keras_depths {
    std::array<std::size_t, size> node{}, layer{};  // layer: by layer_key
  };
  static constexpr keras_depths depths = [] {
    keras_depths d{};
    for (std::size_t i = size; i-- > 0;) {
      const std::size_t v = finish_order[i];
      const std::size_t depth = std::max(d.node[v], d.layer[layer_key[v]]);
      d.node[v] = d.layer[layer_key[v]] = depth;
      for (std::size_t k = 0; k < walk_links.arity[v]; ++k)
        d.node[walk_links.inputs[v][k]] = std::max(d.node[walk_links.inputs[v][k]], depth + 1);
    }
    return d;
  }();

  /// The walk indices of `depth` (nodes, or layers by their first calls) sorted the deepest first,
  /// ties in walk order: Keras's model.layers order.
  template <std::size_t Count>
  static constexpr std::array<std::size_t, Count> deepest_first(const std::array<std::size_t, size>& depth, const std::array<bool, size>& listed) {
    std::array<std::size_t, Count> order{};
    std::size_t next = 0;
    for (std::size_t d = size; d-- > 0;)
      for (std::size_t v = 0; v < size; ++v)
        if (listed[v] && depth[v] == d) order[next++] = v;
    return order;
  }

  /// Positions: the nodes, the deepest first, ties in walk order (inputs before their readers).
  /// Without shared layers this is Keras's model.layers order.
  static constexpr std::array<std::size_t, size> walk_index_at = [] {
    std::array<bool, size> every{};
    every.fill(true);
    return deepest_first<size>(depths.node, every);
  }();

  /// How many of Keras's layers the graph has (inputs included): its values, less the second
  /// and later calls of shared layers.
  static constexpr std::size_t layer_count = [] {
    std::size_t count = 0;
    for (std::size_t v = 0; v < size; ++v) count += layer_key[v] == v ? 1 : 0;
    return count;
  }();

  /// Keras's model.layers, each layer by its first call's walk index.
  static constexpr std::array<std::size_t, layer_count> layer_walk_index_at = [] {
    std::array<bool, size> first_calls{};
    for (std::size_t v = 0; v < size; ++v) first_calls[v] = layer_key[v] == v;
    return deepest_first<layer_count>(depths.layer, first_calls);
  }();

  static constexpr std::size_t position_of_walk_index(std::size_t v) {
    std::size_t p = 0;
    while (walk_index_at[p] != v) ++p;
    return p;
  }

  template <std::size_t P>
  using value_at = typename type_at<walk_index_at[P], values>::type;

  /// The graph by position: each node's inputs as positions.
  static constexpr links<size, max_arity> node_links = [] {
    links<size, max_arity> l{};
    for (std::size_t p = 0; p < size; ++p) {
      const std::size_t v = walk_index_at[p];
      l.arity[p] = walk_links.arity[v];
      for (std::size_t k = 0; k < l.arity[p]; ++k) l.inputs[p][k] = position_of_walk_index(walk_links.inputs[v][k]);
    }
    return l;
  }();

  /// Where each model input is, in the order of `inputs(...)` (none when the output does not use it).
  static constexpr std::array<std::size_t, sizeof...(Inputs)> model_inputs{
      (contains<Inputs, values> ? position_of_walk_index(index_in<Inputs>(values{})) : none)...};

  /// Where each model output is, in the order of `outputs(...)`.
  static constexpr auto model_outputs = [] {
    std::array<std::size_t, walk_outputs.size()> positions{};
    for (std::size_t k = 0; k < positions.size(); ++k) positions[k] = position_of_walk_index(walk_outputs[k]);
    return positions;
  }();

  /// The Keras layer (index into model.layers) each position is a call of: the position itself
  /// unless a layer is shared.
  static constexpr std::array<std::size_t, size> layer_of_position = [] {
    std::array<std::size_t, size> layer{};
    for (std::size_t p = 0; p < size; ++p) {
      layer[p] = p;
      if constexpr (shares_layers) {
        layer[p] = 0;
        while (layer_walk_index_at[layer[p]] != layer_key[walk_index_at[p]]) ++layer[p];
      }
    }
    return layer;
  }();

  /// The first position that calls the same layer as position `p` (`p` itself for most).
  static constexpr std::size_t first_call_of(std::size_t p) {
    std::size_t first = 0;
    while (layer_of_position[first] != layer_of_position[p]) ++first;
    return first;
  }

  template <std::size_t P, class = std::make_index_sequence<node_links.arity[P]>>
  struct at;

  /// A later call of a shared layer, checked against its first call (check_shared_call).
  template <class Call, std::size_t First = first_call_of(Call::position), bool Later = (First != Call::position)>
  struct checked_call {
    using type = Call;
  };
  template <class Call, std::size_t First>
  struct checked_call<Call, First, true> {
    static constexpr bool checked = check_shared_call<Call, typename at<First>::type>();
    using type = std::conditional_t<checked, Call, Call>;
  };

  template <std::size_t P, std::size_t... K>
  struct at<P, std::index_sequence<K...>> {
    using call = layer_at<P, typename value_parts<value_at<P>>::layer, typename at<node_links.inputs[P][K]>::type::output_shape...>;
    using type = typename std::conditional_t<shares_layers, checked_call<call>, std::type_identity<call>>::type;
  };
  template <std::size_t P>
  struct at<P, std::index_sequence<>> {
    using type = layer_at<P, typename value_parts<value_at<P>>::layer, shape<>>;
  };

  template <std::size_t P>
  using layer = typename at<P>::type;
};

}  // namespace detail
}  // namespace ctnn
