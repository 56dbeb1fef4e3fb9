// The model both translation units of the mixed-widths test instantiate, and what each exports.
#pragma once

#include <cstddef>
#include <vector>

#include <ctnn/ctnn.hpp>

namespace mixed_widths {
using namespace ctnn;

/// A convolution (packed in blocks of 2 x lanes output channels) and a dense layer (blocks of
/// 4 x lanes units): both layouts differ between 4 and 16 lanes.
using model = sequential<input<6, 6, 8>, conv2d<conv2d_opts{.filters = 40, .kernel_size = 3, .padding = padding::same}>,
                         leaky_relu<0.2>, flatten, dense<24>>;

namespace {
/// `batch` samples of uniform inputs through a model initialized with seed 7, with this unit's
/// engine (a function of each unit's own: an inline one would be one symbol for both).
std::vector<float> predict(std::size_t batch) {
  model m;
  m.initialize(7);
  model::input_tensor x(batch);
  fill_uniform(x.values(), 8, 1.0f);
  model::output_tensor y(batch);
  m.predict(x.values(), y.values(), threads{1});
  return std::vector<float>(y.data(), y.data() + y.size());
}
}  // namespace

std::vector<float> predict_here(std::size_t batch);  // mixed_widths_test.cpp
std::vector<float> predict_wide(std::size_t batch);  // mixed_widths_wide.cpp, 16 lanes
std::size_t lanes_wide();
std::size_t packed_count_wide();
}  // namespace mixed_widths
