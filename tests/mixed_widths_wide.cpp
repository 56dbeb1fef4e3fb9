// The 16-lane half of the mixed-widths test (built with -DCTNN_SIMD_LANES=16).
#include "mixed_widths_model.hpp"

namespace mixed_widths {
std::vector<float> predict_wide(std::size_t batch) { return predict(batch); }
std::size_t lanes_wide() { return engine::lanes; }
std::size_t packed_count_wide() { return model::packed_param_count; }
}  // namespace mixed_widths
