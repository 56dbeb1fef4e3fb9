// The header ctnn-keras-type writes for a functional model of three outputs
// (keras_files/functional_heads_keras3.h5): `ctnn::outputs(...)` in the file's output_layers
// order, one static_assert per output shape; the type loads its file and predicts all three.
#include <ctnn/ctnn.hpp>
#include <ctnn/io/keras.hpp>

#include "heads_generated.hpp"  // ctnn-keras-type keras_files/functional_heads_keras3.h5 --name heads --namespace generated_heads

#include <catch2/catch.hpp>

#include "support/keras_file_models.hpp"

namespace {
static_assert(std::is_same_v<generated_heads::heads, keras_file_models::heads>);  // the type the tests write by hand
}  // namespace

TEST_CASE("keras_type: a model of three outputs is written with ctnn::outputs and predicts them all", "[keras][type][outputs]") {
  generated_heads::heads model;
  ctnn::keras::load(model, std::filesystem::path(CTNN_KERAS_FILES_DIR) / "functional_heads_keras3.h5");
  const auto [scores, probability, hidden] = model.predict(ctnn::tensor<ctnn::shape<4>>(1, {1.0f, -0.5f, 0.25f, 2.0f}));
  // make_keras_files.py prints these (numpy, float64).
  CHECK(scores.values()[1] == -0.6953125f);
  CHECK(probability.values()[0] == Approx(0.542863283f).epsilon(1e-6));
  CHECK(hidden.values()[0] == 0.1875f);
}
