// ctnn/sequential.hpp: a Keras Sequential model as a C++ type: the graph that is one chain.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>

#include "ctnn/detail/require.hpp"
#include "ctnn/graph.hpp"
#include "ctnn/layers/input.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/model.hpp"
#include "ctnn/shape.hpp"

namespace ctnn {

namespace detail {

/// layer_at<0, input<...>, shape<>>, layer_at<1, ...>, ...: every layer with its input shape
/// (a layer under a layer_id is the layer itself: a chain has no twins to tell apart).
template <std::size_t Position, class In, class... Layers>
struct build_chain {
  using type = type_list<>;
};
template <std::size_t Position, class In, class Layer, class... Rest>
struct build_chain<Position, In, Layer, Rest...> {
  using head = layer_at<Position, described_t<Layer>, In>;
  template <class... Tail>
  static type_list<head, Tail...> prepend(type_list<Tail...>);
  using type = decltype(prepend(typename build_chain<Position + 1, typename head::output_shape, Rest...>::type{}));
};

template <class... Layers>
inline constexpr bool starts_with_input_only = false;
template <class First, class... Rest>
inline constexpr bool starts_with_input_only<First, Rest...> =
    is_input_v<described_t<First>> && !(is_input_v<described_t<Rest>> || ...);

/// The frame of a sequential model: an input first, then layers. Its rules sit in a function
/// rather than in the class, so that a broken frame is one error and the class stays usable.
template <class... Layers>
consteval bool check_frame() {
  CTNN_REQUIRE(sizeof...(Layers) >= 1, "ctnn::sequential: a model needs at least its input, e.g. sequential<input<100>, dense<10>>")
  CTNN_REQUIRE((graph_layer<Layers> && ...), "ctnn::sequential: every template argument must be a ctnn layer (ctnn::dense<...>, ctnn::conv2d<...>, ...)")
  CTNN_REQUIRE(starts_with_input_only<Layers...>, "ctnn::sequential: the first layer must be ctnn::input<...> (the shape of one sample, Keras input_shape), and only the first")
  CTNN_REQUIRE(!(is_shared_tag_v<Layers> || ...), "ctnn::sequential: shared<Layer, Id> marks a layer called on several values, which only a functional model has: in a sequential model each layer is called once (for one layer applied twice in a row, write a functional model: x | shared<Layer, 0>{} | shared<Layer, 0>{})")
  return true;
}

/// The graph of a sequential model: position P reads position P - 1.
template <class... Layers>
struct chain_graph {
  static constexpr std::string_view kind = "sequential";
  static constexpr bool input_is_layer = false;
  static constexpr bool well_formed = check_frame<Layers...>();
  static constexpr std::size_t size = sizeof...(Layers);
  /// layer_at<0, input<...>, shape<>>, layer_at<1, ...>, ...: every layer with its input shape.
  using layers = typename build_chain<0, std::conditional_t<well_formed, shape<>, invalid_shape>, Layers...>::type;
  template <std::size_t P>
  using layer = typename std::conditional_t<(P < size), type_at<P, layers>,
                                            std::type_identity<layer_at<P, no_layer, invalid_shape>>>::type;
  static constexpr links<size, 1> node_links = [] {
    links<size, 1> l{};
    for (std::size_t p = 1; p < size; ++p) l.arity[p] = 1, l.inputs[p][0] = p - 1;
    return l;
  }();
  using input_shapes = type_list<typename layer<0>::output_shape>;
  static constexpr std::array<std::size_t, 1> model_inputs{0};
  static constexpr std::array<std::size_t, 1> model_outputs{size == 0 ? 0 : size - 1};
};

}  // namespace detail

/// @brief A Keras `Sequential` model: `sequential<input<100>, dense<3200>, reshape<5, 5, 128>, ...>`.
///
/// Every layer's output shape and parameter count is a compile-time constant; a stack that
/// cannot work does not compile, and the first broken rule says why. The object owns all
/// parameters, in Keras `get_weights()` order and layouts, in one block of compile-time size.
/// Position 0 is the input, position P the P-th layer; everything else (weights, summary,
/// predict, the fused engine) is the graph machinery of ctnn/model.hpp, for a one-chain graph.
template <class... Layers>
class sequential : public basic_model<detail::chain_graph<Layers...>> {
  using base = basic_model<detail::chain_graph<Layers...>>;

 public:
  /// layer_at<0, input<...>, shape<>>, layer_at<1, ...>, ...: every layer with its input shape.
  using layers = typename detail::chain_graph<Layers...>::layers;
  using typename base::input_shape_type;
  static constexpr input_shape_type input_shape{};
};

}  // namespace ctnn
