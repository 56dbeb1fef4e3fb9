// ctnn/layers/normalization_axes.hpp: Keras's `axis=` of the layers that normalise over some
// axes of a sample (LayerNormalization, UnitNormalization, RMSNormalization): one axis or a list,
// which of them ctnn computes, and how a file writes and reads them.
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <stdexcept>
#include <string>

#include "ctnn/layers/keras_config.hpp"

namespace ctnn {

/// Keras's `axis=`: one axis or a list of axes, counted as Keras counts them (the batch axis is 0,
/// the input's own axes 1 to rank; negative values count from the end). `-1` is the last axis;
/// `{1, 2, 3}` is every axis of an image.
struct normalization_axes {
  static constexpr int capacity = 4;
  std::array<int, capacity> items{};
  int count = 0;

  constexpr normalization_axes(int axis) : items{axis}, count(1) {}
  constexpr normalization_axes(std::initializer_list<int> axes) {
    for (int axis : axes) {
      if (count == capacity) throw std::length_error("ctnn::normalization_axes: at most 4 axes");
      items[std::size_t(count++)] = axis;
    }
  }
  friend constexpr bool operator==(const normalization_axes&, const normalization_axes&) = default;
};

/// Which axes a layer normalises over, for an input of `rank` axes (batch axis not counted). ctnn
/// computes two cases: the last axis, and all the input's axes in order (which are the same on a
/// vector).
enum class normalized_axes { last, all, out_of_range, other };

/// The axes of `axes` resolved as Keras resolves them (a negative axis counts from rank + 1),
/// and classified. The types' rules (check) and the reading of a file (ctnn-keras-type) both
/// use it.
constexpr normalized_axes classify_normalization_axes(const normalization_axes& axes, std::size_t rank) {
  const int full = static_cast<int>(rank) + 1;  // Keras's rank, with the batch axis
  std::array<int, normalization_axes::capacity> resolved{};
  for (int i = 0; i < axes.count; ++i) {
    const int axis = axes.items[std::size_t(i)] < 0 ? axes.items[std::size_t(i)] + full : axes.items[std::size_t(i)];
    if (axis < 1 || axis >= full) return normalized_axes::out_of_range;
    resolved[std::size_t(i)] = axis;
  }
  if (axes.count == 1 && resolved[0] == full - 1) return normalized_axes::last;
  if (axes.count != full - 1) return normalized_axes::other;
  for (int i = 0; i < axes.count; ++i)
    if (resolved[std::size_t(i)] != i + 1) return normalized_axes::other;
  return normalized_axes::all;
}

/// How many values one statistic is taken over, an input of extents `dims`: the last axis's, or
/// the whole sample's. Also the length of a weight that spans the normalised axes.
template <std::size_t Rank>
constexpr std::size_t normalized_size(normalized_axes axes, const std::array<std::size_t, Rank>& dims) {
  std::size_t size = 1;
  for (std::size_t d : dims) size *= d;
  return axes == normalized_axes::all ? size : dims[Rank - 1];
}

namespace keras {

/// [first, first + 1, ..., first + rank - 1]: every axis of an input of rank 2 to 4.
constexpr config_value every_axis(int rank, int first) {
  return rank == 2   ? config_value::list({first, first + 1})
         : rank == 3 ? config_value::list({first, first + 1, first + 2})
                     : config_value::list({first, first + 1, first + 2, first + 3});
}

/// The `axis` entry a file holds for axes of class `axes` on an input of `rank`. Keras 3 writes
/// the last axis as a list once the layer is built ([-1]), or as the -1 it was given; tf.keras
/// resolves it ([3] on an image, [1] on a vector). Every axis is [1, ..., rank], or
/// [-rank, ..., -1].
constexpr config_entry normalization_axis_entry(normalized_axes axes, int rank) {
  if (axes == normalized_axes::all && rank > 1) return {"axis", every_axis(rank, 1), {}, false, {every_axis(rank, -rank)}};
  return {"axis", config_value::list({-1}), {}, false, {-1, rank, config_value::list({rank})}};
}

/// A file's `axis`: a whole number or a list of at most four, each within what ctnn reads
/// (`absent`: Keras's default, -1). What the axes must be is the layer's rules.
template <class Config>
normalization_axes read_normalization_axes(const Config& config, const std::string& layer) {
  normalization_axes axes = -1;
  if (!config.contains("axis")) return axes;
  auto read = [&](std::initializer_list<std::size_t> at) {
    const long long axis = config.integer("axis", at);
    if (axis < -1000 || axis > 1000) throw config_error("axis " + config.dump("axis") + " is not an axis " + layer + " normalises");
    return static_cast<int>(axis);
  };
  if (config.type("axis") != config_reader::kind::list) return read({});
  // A file fact, not a rule: normalization_axes holds at most four.
  if (config.length("axis") == 0 || config.length("axis") > std::size_t(normalization_axes::capacity))
    throw config_error("axis " + config.dump("axis") + " is not an axis " + layer + " normalises");
  axes.count = 0;
  for (std::size_t i = 0; i < config.length("axis"); ++i) axes.items[i] = read({i}), ++axes.count;
  return axes;
}

/// The C++ spelling of axes of class `axes` on an input of `rank`: -1, or {1, ..., rank}.
inline std::string spell_normalization_axes(normalized_axes axes, std::size_t rank) {
  if (axes != normalized_axes::all || rank <= 1) return "-1";
  std::string text = "{";
  for (std::size_t i = 1; i <= rank; ++i) text += (i > 1 ? ", " : "") + std::to_string(i);
  return text + "}";
}

}  // namespace keras

}  // namespace ctnn
