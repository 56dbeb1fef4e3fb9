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
// This header also turns a graph into positions: the order Keras gives `model.layers` (longest
// distance to an output first, ties in the order of a depth-first walk from the outputs), which
// is also an order in which every node comes after its inputs. Both model kinds, sequential and
// functional, are graphs of `layer_at` nodes at positions.
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

namespace detail {
/// An id tells a layer apart; an input has its own (`input<...>::id<N>`, a model input value).
template <class Layer>
consteval bool id_on_a_layer() {
  CTNN_REQUIRE(!is_input_v<Layer>, "ctnn::layer_id: an input is told apart by its own id: input<...>::id<N>{}, not layer_id<input<...>, N>")
  return true;
}

/// The layer a graph computes with: `L` itself, or the layer under a `layer_id`.
template <class L>
struct described {
  using type = L;
};
template <class L, int Id>
struct described<layer_id<L, Id>> {
  static constexpr bool checked = id_on_a_layer<typename described<L>::type>();
  // Naming `checked` runs the check; after a broken rule the layer is still the layer.
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
template <class Layer, class... Inputs>
struct value_parts<node<Layer, Inputs...>> {  // a layer under an id is the layer itself
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

  /// Keras's model.layers order: the longest path to an output first, ties in walk order.
  static constexpr std::array<std::size_t, size> walk_index_at = [] {
    std::array<std::size_t, size> depth{}, order{};
    for (std::size_t round = 0; round < size; ++round)  // longest paths: relax size times
      for (std::size_t v = 0; v < size; ++v)
        for (std::size_t k = 0; k < walk_links.arity[v]; ++k)
          depth[walk_links.inputs[v][k]] = std::max(depth[walk_links.inputs[v][k]], depth[v] + 1);
    std::size_t next = 0;  // deepest first; within a depth, walk order
    for (std::size_t d = size; d-- > 0;)
      for (std::size_t v = 0; v < size; ++v)
        if (depth[v] == d) order[next++] = v;
    return order;
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
  static constexpr auto model_outputs = []<class... Outputs>(type_list<Outputs...>) {
    return std::array<std::size_t, sizeof...(Outputs)>{position_of_walk_index(index_in<Outputs>(values{}))...};
  }(output_values_t<Output>{});

  template <std::size_t P, class = std::make_index_sequence<node_links.arity[P]>>
  struct at;
  template <std::size_t P, std::size_t... K>
  struct at<P, std::index_sequence<K...>> {
    using type = layer_at<P, typename value_parts<value_at<P>>::layer,
                          typename at<node_links.inputs[P][K]>::type::output_shape...>;
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
