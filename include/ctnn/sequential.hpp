// ctnn/sequential.hpp: a Keras Sequential model as a C++ type.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <thread>
#include <vector>

#include "ctnn/detail/model_support.hpp"
#include "ctnn/detail/parameter_block.hpp"
#include "ctnn/detail/require.hpp"
#include "ctnn/engine/forward.hpp"
#include "ctnn/initializers.hpp"
#include "ctnn/layers/input.hpp"
#include "ctnn/layers/layer.hpp"
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

template <bool Valid, class Layer, class In>
struct output_of {
  using type = invalid_shape;
};
template <class Layer, class In>
struct output_of<true, Layer, In> {
  using type = shape_from_array<Layer::template output_dims<In>()>;
};

/// The layer at `Position` of a model (the input is position 0), seeing the input shape `In`.
/// Instantiating it checks the layer's rules: a broken rule's static_assert is reported
/// "required from layer_at<Position, Layer, In>", which names where and what the layer is.
template <std::size_t Position, class Layer, class In>
struct layer_at {
  static constexpr std::size_t position = Position;
  using description = Layer;
  using input_shape = In;
  static constexpr bool valid = Layer::template check<In>();
  using output_shape = typename output_of<valid, Layer, In>::type;
  static constexpr weight_list weights = [] {
    if constexpr (valid) return Layer::template weights<In>();
    else return weight_list{};
  }();
};

/// After a broken layer every later one is silent: one error per model, never a cascade.
template <std::size_t Position, class Layer>
struct layer_at<Position, Layer, invalid_shape> {
  static constexpr std::size_t position = Position;
  using description = Layer;
  using input_shape = invalid_shape;
  static constexpr bool valid = false;
  using output_shape = invalid_shape;
  static constexpr weight_list weights{};
};

template <class... LayersAt>
struct layer_list {};

template <std::size_t Position, class In, class... Layers>
struct build_chain {
  using type = layer_list<>;
};
template <std::size_t Position, class In, class Layer, class... Rest>
struct build_chain<Position, In, Layer, Rest...> {
  using head = layer_at<Position, Layer, In>;
  template <class... Tail>
  static layer_list<head, Tail...> prepend(layer_list<Tail...>);
  using type = decltype(prepend(typename build_chain<Position + 1, typename head::output_shape, Rest...>::type{}));
};

/// What a model without any layer (sequential<>) has at every position: nothing, silently.
struct no_layer {
  static constexpr std::string_view keras_class = "None";
  static constexpr std::string_view keras_name = "none";
};

template <std::size_t I, class List>
struct element {
  using type = layer_at<I, no_layer, invalid_shape>;
};
template <std::size_t I, class Head, class... Tail>
struct element<I, layer_list<Head, Tail...>> : element<I - 1, layer_list<Tail...>> {};
template <class Head, class... Tail>
struct element<0, layer_list<Head, Tail...>> {
  using type = Head;
};

/// f(integral_constant<0>, ..., integral_constant<Count - 1>): a pack of positions to fold over.
template <std::size_t Count, class F>
constexpr decltype(auto) over_positions(F&& f) {
  return [&]<std::size_t... P>(std::index_sequence<P...>) -> decltype(auto) {
    return f(std::integral_constant<std::size_t, P>{}...);
  }(std::make_index_sequence<Count>{});
}

template <class... Layers>
inline constexpr bool starts_with_input_only = false;
template <class First, class... Rest>
inline constexpr bool starts_with_input_only<First, Rest...> = is_input_v<First> && !(is_input_v<Rest> || ...);

/// The frame of a sequential model: an input first, then layers. Its rules sit in a function
/// rather than in the class, so that a broken frame is one error and the class stays usable.
template <class... Layers>
consteval bool check_frame() {
  CTNN_REQUIRE(sizeof...(Layers) >= 1, "ctnn::sequential: a model needs at least its input, e.g. sequential<input<100>, dense<10>>")
  CTNN_REQUIRE((layer_description<Layers> && ...), "ctnn::sequential: every template argument must be a ctnn layer (ctnn::dense<...>, ctnn::conv2d<...>, ...)")
  CTNN_REQUIRE(starts_with_input_only<Layers...>, "ctnn::sequential: the first layer must be ctnn::input<...> (the shape of one sample, Keras input_shape), and only the first")
  return true;
}


}  // namespace detail

/// @brief A Keras `Sequential` model: `sequential<input<100>, dense<3200>, reshape<5, 5, 128>, ...>`.
///
/// Every layer's output shape and parameter count is a compile-time constant; a stack that
/// cannot work does not compile, and the first broken rule says why. The object owns all
/// parameters, in Keras `get_weights()` order and layouts, in one block of compile-time size.
template <class... Layers>
class sequential {
  /// The chain is checked layer by layer only when its frame is right; otherwise it stays silent.
  static constexpr bool well_framed = detail::check_frame<Layers...>();

