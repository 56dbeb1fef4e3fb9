// ctnn/layers/reshape.hpp: Keras `Reshape(target_shape)`.
#pragma once

#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"

namespace ctnn {

/// Reshape's shape rule, on values: the target extents, a -1 among them inferred from the input's
/// `in_size` elements; `out` has one extent per target extent. The type (output_dims) and
/// ctnn-keras-type (keras::reshape_kind) both compute extents with it.
template <class Extents>
constexpr Extents reshape_output(std::span<const int> target, std::size_t in_size, Extents out) {
  std::size_t known = 1;
  for (int d : target) known *= d > 0 ? static_cast<std::size_t>(d) : 1;
  for (std::size_t i = 0; i < target.size(); ++i) out[i] = target[i] == -1 ? in_size / known : static_cast<std::size_t>(target[i]);
  return out;
}

/// Reinterprets one sample, row-major, as `Dims...`; one dimension may be -1 and is then
/// inferred, as in Keras. No parameters, no data movement.
template <int... Dims>
struct reshape {
  static constexpr std::string_view keras_class = "Reshape";
  static constexpr std::string_view keras_name = "reshape";
  static constexpr bool view = true;

  static constexpr int inferred_count = (0 + ... + (Dims == -1 ? 1 : 0));
  static constexpr std::size_t known_product = (std::size_t{1} * ... * (Dims > 0 ? std::size_t(Dims) : 1));

  /// The element count the target shape holds for an input of `in_size` elements.
  static constexpr std::size_t target_size(std::size_t in_size) {
    return inferred_count == 1 ? in_size / known_product * known_product : known_product;
  }

  template <class In>
  static consteval bool check() {
    CTNN_REQUIRE(sizeof...(Dims) >= 1, "ctnn::reshape: give the target shape, e.g. reshape<5, 5, 128>")
    CTNN_REQUIRE(((Dims > 0 || Dims == -1) && ...), "ctnn::reshape: every dimension must be positive, or -1 for the one inferred dimension")
    CTNN_REQUIRE(inferred_count <= 1, "ctnn::reshape: at most one dimension may be -1")
    CTNN_REQUIRE(In::size == target_size(In::size), "ctnn::reshape: the target shape must hold as many elements as the input (input elements == target elements)")
    return true;
  }
  template <class In>
  static constexpr auto output_dims() {
    return reshape_output(std::array<int, sizeof...(Dims)>{Dims...}, In::size, std::array<std::size_t, sizeof...(Dims)>{});
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }

  /// What a Keras file's Reshape holds when it is this type (ctnn/layers/keras_config.hpp).
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {{"target_shape", keras::config_value::list({Dims...})}};
  }
};

namespace keras {

/// A file's Reshape as ctnn::reshape<dims...>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_reshape(const Config& config, std::span<const extents> inputs) {
  const std::size_t rank = config.length("target_shape");
  std::vector<int> target;
  std::string dims;
  int inferred = 0;
  for (std::size_t axis = 0; axis < rank; ++axis) {
    const long long d = config.integer("target_shape", {axis});
    if (d != -1 && (d <= 0 || d > 1'000'000'000))
      throw config_error("target_shape " + config.dump("target_shape") + " has an extent that is neither positive nor -1");
    target.push_back(static_cast<int>(d));
    inferred += d == -1 ? 1 : 0;
    dims += (dims.empty() ? "" : ", ") + std::to_string(d);
  }
  if (target.empty()) throw config_error("target_shape is empty");
  if (inferred > 1)
    throw config_error("target_shape " + config.dump("target_shape") + " has more than one -1");
  std::size_t in_size = 1, out_size = 1;
  for (std::size_t d : inputs[0]) in_size *= d;
  extents out = reshape_output(target, in_size, extents(target.size()));
  for (std::size_t d : out) out_size *= d;
  if (out_size != in_size)
    throw config_error("target_shape " + config.dump("target_shape") + " holds " + std::to_string(out_size) +
                       " elements, its input " + keras_shape(inputs[0]) + " " + std::to_string(in_size));
  return {"ctnn::reshape<" + dims + ">", std::move(out)};
}
template <class Config = config_reader>
inline constexpr layer_kind reshape_kind{"Reshape", 1, read_reshape<Config>};

}  // namespace keras

}  // namespace ctnn
