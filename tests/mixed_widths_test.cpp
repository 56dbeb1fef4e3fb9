// Two translation units of one program built for different vector widths (tests/CMakeLists.txt:
// this one with 4 lanes, mixed_widths_wide.cpp with 16) use the same model
// type. The packed weights' layout follows the width, so each unit must get its own engine and
// model symbols (ctnn/engine/simd.hpp: the width's inline namespace and basic_model's ABI tag);
// if the linker kept one unit's constructor and the other's predict, this would read past the
// packed weights (AddressSanitizer) or give wrong numbers.
#include <cmath>
#include <cstddef>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

#include "mixed_widths_model.hpp"

TEST_CASE("mixed widths: one model type in translation units built for 4 and 16 lanes", "[engine][width]") {
  const std::vector<float> here = mixed_widths::predict_here(3);
  const std::vector<float> wide = mixed_widths::predict_wide(3);
  STATIC_REQUIRE(ctnn::engine::lanes == 4);
  CHECK(mixed_widths::lanes_wide() == 16);
  // Different packings of the same weights: the two units' packed sizes differ.
  CHECK(mixed_widths::packed_count_wide() != mixed_widths::model::packed_param_count);
  REQUIRE(here.size() == wide.size());
  mixed_widths::model reference_model;
  reference_model.initialize(7);
  mixed_widths::model::input_tensor x(3);
  ctnn::fill_uniform(x.values(), 8, 1.0f);
  std::vector<float> reference(here.size());
  reference_model.reference_predict(x.data(), reference.data(), 3);
  for (std::size_t i = 0; i < here.size(); ++i) {
    INFO("output " << i);
    CHECK(std::abs(here[i] - reference[i]) <= 1e-4f);
    CHECK(std::abs(wide[i] - reference[i]) <= 1e-4f);
  }
}

namespace mixed_widths {
std::vector<float> predict_here(std::size_t batch) { return predict(batch); }
}  // namespace mixed_widths
