// The headers ctnn-keras-type writes for models with shared layers (keras_files/, written by
// make_shared_files.py): a siamese encoder of two shared Dense layers (tf.keras 2.15), the same
// encoder as a nested Sequential called twice (Keras 3), and one Embedding read by two inputs.
// Each shared layer is written ctnn::shared<Layer, 0> at every call; every file loads into its
// type, and into the type the tests write by hand, and predicts numpy's outputs.
#include <filesystem>
#include <type_traits>
#include <vector>

#include <ctnn/ctnn.hpp>
#include <ctnn/io/keras.hpp>

#include "shared_embedding_generated.hpp"  // ctnn-keras-type shared_embedding_keras3.keras --name shared_embedding --namespace generated_embedding
#include "shared_nested_generated.hpp"     // ctnn-keras-type shared_nested_encoder_keras3.keras --name siamese --namespace generated_nested
#include "shared_siamese_generated.hpp"    // ctnn-keras-type shared_siamese_tfkeras.h5 --name siamese --namespace generated_siamese

#include <catch2/catch.hpp>

#include "support/keras_file_models.hpp"

namespace {

// The types the tests write by hand: a nested encoder called twice is two shared layers of the
// flat type, as the encoder written in place.
static_assert(std::is_same_v<generated_siamese::siamese, keras_file_models::siamese>);
static_assert(std::is_same_v<generated_nested::siamese, keras_file_models::siamese>);
static_assert(std::is_same_v<generated_embedding::shared_embedding, keras_file_models::shared_embedding>);

}  // namespace

TEST_CASE("keras_type: shared layers are written ctnn::shared<Layer, N> at each call, and their files load", "[keras][type][shared]") {
  const std::filesystem::path files = CTNN_KERAS_FILES_DIR;
  // make_shared_files.py's inputs (batch 2) and numpy's outputs.
  const std::vector<float> a{-1.5f, -0.25f, 1.0f, -1.0f, 0.25f, 1.5f, -0.5f, 0.75f, -1.25f, 0.0f, 1.25f, -0.75f};
  const std::vector<float> b{-1.25f, 0.5f, -2.0f, -0.25f, 1.5f, -1.0f, 0.75f, -1.75f, 0.0f, 1.75f, -0.75f, 1.0f};
  generated_nested::siamese nested;
  ctnn::keras::load(nested, files / "shared_nested_encoder_keras3.keras");
  const auto y = nested.predict(ctnn::tensor<ctnn::shape<6>>(2, a), ctnn::tensor<ctnn::shape<6>>(2, b));
  CHECK(y.values()[0] == Approx(0.401687805).epsilon(1e-6));
  CHECK(y.values()[1] == Approx(0.414661797).epsilon(1e-6));

  generated_embedding::shared_embedding embedding;
  ctnn::keras::load(embedding, files / "shared_embedding_keras3.keras");
  const std::vector<float> ids1{1, 4, 7, 10, 13, 16, 19, 2, 5, 8}, ids2{4, 11, 18, 5, 12, 19, 6, 13, 0, 7};
  const auto z = embedding.predict(ctnn::tensor<ctnn::shape<5>>(2, ids1), ctnn::tensor<ctnn::shape<5>>(2, ids2));
  // Sums of multiples of 1/8: exact.
  CHECK(std::vector<float>(z.values().begin(), z.values().end()) == std::vector<float>{0.109375f, 1.1875f, -1.0f, -1.515625f, -0.484375f, 0.546875f});
}