 public:
  /// layer_at<0, input<...>, shape<>>, layer_at<1, ...>, ...: every layer with its input shape.
  using layers = typename detail::build_chain<0, std::conditional_t<well_framed, shape<>, invalid_shape>,
                                              Layers...>::type;
  /// The layer at `Position`; the input is position 0, the first real layer position 1.
  template <std::size_t Position>
  using layer = typename detail::element<Position, layers>::type;

  /// Number of layers after the input (Keras's len(model.layers)).
  static constexpr std::size_t layer_count = sizeof...(Layers) == 0 ? 0 : sizeof...(Layers) - 1;
  /// Whether every rule of every layer holds (when not, compilation has already failed).
  static constexpr bool valid = [] {
    return []<std::size_t... P>(std::index_sequence<P...>) { return well_framed && (layer<P>::valid && ...); }(
        std::make_index_sequence<sizeof...(Layers)>{});
  }();

  using input_shape_type = typename layer<0>::output_shape;
  using output_shape_type = typename layer<layer_count>::output_shape;
  static constexpr input_shape_type input_shape{};
  static constexpr output_shape_type output_shape{};
  using input_tensor = tensor<input_shape_type>;
  using output_tensor = tensor<output_shape_type>;

  /// f(position 0, position 1, ...) for every layer of the model, the input included.
  template <class F>
  static constexpr decltype(auto) over_positions(F&& f) {
    return detail::over_positions<sizeof...(Layers)>(std::forward<F>(f));
  }

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

  /// The largest sample any layer produces: what the reference path's buffers hold per sample.
  static constexpr std::size_t max_activation_size =
      over_positions([](auto... p) { return std::max({layer<p>::output_shape::size...}); });

  /// Keras's automatic name of the layer at `position` (1-based): the class's snake-case stem,
  /// numbered from the second layer of a kind on, as a fresh Keras session names them.
  static std::string layer_name(std::size_t position) {
    if (position == 0 || position > layer_count)
      throw std::out_of_range("ctnn::sequential::layer_name: position " + std::to_string(position) +
                              " is not one of the model's layers 1 to " + std::to_string(layer_count));
    return detail::automatic_layer_name(layer_table, position);
  }

  /// Keras's `model.summary()` table (TF 2.x layout), for a model named `model_name`.
  static std::string summary(std::string_view model_name = "sequential") {
    std::vector<std::string> names;
    for (std::size_t position = 1; position <= layer_count; ++position) names.push_back(layer_name(position));
    return summary(model_name, names);
  }

  /// The same table with the layers named as you say (one name per layer after the input), e.g.
  /// the names a Keras session gave them: {"dense_2", "reshape_1", "up_sampling2d_2", "conv2d_1"}.
  static std::string summary(std::string_view model_name, const std::vector<std::string>& layer_names) {
    if (layer_names.size() != layer_count)
      throw std::invalid_argument("ctnn::sequential::summary: the model has " + std::to_string(layer_count) +
                                  " layers after its input, " + std::to_string(layer_names.size()) +
                                  " names were given");
    std::vector<summary_row> rows;
    over_positions([&](auto, auto... p) {
      (rows.push_back({layer_names[p - 1], std::string(layer<p>::description::keras_class),
                       layer<p>::output_shape::to_keras_string(), layer<p>::weights.parameter_count()}),
       ...);
      return 0;
    });
    return keras_summary(model_name, rows, param_count, trainable_param_count);
  }

  // ---- The fused engine (ctnn/engine/): compile-time facts ----------------------------------

  /// The fused engine's plan: `plan::describe()` lists its steps, `plan::steps` holds them.
  using plan = engine::plan<sequential>;
  /// Multiply-adds of dense, conv2d and conv2d_transpose layers per sample, times 2, as the
  /// layers define them (a transposed convolution counts every kernel cell of every input pixel).
  static constexpr std::size_t flops_per_sample = [] {
    if constexpr (valid) return engine::fused<sequential>::flops_per_sample;
    else return std::size_t{0};
  }();
  /// Bytes of working memory one thread of `predict` uses (allocated once per thread, reused).
  static constexpr std::size_t arena_bytes = [] {
    if constexpr (valid) return engine::fused<sequential>::arena_size * sizeof(float);
    else return std::size_t{0};
  }();
  /// Floats of the fused engine's copy of the weights (packed, batch normalization folded).
  static constexpr std::size_t packed_param_count = [] {
    if constexpr (valid) return engine::fused<sequential>::packed_size;
    else return std::size_t{0};
  }();
  /// Bytes the model object holds: the Keras-order parameters and the engine's packed copy.
  static constexpr std::size_t parameter_bytes = (param_count + packed_param_count) * sizeof(float);

