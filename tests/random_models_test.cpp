// The random models of the CI subset (tests/random_models/models_0_25.cpp and models_25_25.cpp, written by
// scripts/random_models.py): the fused engine on 1 and 2 threads, and a sample alone, against the
// reference path, within random_models::tolerance; the 500-model run is scripts/stress.sh.
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/keras_layers.hpp>

#include "random_models/random_models.hpp"

TEST_CASE("random models: the measure of a difference", "[random]") {
  // Relative to the reference's largest magnitude, or absolute below 1.
  const std::vector<float> reference{4.0f, -8.0f}, fused{4.0f, -8.004f};
  CHECK(random_models::relative_difference(fused, reference) == Approx(0.0005).epsilon(1e-3));
  const std::vector<float> small{0.25f, 0.5f}, off{0.25f, 0.5001f};
  CHECK(random_models::relative_difference(off, small) == Approx(1e-4).epsilon(1e-2));
  // A value that is not finite in one path only is an infinite difference; in both, none.
  const std::vector<float> nan{0.25f, std::nanf("")}, both_nan{0.25f, std::nanf("")};
  CHECK(random_models::relative_difference(nan, small) == INFINITY);
  CHECK(random_models::relative_difference(nan, both_nan) == 0.0);
}

TEST_CASE("random models: fused equals reference on the CI subset", "[random][engine]") {
  const auto cases = random_models::sorted_cases();
  REQUIRE(cases.size() == 65);  // models_0_25.cpp, models_25_25.cpp and the 15 of models_shared.cpp
  for (const random_models::model_case* c : cases) {
    random_models::run_request request;
    request.index = c->index;
    request.seed = 1000 + c->index;
    const random_models::outcome o = c->run(request);
    INFO("model " << c->index << " (" << c->structure << ": " << c->kinds << "), output scale " << o.output_scale);
    CHECK(o.difference <= random_models::tolerance);
    CHECK(o.threads_identical);
    CHECK(o.alone_identical);
    CHECK(o.finite);
  }
}

TEST_CASE("random models: the CI subset has every layer kind ctnn has", "[random]") {
  // A layer kind added to ctnn::keras::layer_kinds fails here until scripts/random_models.py
  // generates it (its FOCUS list puts each kind in one of any len(FOCUS) consecutive models).
  std::string every_kind = ",";
  for (const random_models::model_case* c : random_models::sorted_cases()) every_kind.append(c->kinds).append(",");
  auto generated = [&](std::string_view kind) {
    std::string listed = ",";
    listed.append(kind).append(",");
    return every_kind.find(listed) != std::string::npos;
  };
  for (const ctnn::keras::layer_kind& kind : ctnn::keras::layer_kinds) {
    if (kind.keras_class == "InputLayer") continue;
    INFO(kind.keras_class);
    CHECK(generated(kind.keras_class));
  }
  for (std::string_view feature : {"twin", "again", "outputs", "shared"}) {
    INFO(feature);
    CHECK(generated(feature));
  }
}
