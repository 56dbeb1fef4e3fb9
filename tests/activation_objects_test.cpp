// Element-wise layers with settings of their own as activations, from a Keras 3 file
// (keras_files/activation_objects_keras3.keras, make_keras3_files.py): Dense(4,
// activation=LeakyReLU(negative_slope=0.3)), Dense(3, activation=ReLU(max_value=0.5,
// negative_slope=0.5, threshold=0.125)), Activation(ReLU(negative_slope=0.25)). ctnn-keras-type writes the
// type written here by hand; it loads the file and gives numpy's outputs (isolated too:
// isolated_load_test.cpp).
#include <filesystem>
#include <string>
#include <type_traits>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>
#include <ctnn/io/keras.hpp>

#include "activation_objects.hpp"  // ctnn-keras-type keras_files/activation_objects_keras3.keras
#include "support/keras_file_models.hpp"

using namespace ctnn;
using Catch::Matchers::Contains;

namespace {

using objects = keras_file_models::activation_objects;
static_assert(std::is_same_v<generated_objects::activation_objects, objects>);

const std::filesystem::path file = std::filesystem::path(CTNN_KERAS_FILES_DIR) / "activation_objects_keras3.keras";

// make_keras3_files.py's inputs and numpy's outputs (float64 from the float32 weights).
const std::vector<float> inputs{1.0f, -0.5f, 0.25f, -0.75f, 0.5f, 2.0f};
const std::vector<double> expected{0.5, -0.000781250419, -0.11328125, -0.0586914076, 0.157421871, -0.0830566397};

void check_outputs(const objects& model) {
  const auto y = model.predict(objects::input_tensor(2, inputs));
  std::vector<float> reference(6);
  model.reference_predict(inputs.data(), reference.data(), 2);
  for (std::size_t i = 0; i < 6; ++i) {
    CHECK(y.values()[i] == Approx(expected[i]).margin(1e-6));
    CHECK(reference[i] == Approx(expected[i]).margin(1e-6));
  }
}

}  // namespace

TEST_CASE("keras_files: element-wise layers with settings of their own as activations load and compute as Keras",
          "[keras][keras_files][activations]") {
  CHECK(objects::plan::describe() == "Dense(1) + LeakyReLU\nDense(2) + ReLU + Activation(3)\n");
  objects in_process;
  ctnn::keras::load(in_process, file);
  CHECK(in_process.parameters()[0] == -0.625f);
  check_outputs(in_process);
}

TEST_CASE("keras_files: a type whose activation's settings differ from the file's layer object is refused, naming both",
          "[keras][keras_files][activations][errors]") {
  using steeper = sequential<input<3>, dense<4, dense_opts{.activation = activation_of<leaky_relu<0.25>>}>,
                             dense<3, dense_opts{.activation = activation_of<relu<relu_opts{.max_value = 0.5, .negative_slope = 0.5, .threshold = 0.125}>>}>,
                             activation_layer<activation_of<relu<relu_opts{.negative_slope = 0.25}>>>>;
  steeper model;
  CHECK_THROWS_WITH(ctnn::keras::load(model, file),
                    Contains("layer 1 'dense' (Dense): activation is {") && Contains("\"negative_slope\":0.3") &&
                        Contains("the type says {\"class_name\":\"LeakyReLU\",\"config\":{\"alpha\":0.25}}"));
  using named = sequential<input<3>, dense<4, dense_opts{.activation = activation::leaky_relu}>,
                           dense<3, dense_opts{.activation = activation_of<relu<relu_opts{.max_value = 0.5, .negative_slope = 0.5, .threshold = 0.125}>>}>,
                           activation_layer<activation_of<relu<relu_opts{.negative_slope = 0.25}>>>>;
  named other;
  CHECK_THROWS_WITH(ctnn::keras::load(other, file), Contains("layer 1 'dense' (Dense): activation is {") && Contains("the type says \"leaky_relu\""));
}
