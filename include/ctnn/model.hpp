// ctnn/model.hpp: what every model is: its layout (ctnn/layout.hpp: the graph of layers and
// every compile-time fact about it), its parameters in Keras order with the fused engine's packed
// copy, and predict.
//
// A `sequential` (ctnn/sequential.hpp) and a `functional` model (ctnn/functional.hpp) differ only
// in how the graph is written; both are this class over a graph. The summary is
// ctnn/summary.hpp's, the reference path ctnn/reference/evaluator.hpp's, the fused forward pass
// ctnn/engine/'s: this class only holds the weights and hands them over.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "ctnn/detail/model_support.hpp"
#include "ctnn/detail/parameter_block.hpp"
#include "ctnn/detail/weights_lock.hpp"
#include "ctnn/engine/forward.hpp"
#include "ctnn/engine/width.hpp"
#include "ctnn/graph.hpp"
#include "ctnn/initializers.hpp"
#include "ctnn/layout.hpp"
#include "ctnn/reference/evaluator.hpp"
#include "ctnn/shape.hpp"
#include "ctnn/summary.hpp"
#include "ctnn/tensor.hpp"
#include "ctnn/weights.hpp"

namespace ctnn {

/// How many threads `predict` may use: `model.predict(x, ctnn::threads{2})`. The default, 0, is
/// the hardware's concurrency (std::thread::hardware_concurrency()), and so is the most any count
/// gets: `threads{1000}` on 8 cores runs on 8, and starts no thread beyond the pool's 7. Where the
/// hardware's concurrency is unknown (0), predict runs on the calling thread alone. Results are
/// bit-identical for every count.
struct threads {
  unsigned count = 0;
  /// The threads a call runs on: count, or the hardware's concurrency when count is 0 or more.
  unsigned resolve() const {
    const unsigned hardware = engine::hardware_threads();
    return count == 0 ? hardware : std::min(count, hardware);
  }
};

namespace detail {

template <class Shape>
using const_values = std::span<const float>;
template <class Shape>
using const_pointer = const float*;
template <class Shape>
using mutable_values = std::span<float>;
template <class Shape>
using mutable_pointer = float*;

}  // namespace detail

namespace detail {
/// What `input_shape_type` and `input_tensor` name in a model of several inputs: incomplete, so
/// that using one says, in its name, what to write instead.
template <std::size_t Inputs>
struct model_has_several_inputs_use_input_shape_at_k;
template <std::size_t Inputs>
struct model_has_several_inputs_use_input_tensor_at_k;
/// A model's one input, or those names for a model of several.
template <std::size_t Inputs, class... Shapes>
struct single_input {
  using shape = model_has_several_inputs_use_input_shape_at_k<Inputs>;
  using tensor_type = model_has_several_inputs_use_input_tensor_at_k<Inputs>;
};
template <class Shape>
struct single_input<1, Shape> {
  using shape = Shape;
  using tensor_type = tensor<Shape>;
};

/// The same for outputs: a model of several names each as output_shape_at<K>, output_tensor_at<K>.
template <std::size_t Outputs>
struct model_has_several_outputs_use_output_shape_at_k;
template <std::size_t Outputs>
struct model_has_several_outputs_use_output_tensor_at_k;
/// A model's one output, or those names for a model of several; and what predict returns: the
/// tensor, or a std::tuple of one tensor per output.
template <std::size_t Outputs, class... Shapes>
struct single_output {
  using shape = model_has_several_outputs_use_output_shape_at_k<Outputs>;
  using tensor_type = model_has_several_outputs_use_output_tensor_at_k<Outputs>;
  using prediction = std::tuple<tensor<Shapes>...>;
};
template <class Shape>
struct single_output<1, Shape> {
  using shape = Shape;
  using tensor_type = tensor<Shape>;
  using prediction = tensor<Shape>;
};
}  // namespace detail

/// Tagged with the engine's vector width (ctnn/engine/simd.hpp): a model's packed weights follow
/// it, so translation units built for different targets each have their own model types.
template <class Graph, class InputShapes = typename Graph::input_shapes,
          class OutputShapes = typename model_layout<Graph>::output_shapes>
class [[gnu::abi_tag(CTNN_ENGINE_ABI_TAG)]] basic_model;

/// @brief A model: its layout (a graph of layers, see ctnn/layout.hpp) with its parameters.
template <class Graph, class... InShapes, class... OutShapes>
class basic_model<Graph, detail::type_list<InShapes...>, detail::type_list<OutShapes...>> : public model_layout<Graph> {
 public:
  /// Everything known at compile time: nodes, inputs, shapes, weights, counts, names.
  using layout = model_layout<Graph>;
  using layout::input_count, layout::output_count, layout::node_count, layout::param_count, layout::valid,
      layout::weight_count, layout::weight_layout, layout::layer_table;
  /// The tensor of output K (`tensor<output_shape_at<K>>`), for a model of any number of outputs.
  template <std::size_t K>
  using output_tensor_at = tensor<typename layout::template output_shape_at<K>>;
  /// A one-output model's output shape and tensor (every sequential's). A model of several
  /// outputs names each as output_shape_at<K> and output_tensor_at<K>: for it, these name a type
  /// that says so.
  using output_shape_type = typename detail::single_output<sizeof...(OutShapes), OutShapes...>::shape;
  using output_tensor = typename detail::single_output<sizeof...(OutShapes), OutShapes...>::tensor_type;
  /// A one-output model's output shape as a value (`model::output_shape == shape<10, 10, 1>{}`);
  /// in a model of several, a pointer to the type that says to use output_shape_at<K> instead.
  static constexpr auto output_shape = [] {
    if constexpr (sizeof...(OutShapes) == 1) return output_shape_type{};
    else return static_cast<output_shape_type*>(nullptr);
  }();
  /// What `predict(x...)` returns: the output tensor, or for a model of several outputs a
  /// std::tuple of them, in the order of outputs(...): `auto [image, logits] = model.predict(x);`.
  using prediction = typename detail::single_output<sizeof...(OutShapes), OutShapes...>::prediction;
  /// The tensor of input K (`tensor<input_shape_at<K>>`), for a model of any number of inputs:
  /// `model.predict(G::input_tensor_at<0>(n), G::input_tensor_at<1>(n))`.
  template <std::size_t K>
  using input_tensor_at = tensor<typename layout::template input_shape_at<K>>;
  /// A one-input model's input shape and tensor (every sequential's). A model of several inputs
  /// names each as input_shape_at<K> and input_tensor_at<K>: for it, these name a type that says so.
  using input_shape_type = typename detail::single_input<sizeof...(InShapes), InShapes...>::shape;
  using input_tensor = typename detail::single_input<sizeof...(InShapes), InShapes...>::tensor_type;

