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
  std::span<float, 0> values() { return {}; }
  std::span<const float, 0> values() const { return {}; }
};

}  // namespace ctnn::detail
