// What the PNG examples share besides ctnn/io/image.hpp: seeded normal noise, the same on every
// platform, for latent points and noisy pictures.
#pragma once

#include <cmath>
#include <cstdint>
#include <numbers>
#include <span>

#include <ctnn/ctnn.hpp>

namespace normal_noise {

/// Standard normal values from SplitMix64 by the Box-Muller transform: the same on every platform.
inline void fill_normal(std::span<float> values, std::uint64_t seed) {
  ctnn::splitmix64 random(seed);
  for (std::size_t i = 0; i < values.size(); i += 2) {
    const double u1 = (static_cast<double>(random.next() >> 11) + 1.0) * 0x1p-53;  // (0, 1]
    const double u2 = static_cast<double>(random.next() >> 11) * 0x1p-53;
    const double radius = std::sqrt(-2.0 * std::log(u1)), angle = 2.0 * std::numbers::pi * u2;
    values[i] = static_cast<float>(radius * std::cos(angle));
    if (i + 1 < values.size()) values[i + 1] = static_cast<float>(radius * std::sin(angle));
  }
}

}  // namespace normal_noise