  /// The name Keras gives a model of this kind that is not named: "sequential", "model".
  static constexpr std::string_view default_summary_name = Graph::kind == std::string_view("sequential") ? "sequential" : "model";

  /// Keras's `model.summary()` table (TF 2.x layout, or Keras 3's with summary_style::keras3),
  /// named `model_name`, the layers named as a fresh Keras session names them.
  static std::string summary(std::string_view model_name = default_summary_name, summary_style style = summary_style::keras2) {
    return model_summary<layout>(model_name, style);
  }

  /// The same table with the layers named as you say, in model.layers order (the positions',
  /// unless a layer is shared; for a sequential model, one name per layer after the input), e.g. the names a Keras file gave them
  /// (ctnn::keras::load returns them; ctnn::keras::summary(model, info) passes them on).
  static std::string summary(std::string_view model_name, const std::vector<std::string>& layer_names,
                             summary_style style = summary_style::keras2) {
    return model_summary<layout>(model_name, layer_names, style);
  }

  // ---- The fused engine (ctnn/engine/): compile-time facts ----------------------------------

  /// The fused engine's plan: `plan::describe()` lists its steps, `plan::steps` holds them.
  using plan = engine::plan<layout>;
  /// Multiply-adds of dense, conv2d and conv2d_transpose layers per sample, times 2, as the
  /// layers define them (a transposed convolution counts every kernel cell of every input pixel).
  static constexpr std::size_t flops_per_sample = [] {
    if constexpr (valid) return engine::fused<layout>::flops_per_sample;
    else return std::size_t{0};
  }();
  /// Bytes of working memory one thread of `predict` uses (allocated once per thread, reused).
  static constexpr std::size_t arena_bytes = [] {
    if constexpr (valid) return engine::fused<layout>::arena_size * sizeof(float);
    else return std::size_t{0};
  }();
  /// Floats of the fused engine's copy of the weights (packed, batch normalization folded).
  static constexpr std::size_t packed_param_count = [] {
    if constexpr (valid) return engine::fused<layout>::packed_size;
    else return std::size_t{0};
  }();
  /// Bytes the model object holds: the Keras-order parameters and the engine's packed copy.
  static constexpr std::size_t parameter_bytes = (param_count + packed_param_count) * sizeof(float);

