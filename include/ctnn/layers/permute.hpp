// ctnn/layers/permute.hpp: Keras `Permute(dims)`.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Whether `dims` holds each of 1, ..., dims.size() once.
constexpr bool is_permutation_of_axes(std::span<const int> dims) {
  for (std::size_t axis = 1; axis <= dims.size(); ++axis) {
    std::size_t found = 0;
    for (int d : dims) found += d == int(axis) ? 1 : 0;
    if (found != 1) return false;
  }
  return true;
}

/// The most axes a Permute reorders (its reference kernel's bound; Keras models use 2 to 4).
inline constexpr std::size_t permute_most_axes = 8;

/// Permute's rules, on its dims (`opts`: the template's `Dims...` as a std::array, or a file's
/// dims) and its input's extents. The count is checked before the permutation, whose check takes
/// time quadratic in it: a file's list of a million dims is refused at once.
inline constexpr auto permute_rules = ctnn::rules(
    CTNN_RULE(opts.size() >= 1, "ctnn::permute: give the new order of the axes, e.g. permute<2, 1>"),
    CTNN_RULE(opts.size() <= permute_most_axes, "ctnn::permute: at most 8 axes"),
    CTNN_RULE(opts.size() == in.size(), "ctnn::permute: dims must name every axis of the input once (as many dims as the input's rank)"),
    CTNN_RULE(is_permutation_of_axes(opts),
              "ctnn::permute: dims must hold each of 1, ..., n once (Keras counts the input's axes from 1, the batch axis not included)"));

/// Permute's shape rule, on values: output axis i is input axis dims[i] (counted from 1).
template <class Extents>
constexpr Extents permute_output(std::span<const int> dims, std::span<const std::size_t> in, Extents out) {
  for (std::size_t i = 0; i < dims.size(); ++i) out[i] = in[std::size_t(dims[i] - 1)];
  return out;
}

/// Reorders the axes of each sample as Keras's Permute (numpy's transpose with the batch axis
/// kept first): `permute<2, 1>` turns (steps, channels) into (channels, steps), `permute<3, 1, 2>`
/// an image (h, w, c) into (c, h, w). Axes count from 1, as Keras's. No parameters; the values
/// move (kernel: ctnn/reference/permute.hpp).
template <int... Dims>
struct permute {
  static constexpr std::string_view keras_class = "Permute";
  static constexpr std::string_view keras_name = "permute";

  /// The new order of the axes, as the rules and the shape rule read it.
  static constexpr std::array<int, sizeof...(Dims)> dims{Dims...};

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(permute_rules, (dims), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return permute_output(dims, In::dims, std::array<std::size_t, sizeof...(Dims)>{});
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {{"dims", keras::config_value::list({Dims...})}};
  }
};

namespace keras {

/// A file's Permute as ctnn::permute<dims...>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_permute(const Config& config, std::span<const extents> inputs) {
  const std::vector<int> dims = read_int_list(config, "dims");
  require_rules(permute_rules, dims, inputs[0], "dims " + config.dump("dims"));
  std::string spelled;
  for (int d : dims) spelled += (spelled.empty() ? "" : ", ") + std::to_string(d);
  return {"ctnn::permute<" + spelled + ">", permute_output(dims, inputs[0], extents(dims.size()))};
}
template <class Config = config_reader>
inline constexpr layer_kind permute_kind{"Permute", 1, read_permute<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/permute.hpp"
