// ctnn/weights.hpp: how a layer's parameters are laid out, in Keras's order and layouts.
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ctnn {

/// How Keras initialises a weight when a layer is built (used by `initialize(seed)`).
enum class initializer { glorot_uniform, zeros, ones, uniform_005 };

/// @brief One array of a layer's weights: its Keras name, shape and role.
/// Example: Conv2D's kernel is {"kernel", {3, 3, 128, 1}, true, initializer::glorot_uniform}.
struct weight_spec {
  std::string_view name;
  std::array<std::size_t, 4> dims{};
  std::size_t rank = 0;
  bool trainable = true;
  ctnn::initializer initializer = ctnn::initializer::zeros;

  constexpr weight_spec() = default;
  constexpr weight_spec(std::string_view weight_name, std::initializer_list<std::size_t> extents,
                        bool is_trainable, ctnn::initializer init)
      : name(weight_name), rank(extents.size()), trainable(is_trainable), initializer(init) {
    std::size_t axis = 0;
    for (std::size_t extent : extents) dims[axis++] = extent;
  }

  constexpr std::size_t size() const {
    std::size_t count = 1;
    for (std::size_t axis = 0; axis < rank; ++axis) count *= dims[axis];
    return count;
  }

  /// "[3, 3, 128, 1]", as numpy prints a shape (with brackets, as Keras's HDF5 tools do).
  std::string shape_string() const {
    std::string text = "[";
    for (std::size_t axis = 0; axis < rank; ++axis) {
      if (axis != 0) text += ", ";
      text += std::to_string(dims[axis]);
    }
    return text + "]";
  }
};

/// The weights of one layer in Keras `get_weights()` order (at most four: batch normalization).
struct weight_list {
  std::array<weight_spec, 4> items{};
  std::size_t count = 0;

  constexpr weight_list() = default;
  constexpr weight_list(std::initializer_list<weight_spec> specs) {
    for (const weight_spec& spec : specs) items[count++] = spec;
  }
  constexpr void push_back(const weight_spec& spec) { items[count++] = spec; }

  constexpr const weight_spec* begin() const { return items.data(); }
  constexpr const weight_spec* end() const { return items.data() + count; }
  constexpr std::size_t size() const { return count; }
  constexpr const weight_spec& operator[](std::size_t i) const { return items[i]; }

  constexpr std::size_t parameter_count() const {
    std::size_t total = 0;
    for (const weight_spec& spec : *this) total += spec.size();
    return total;
  }
  /// Floats before weight i in the layer's parameters (its weights one after another, in order).
  constexpr std::size_t offset(std::size_t i) const {
    std::size_t total = 0;
    for (std::size_t k = 0; k < i; ++k) total += items[k].size();
    return total;
  }
  constexpr std::size_t trainable_count() const {
    std::size_t total = 0;
    for (const weight_spec& spec : *this) total += spec.trainable ? spec.size() : 0;
    return total;
  }
};

/// Thrown when weights given at run time do not fit the model's compile-time layout. The message
/// names the layer, the weight and the expected versus the given size.
class weight_error : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

}  // namespace ctnn