  /// Floats per vector of the kernels this model runs (ctnn/engine/simd.hpp): 16 when compiled
  /// for AVX-512, 8 for AVX2, 4 for the portable kernels. engine::machine_lanes() is what the
  /// machine could run; a model narrower than that says so once on standard error.
  static constexpr std::size_t simd_lanes = engine::lanes;

  /// A model with Keras's initial weights drawn from seed 0 (see `initialize`).
  basic_model() : packed_(packed_param_count) {
    engine::note_kernel_width();
    initialize(0);
  }

  /// A copy owns its own parameters; copying waits for a change of `other`'s weights under way.
  basic_model(const basic_model& other) : basic_model(other, detail::weights_lock::shared_guard(other.lock_)) {}
  /// The source keeps a parameter block of zeros.
  basic_model(basic_model&& other) : packed_(packed_param_count) {
    const std::lock_guard changing(other.lock_);
    params_.swap(other.params_);
    packed_.swap(other.packed_);
  }
  basic_model& operator=(const basic_model& other) {
    if (this != &other) {
      basic_model copy(other);  // one lock at a time: two models assigned to each other never wait for each other
      const std::lock_guard changing(lock_);
      params_.swap(copy.params_);
      packed_.swap(copy.packed_);
    }
    return *this;
  }
  /// The source holds this model's former weights.
  basic_model& operator=(basic_model&& other) {
    if (this != &other) {
      basic_model taken(std::move(other));
      const std::lock_guard changing(lock_);
      params_.swap(taken.params_);
      packed_.swap(taken.packed_);
      const std::lock_guard giving(other.lock_);
      other.params_.swap(taken.params_);
      other.packed_.swap(taken.packed_);
    }
    return *this;
  }
  ~basic_model() = default;

  /// Draws every weight as Keras initialises a new layer (Glorot-uniform kernels, zero biases,
  /// batch-normalization ones and zeros, uniform embeddings), from a SplitMix64 stream seeded
  /// with `seed`: deterministic, the same on every platform.
  void initialize(std::uint64_t seed) {
    const std::lock_guard changing(lock_);
    splitmix64 generator(seed);
    for (const detail::weight_entry& entry : weight_layout)
      initialize_weight(entry.spec, params_.values().subspan(entry.offset, entry.spec.size()), generator);
    repack();
  }

  /// All parameters, every weight array back to back in Keras `get_weights()` order and layouts.
  /// Read-only: weights change through set_weights, set_weights_flat and initialize, which also
  /// refresh the fused engine's packed copy. The view is not synchronised with those: read it
  /// while no other thread changes the weights (get_weights copies them safely).
  std::span<const float, param_count> parameters() const { return params_.values(); }

  /// Keras `model.set_weights(arrays)`: one array per weight, in `get_weights()` order (layer by
  /// layer in Keras's model.layers order, which is position order unless a layer is shared: a
  /// shared layer's weights are listed once), each flattened row-major in
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
    const std::lock_guard changing(lock_);
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
    const std::lock_guard changing(lock_);
    std::copy(values.begin(), values.end(), params_.values().begin());
    repack();
  }

  /// Keras `model.get_weights()`: a copy of every weight array, in order.
  std::vector<std::vector<float>> get_weights() const {
    const detail::weights_lock::shared_guard reading(lock_);
    std::vector<std::vector<float>> arrays;
    for (const detail::weight_entry& entry : weight_layout) {
      auto values = parameters().subspan(entry.offset, entry.spec.size());
      arrays.emplace_back(values.begin(), values.end());
    }
    return arrays;
  }

  /// Keras `model.predict(x)` (or `predict([x0, x1, ...])`) on a batch of any size, through the
  /// fused engine, on up to `threads` threads (default: all the hardware has). Every input holds
  /// the same number of samples. A model of several outputs returns a std::tuple of tensors.
  prediction predict(const tensor<InShapes>&... xs, threads use = {}) const {
    const std::size_t batches[] = {xs.batch_size()...};
    if constexpr (output_count == 1) {
      prediction y(batches[0]);
      predict(xs.values()..., y.values(), use);
      return y;
    } else {
      prediction ys{tensor<OutShapes>(batches[0])...};
      std::apply([&](tensor<OutShapes>&... y) { predict(xs.values()..., y.values()..., use); }, ys);
      return ys;
    }
  }

