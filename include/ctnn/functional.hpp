// ctnn/functional.hpp: a Keras functional model (`keras.Model(inputs, outputs)`) as a C++ type.
//
//   constexpr auto noise = ctnn::input<100>{};
//   constexpr auto label = ctnn::input<1>{};
//   constexpr auto a = noise | ctnn::dense<6272>{} | ctnn::leaky_relu<0.2>{} | ctnn::reshape<7, 7, 128>{};
//   constexpr auto b = label | ctnn::embedding<10, 50>{} | ctnn::dense<49>{} | ctnn::reshape<7, 7, 1>{};
//   constexpr auto out = ctnn::concatenate{}(a, b) | ctnn::conv2d_transpose<...>{} | ...;
//   using generator = decltype(ctnn::functional(ctnn::inputs(noise, label), out));
//
// A model of several outputs lists them, as Keras's `Model(inputs, [image, logits])`:
//   using both = decltype(ctnn::functional(ctnn::inputs(x), ctnn::outputs(image, logits)));
// and its predict returns a std::tuple of tensors, in that order.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include "ctnn/detail/require.hpp"
#include "ctnn/graph.hpp"
#include "ctnn/layers/merge.hpp"
#include "ctnn/model.hpp"

namespace ctnn {

namespace detail {

template <class Values, class... Inputs>
struct inputs_listed;
/// Every model input the outputs depend on is one of `Inputs...`.
template <class... Values, class... Inputs>
struct inputs_listed<type_list<Values...>, Inputs...> {
  static constexpr bool value = ((!is_input_value_v<Values> || occurrences<Values, Inputs...> > 0) && ...);
};

/// The frame of a functional model: its inputs are distinct ctnn::input values, all of them
/// used by the outputs, and the outputs use no other input.
template <class Graph, class Output, class... Inputs>
consteval bool check_graph_frame() {
  CTNN_REQUIRE(sizeof...(Inputs) >= 1, "ctnn::functional: a model needs at least one input: model(inputs(x), output)")
  CTNN_REQUIRE(output_values_t<Output>::size >= 1, "ctnn::functional: a model needs at least one output: functional(inputs(x), y), or outputs(y1, y2) for several")
  CTNN_REQUIRE((is_input_value_v<Inputs> && ...), "ctnn::functional: every model input must be a ctnn::input<...> value (Keras Input(shape=...))")
  CTNN_REQUIRE(((occurrences<Inputs, Inputs...> == 1) && ...), "ctnn::functional: an input is listed twice, or two inputs have the same shape and so are the same value; make the second input<...>::id<1>{}")
  CTNN_REQUIRE(((contains<Inputs, typename Graph::values>) && ...), "ctnn::functional: an input is not used: the outputs do not depend on every value in inputs(...)")
  CTNN_REQUIRE((inputs_listed<typename Graph::values, Inputs...>::value), "ctnn::functional: an output depends on an input that inputs(...) does not list")
  return true;
}

template <class Graph, class Indices>
struct shapes_at;
template <class Graph, std::size_t... K>
struct shapes_at<Graph, std::index_sequence<K...>> {
  using type = type_list<typename Graph::template layer<Graph::model_inputs[K]>::output_shape...>;
};

/// The graph of a functional model, with its frame checked.
template <class InputList, class Output>
struct functional_graph;
template <class... Inputs, class Output>
struct functional_graph<input_list<Inputs...>, Output> : expression_graph<input_list<Inputs...>, Output> {
  using base = expression_graph<input_list<Inputs...>, Output>;
  static constexpr std::string_view kind = "functional";
  static constexpr bool input_is_layer = true;
  static constexpr bool well_formed = check_graph_frame<base, Output, Inputs...>();
  template <std::size_t P, bool = well_formed>
  struct checked_layer {
    using type = typename base::template layer<P>;
  };
  template <std::size_t P>
  struct checked_layer<P, false> {  // a broken frame: every node silent
    using type = layer_at<P, no_layer, invalid_shape>;
  };
  template <std::size_t P>
  using layer = typename checked_layer<P>::type;
  /// A frame without outputs (`outputs()`, an error already) still has one silent output.
  static constexpr auto model_outputs = [] {
    if constexpr (base::model_outputs.size() == 0) return std::array<std::size_t, 1>{0};
    else return base::model_outputs;
  }();
  using input_shapes = typename shapes_at<functional_graph, std::make_index_sequence<sizeof...(Inputs)>>::type;
};

}  // namespace detail

/// @brief A Keras functional model: a graph of layers from `inputs(...)` to one output value, or
/// to several (`outputs(...)`).
///
/// Everything a `sequential` offers holds: compile-time shapes and parameter counts, readable
/// errors, set_weights in Keras order (Keras's model.layers order, which positions follow),
/// `summary()` with Keras's "Connected to" column, `predict(x0, x1, ...)` through the fused
/// engine, and `reference_predict`. A model of several outputs returns them from predict as a
/// std::tuple of tensors, in the order of `outputs(...)`.
///
/// Name the type as Keras writes `Model(inputs, outputs)`:
/// `using generator = decltype(ctnn::functional(ctnn::inputs(noise, label), image));`
/// `using two_heads = decltype(ctnn::functional(ctnn::inputs(x), ctnn::outputs(y1, y2)));`
template <class InputList, class Output>
class functional : public basic_model<detail::functional_graph<InputList, Output>> {
 public:
  /// A model with Keras's initial weights drawn from seed 0.
  functional() = default;
  /// The same, its type deduced from its inputs and output: `functional(inputs(x), y)`.
  functional(InputList, Output) : functional() {}
};

template <class... Inputs, graph_value Output>
functional(input_list<Inputs...>, Output) -> functional<input_list<Inputs...>, Output>;
template <class... Inputs, class... Outputs>
functional(input_list<Inputs...>, output_list<Outputs...>) -> functional<input_list<Inputs...>, output_list<Outputs...>>;

}  // namespace ctnn
