// ctnn/io/model_facts.hpp: a model type as the Keras loader reads it, as plain values.
//
// `model_facts_of<Model>` is a constexpr table built from the type: every position's Keras class, the
// configuration a file must hold for it, its weights in Keras's order and layouts, and what it
// reads. It is the only part of the loader stamped out per model; everything that reads a file is
// compiled once, in the library ctnn::keras (src/keras/), behind plain functions that take this
// table, as {fmt}'s vformat sits under its typed front end.
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <span>
#include <string_view>

#include "ctnn/ctnn.hpp"

namespace ctnn::keras::detail {

/// One position of a model type, as the loader reads it.
struct position_facts {
  std::string_view keras_class;  ///< "Conv2D"
  bool is_input = false;         ///< a model input (an InputLayer)
  std::span<const std::size_t> output_dims;  ///< the extents of its output
  std::span<const weight_spec> weights;      ///< in Keras get_weights() order and layouts
  std::size_t param_offset = 0;              ///< where its layer's first weight starts in the parameter block
  std::span<const config_entry> config;      ///< what the file's configuration must hold
  std::span<const std::size_t> reads;        ///< the positions of the values it reads, in order
};

/// A model type as the loader reads it: a constexpr table that `model_facts_of<Model>` builds from the
/// type. It is the only code stamped out per model; everything that reads a file is the plain
/// functions below, compiled once per program (as {fmt}'s vformat is, under its typed front end).
struct model_facts {
  std::string_view kind;        ///< "sequential", "functional"
  bool input_is_layer = false;  ///< a Keras Sequential hides its InputLayer; a Functional lists it
  std::span<const position_facts> positions;      ///< every node, inputs included
  std::span<const std::size_t> input_positions;   ///< the model's inputs, in the order predict takes them
  std::span<const std::size_t> output_positions;  ///< the model's outputs, in the order predict gives them
  std::size_t layer_count = 0;  ///< layers that are not inputs
  std::size_t param_count = 0;
  /// The layer (its index in model.layers) each position is a call of, and each layer's first
  /// call: the identity, unless a layer is shared (ctnn::shared), whose calls are several
  /// positions of one layer with one set of weights.
  std::span<const std::size_t> layer_of_position;
  std::span<const std::size_t> first_calls;
};

template <class Shape>
constexpr std::span<const std::size_t> dims_of() {
  if constexpr (is_shape_v<Shape>) return Shape::dims;
  else return {};  // a broken model, which has already failed to compile
}

template <class Layer, class... Ins>
concept has_keras_config = requires {
  { Layer::template keras_config<Ins...>() } -> std::convertible_to<layer_config>;
};

/// The entries `Layer::keras_config<Ins...>()` lists, in an array of their own size.
template <class Layer, class InputShapes>
struct expected_config {
  static constexpr std::array<config_entry, 0> entries{};
};
template <class Layer, template <class...> class List, class... Ins>
  requires(is_shape_v<Ins> && ...)
struct expected_config<Layer, List<Ins...>> {
  static_assert(has_keras_config<Layer, Ins...>, "ctnn::keras::load_h5: every layer of the model needs `template <class... In> static constexpr ctnn::keras::layer_config keras_config()`, what a Keras file must hold for it (ctnn/layers/keras_config.hpp)");
  static constexpr layer_config all = [] {
    if constexpr (has_keras_config<Layer, Ins...>) return Layer::template keras_config<Ins...>();
    else return layer_config{};
  }();
  static constexpr auto entries = [] {
    std::array<config_entry, all.size()> list{};
    for (std::size_t i = 0; i < list.size(); ++i) list[i] = all[i];
    return list;
  }();
};

template <class Model, std::size_t P>
constexpr position_facts position_facts_at() {
  using at = typename Model::template layer<P>;
  using description = typename at::description;
  constexpr const auto& config = expected_config<description, typename at::input_shapes>::entries;
  return {description::keras_class,
          is_input_v<description>,
          dims_of<typename at::output_shape>(),
          std::span<const weight_spec>(at::weights.begin(), at::weights.size()),
          Model::template param_offset<P>,
          std::span<const config_entry>(config.data(), config.size()),
          std::span<const std::size_t>(Model::node_links.inputs[P].data(), Model::node_links.arity[P])};
}

template <class Model>
inline constexpr auto positions_of =
    Model::over_positions([](auto... p) { return std::array<position_facts, sizeof...(p)>{position_facts_at<Model, decltype(p)::value>()...}; });

/// Everything the loader needs of the type `Model`, as values.
template <class Model>
inline constexpr model_facts model_facts_of{Model::graph::kind,        Model::graph::input_is_layer, positions_of<Model>,
                                            Model::input_positions,    Model::output_positions,      Model::layer_count,
                                            Model::param_count,        Model::layer_of_position,     Model::first_call_at};

}  // namespace ctnn::keras::detail