  /// A model with Keras's initial weights drawn from seed 0 (see `initialize`).
  sequential() : packed_(packed_param_count) { initialize(0); }

  /// Draws every weight as Keras initialises a new layer (Glorot-uniform kernels, zero biases,
  /// batch-normalization ones and zeros), from a SplitMix64 stream seeded with `seed`:
  /// deterministic, the same on every platform.
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

  /// Keras `model.set_weights(arrays)`: one array per weight, in `get_weights()` order, each
  /// flattened row-major in Keras's layout (Dense [in, out], Conv2D [kh, kw, in, out],
  /// Conv2DTranspose [kh, kw, out, in], BatchNormalization gamma, beta, mean, variance).
  /// Throws ctnn::weight_error naming the layer and expected vs given size; on error nothing is
  /// changed.
  template <class Arrays>
    requires requires(const Arrays& arrays) {
      std::size(arrays);
      std::span<const float>(*std::begin(arrays));
    }
  void set_weights(const Arrays& arrays) {
    if (std::size(arrays) != weight_count) detail::throw_weight_count(layer_table, weight_layout, std::size(arrays));
    std::size_t index = 0;
    for (const auto& array : arrays) {
      const std::size_t given = std::span<const float>(array).size();
      if (given != weight_layout[index].spec.size()) detail::throw_weight_size(layer_table, weight_layout[index], index, given);
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
    if (values.size() != param_count) detail::throw_parameter_count(param_count, values.size());
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

  /// Keras `model.predict(x)` on a batch of any size, through the fused engine, on up to
  /// `threads` threads (default: all the hardware has).
  output_tensor predict(const input_tensor& x, threads use = {}) const {
    output_tensor y(x.batch_size());
    predict(x.values(), y.values(), use);
    return y;
  }

  /// `predict` into caller-owned memory: `x` holds whole samples of input_shape, `y` room for
  /// as many samples of output_shape. Throws std::invalid_argument on sizes that do not fit.
  /// Allocates nothing once each thread has run this model's size of arena once.
  void predict(std::span<const float> x, std::span<float> y, threads use = {}) const {
    const std::size_t batch = detail::checked_batch(x.size(), y.size(), input_shape_type::size, output_shape_type::size,
                                                    &input_shape_type::to_keras_string, &output_shape_type::to_keras_string);
    if (detail::overlap(x, y)) {  // predicting in place: the first layer must not overwrite its own input
      const std::vector<float> input(x.begin(), x.end());
      fused_predict(input.data(), y.data(), batch, use);
    } else {
      fused_predict(x.data(), y.data(), batch, use);
    }
  }

  /// The fused engine's forward pass (what `predict` runs): `x` and `y` must not overlap.
  void fused_predict(const float* x, float* y, std::size_t batch, threads use = {}) const {
    if constexpr (valid) engine::fused<sequential>::run(params_.values().data(), packed_.data(), x, y, batch, use.resolve());
  }

  /// The reference path: each layer's plain reference kernel in turn, through two buffers.
  /// It is the oracle that every faster path is tested against. `x` (batch samples of the input)
  /// and `y` (room for batch samples of the output) must not overlap; `predict` sees to that.
  void reference_predict(const float* x, float* y, std::size_t batch) const {
    if constexpr (valid) {
      std::vector<float> ping(batch * max_activation_size), pong(batch * max_activation_size);
      const float* source = x;
      over_positions([&](auto, auto... p) {
        (
            [&] {
              using at = layer<p>;
              float* target = p == layer_count ? y : (p % 2 == 1 ? ping.data() : pong.data());
              reference::kernel<typename at::description>::template run<typename at::input_shape,
                                                                        typename at::output_shape>(
                  params_.values().data() + param_offset<p>, source, target, batch);
              source = target;
            }(),
            ...);
        return 0;
      });
      if constexpr (layer_count == 0) std::copy(x, x + batch * input_shape_type::size, y);
    }
  }

 private:
  /// The fused engine's copy of the weights follows every change of the Keras-order ones.
  void repack() {
    if constexpr (valid) engine::fused<sequential>::pack(params_.values().data(), packed_.data());
  }

  static constexpr std::array<std::string_view, sizeof...(Layers)> layer_stems{Layers::keras_name...};
  static constexpr std::array<std::string_view, sizeof...(Layers)> layer_classes{Layers::keras_class...};
  static constexpr detail::layer_table layer_table{layer_stems, layer_classes};

  detail::parameter_block<param_count> params_;
  detail::float_buffer packed_;
};

}  // namespace ctnn
