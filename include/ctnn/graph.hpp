// ctnn/graph.hpp: layers joined into a graph, as types.
//
// A value of a graph is an empty object whose type says how it is computed: `input<100>{}` is a
// model input, `x | dense<10>{}` is dense applied to x (node<dense<10>, X>), `concatenate{}(a, b)`
// joins two values (ctnn/layers/merge.hpp). A model is its inputs and its output value
// (ctnn/functional.hpp). Values are values: the same expression used twice is one node, as a
// tensor used twice in Keras is one tensor; `input<...>::id<N>{}` is another input of a shape. A cycle cannot be written, since a value's type holds
// the types of everything it is computed from.
//
// This header also turns a graph into positions: the order Keras gives `model.layers` (longest
// distance to the output first, ties in the order of a depth-first walk from the output), which
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
#include "ctnn/layers/input.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/shape.hpp"
#include "ctnn/weights.hpp"

namespace ctnn {

/// A value computed by `Layer` from the values `Inputs...`.
template <class Layer, class... Inputs>
struct node {
  using layer = Layer;
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
}  // namespace detail

/// A value of a graph: a model input (`input<...>{}`, `input<...>::id<N>{}`) or a node.
template <class T>
concept graph_value = detail::is_input_value_v<T> || detail::is_node_v<T>;

/// `x | layer`: the layer applied to x, as Keras's `layer(x)`. Chains read left to right:
/// `noise | dense<6272>{} | leaky_relu<0.2>{} | reshape<7, 7, 128>{}`.
template <graph_value Value, layer_description Layer>
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
template <class Layer, class... Inputs>
struct value_parts<node<Layer, Inputs...>> {
  using layer = Layer;
  using inputs = type_list<Inputs...>;
};

/// Keras's walk of a graph: from the output, depth first, each value's inputs in argument order;
/// a value is listed where it is first met.
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

/// The graph whose output is `Output` and whose inputs are `Inputs...`, by position.
template <class InputList, class Output>
struct expression_graph;

template <class... Inputs, class Output>
struct expression_graph<input_list<Inputs...>, Output> {
  /// Every value the output depends on, in Keras's walk order (the output first).
  using values = typename walk<type_list<>, Output>::type;
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

  /// Keras's model.layers order: the longest path to the output first, ties in walk order.
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
