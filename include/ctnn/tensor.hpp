// ctnn/tensor.hpp: a batch of samples of a compile-time shape (NHWC, float).
#pragma once

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <limits>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "ctnn/shape.hpp"

namespace ctnn {

/// @brief `batch` samples of `Shape`, contiguous and row-major with the batch axis first, as
/// numpy holds a Keras input or output. The batch size is a run-time value; everything else is
/// fixed by the type.
template <class Shape>
class tensor {
 public:
  using shape_type = Shape;
  static constexpr std::size_t sample_size = Shape::size;

  /// `batch` samples of zeros.
  explicit tensor(std::size_t batch = 1) : batch_(batch), values_(checked_count(batch)) {}

  /// `batch` samples from `values` (batch * Shape::size of them, NHWC), e.g. the tutorial's
  /// `tensor<shape<2, 2, 1>> x(1, {1, 2, 3, 4})`. Throws std::invalid_argument on a size mismatch.
  tensor(std::size_t batch, std::span<const float> values) : batch_(batch) {
    if (values.size() != checked_count(batch))
      throw std::invalid_argument("ctnn::tensor: " + std::to_string(batch) + " samples of shape " +
                                  Shape::to_keras_string() + " need " + std::to_string(batch * sample_size) +
                                  " values, " + std::to_string(values.size()) + " were given");
    values_.assign(values.begin(), values.end());
  }
  tensor(std::size_t batch, std::initializer_list<float> values)
      : tensor(batch, std::span<const float>(values.begin(), values.size())) {}

  std::size_t batch_size() const { return batch_; }
  std::size_t size() const { return values_.size(); }

  float* data() { return values_.data(); }
  const float* data() const { return values_.data(); }
  std::span<float> values() { return values_; }
  std::span<const float> values() const { return values_; }

  /// The values of sample `n` (Shape::size of them).
  std::span<float> sample(std::size_t n) { return values().subspan(checked_sample(n) * sample_size, sample_size); }
  std::span<const float> sample(std::size_t n) const {
    return values().subspan(checked_sample(n) * sample_size, sample_size);
  }

  /// Element (n, i, j, ...) with bounds checks; one index per axis of Shape after the batch.
  template <class... Index>
    requires(sizeof...(Index) == Shape::rank)
  float& at(std::size_t n, Index... index) {
    return values_[offset(n, static_cast<std::size_t>(index)...)];
  }
  template <class... Index>
    requires(sizeof...(Index) == Shape::rank)
  float at(std::size_t n, Index... index) const {
    return values_[offset(n, static_cast<std::size_t>(index)...)];
  }

  /// The extents with the batch axis first, as numpy's `.shape`: {batch, rows, columns, channels}.
  std::vector<std::size_t> dims() const {
    std::vector<std::size_t> extents{batch_};
    if constexpr (shape_type_v) extents.insert(extents.end(), Shape::dims.begin(), Shape::dims.end());
    return extents;
  }

 private:
  static constexpr bool shape_type_v = is_shape_v<Shape>;

  static std::size_t checked_count(std::size_t batch) {
    constexpr std::size_t max_batch = std::numeric_limits<std::size_t>::max() / sizeof(float) / std::max<std::size_t>(sample_size, 1);
    if (batch > max_batch)
      throw std::length_error("ctnn::tensor: " + std::to_string(batch) + " samples of shape " + Shape::to_keras_string() +
                              " do not fit in memory");
    return batch * sample_size;
  }

  std::size_t checked_sample(std::size_t n) const {
    if (n >= batch_)
      throw std::out_of_range("ctnn::tensor: sample " + std::to_string(n) + " of a batch of " + std::to_string(batch_));
    return n;
  }
  template <class... Index>
  std::size_t offset(std::size_t n, Index... index) const {
    std::size_t flat = checked_sample(n), axis = 0;
    ((flat = flat * Shape::dims[axis] + checked_index(index, axis), ++axis), ...);
    return flat;
  }
  static std::size_t checked_index(std::size_t index, std::size_t axis) {
    if (index >= Shape::dims[axis])
      throw std::out_of_range("ctnn::tensor: index " + std::to_string(index) + " on axis " + std::to_string(axis + 1) +
                              " of extent " + std::to_string(Shape::dims[axis]));
    return index;
  }

  std::size_t batch_;
  std::vector<float> values_;
};

}  // namespace ctnn
