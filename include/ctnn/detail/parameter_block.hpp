// ctnn/detail/parameter_block.hpp: the storage of a model's parameters.
#pragma once

#include <algorithm>
#include <cstddef>
#include <new>
#include <span>
#include <utility>

namespace ctnn::detail {

/// Exactly `Count` floats, 64-byte aligned, allocated once when the model is made and never
/// again: a GAN's millions of parameters would overflow a stack if they lived inside the object,
/// and the size is fixed by the type, so nothing is ever resized.
template <std::size_t Count>
class parameter_block {
 public:
  parameter_block() : values_(allocate()) { std::fill_n(values_, Count, 0.0f); }
  parameter_block(const parameter_block& other) : values_(allocate()) { std::copy_n(other.values_, Count, values_); }
  /// A moved-from model stays usable (all zeros): its block is exchanged for a fresh one. This
  /// allocates, so it is not noexcept: a std::vector of models copies them when it grows.
  parameter_block(parameter_block&& other) : parameter_block() { std::swap(values_, other.values_); }
  parameter_block& operator=(const parameter_block& other) {
    if (this != &other) std::copy_n(other.values_, Count, values_);
    return *this;
  }
  parameter_block& operator=(parameter_block&& other) noexcept {
    std::swap(values_, other.values_);
    return *this;
  }
  ~parameter_block() { ::operator delete[](values_, alignment); }
  void swap(parameter_block& other) noexcept { std::swap(values_, other.values_); }

  std::span<float, Count> values() { return std::span<float, Count>(values_, Count); }
  std::span<const float, Count> values() const { return std::span<const float, Count>(values_, Count); }

 private:
  static constexpr std::align_val_t alignment{64};
  static float* allocate() { return static_cast<float*>(::operator new[](Count * sizeof(float), alignment)); }
  float* values_;
};

/// A model without parameters holds nothing.
template <>
class parameter_block<0> {
 public:
  void swap(parameter_block&) noexcept {}
  std::span<float, 0> values() { return {}; }
  std::span<const float, 0> values() const { return {}; }
};

}  // namespace ctnn::detail

namespace ctnn::detail {

/// Floats whose count is known only when the owner's type is complete (the fused engine's packed
/// weights), 64-byte aligned, allocated once. Copies and moves keep the count, as
/// parameter_block does.
class float_buffer {
 public:
  explicit float_buffer(std::size_t count) : count_(count), values_(allocate(count)) { std::fill_n(values_, count_, 0.0f); }
  float_buffer(const float_buffer& other) : float_buffer(other.count_) { std::copy_n(other.values_, count_, values_); }
  float_buffer(float_buffer&& other) : float_buffer(other.count_) { std::swap(values_, other.values_); }
  float_buffer& operator=(const float_buffer& other) {
    if (this != &other) {
      float_buffer copy(other);
      std::swap(count_, copy.count_);
      std::swap(values_, copy.values_);
    }
    return *this;
  }
  float_buffer& operator=(float_buffer&& other) noexcept {
    std::swap(count_, other.count_);
    std::swap(values_, other.values_);
    return *this;
  }
  ~float_buffer() { ::operator delete[](values_, alignment); }
  void swap(float_buffer& other) noexcept {
    std::swap(count_, other.count_);
    std::swap(values_, other.values_);
  }

  float* data() { return values_; }
  const float* data() const { return values_; }
  std::size_t size() const { return count_; }

 private:
  static constexpr std::align_val_t alignment{64};
  static float* allocate(std::size_t count) {
    return static_cast<float*>(::operator new[](std::max<std::size_t>(count, 1) * sizeof(float), alignment));
  }
  std::size_t count_;
  float* values_;
};

}  // namespace ctnn::detail