  /// `predict` into caller-owned memory: each input holds whole samples of its shape, the same
  /// number for every input, and each output (`y`, or `y0, y1, ...` for several) room for as many
  /// samples of its shape. Throws std::invalid_argument on sizes that do not fit or outputs that
  /// overlap each other, std::out_of_range on an embedding's label outside its table. Allocates
  /// nothing once each thread has run this model's size of arena once (unless an output overlaps
  /// an input, which is then copied first).
  void predict(detail::const_values<InShapes>... xs, detail::mutable_values<OutShapes>... ys, threads use = {}) const {
    const std::array<std::span<const float>, input_count> inputs{xs...};
    const std::array<std::span<float>, output_count> outputs{ys...};
    const std::array<std::size_t, output_count> room{ys.size()...};
    const std::size_t batch = detail::checked_batch(Graph::kind, inputs, room, layout::input_sizes, layout::output_sizes,
                                                    layout::input_shape_strings(), layout::output_shape_strings());
    detail::check_outputs_apart(Graph::kind, outputs);
    check_labels(inputs, batch);
    std::vector<std::vector<float>> copies;
    std::array<const float*, input_count> pointers{};
    detail::engine_inputs(inputs, outputs, copies, pointers);
    run_fused(pointers, {ys.data()...}, batch, use);
  }

  /// The fused engine's forward pass (what `predict` runs, without its checks): the inputs and
  /// the outputs (`y`, or `y0, y1, ...`) must not overlap.
  void fused_predict(detail::const_pointer<InShapes>... xs, detail::mutable_pointer<OutShapes>... ys, std::size_t batch,
                     threads use = {}) const {
    run_fused({xs...}, {ys...}, batch, use);
  }

  /// The reference path: each layer's plain reference kernel in turn, in position order. It is
  /// the oracle that every faster path is tested against. The inputs (batch samples each) and the
  /// outputs (room for batch samples of each) must not overlap; `predict` sees to that.
  void reference_predict(detail::const_pointer<InShapes>... xs, detail::mutable_pointer<OutShapes>... ys, std::size_t batch) const {
    const detail::weights_lock::shared_guard reading(lock_);
    if constexpr (valid) reference::evaluate<layout>(params_.values().data(), {xs...}, {ys...}, batch);
  }

 private:
  basic_model(const basic_model& other, const detail::weights_lock::shared_guard&)
      : layout(other), params_(other.params_), packed_(other.packed_) {}

  static void check_labels(const std::array<std::span<const float>, input_count>& inputs, std::size_t batch) {
    for (const detail::label_check& check : layout::label_checks) {
      if (check.input == detail::none) continue;  // computed labels: the layer's kernel checks them
      const std::span<const float> labels = inputs[check.input];
      const std::size_t per_sample = batch == 0 ? 0 : labels.size() / batch;
      for (std::size_t i = 0; i < labels.size(); ++i)
        if (!detail::is_label(labels[i], check.labels))
          detail::throw_bad_label(Graph::kind, detail::automatic_layer_name(layer_table, layout::layer_of(check.position)), check.input,
                                  i / per_sample, labels[i], check.labels);
    }
  }

  void run_fused(const std::array<const float*, input_count>& xs, const std::array<float*, output_count>& ys, std::size_t batch,
                 threads use) const {
    const detail::weights_lock::shared_guard reading(lock_);
    if constexpr (valid) engine::fused<layout>::run(params_.values().data(), packed_.data(), xs, ys, batch, use.resolve());
  }

  /// The fused engine's copy of the weights follows every change of the Keras-order ones.
  void repack() {
    if constexpr (valid) engine::fused<layout>::pack(params_.values().data(), packed_.data());
  }

  detail::parameter_block<param_count> params_;
  detail::float_buffer packed_;
  // predict shares it, a change of the weights has it alone (and waits for the predicts running).
  mutable detail::weights_lock lock_;
};

/// @brief `static_assert(ctnn::expect_param_count<model, 16>());`: the model has `Expected`
/// parameters (Keras's `model.count_params()`), or one error that names the usual cause of a
/// difference in a functional model: two identical layers applied to one value, which are one
/// value, and so one layer, unless the second has an id (`layer_id`, ctnn/graph.hpp). GCC's note
/// gives both counts: "the comparison reduces to '(8 == 16)'".
template <class Model, std::size_t Expected>
consteval bool expect_param_count() {
  // A plain static_assert, and `true` either way: the static_assert around the call never adds a
  // second error.
  static_assert(Model::param_count == Expected, "ctnn::expect_param_count: the model has another parameter count; if the Keras model applies two identical layers to one value, they are one layer here (a value is its type): write the second x | layer_id<Layer, 1>{}");  // <- compare with Keras's count_params()
  return true;
}

}  // namespace ctnn
