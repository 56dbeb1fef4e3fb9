// The small Keras files of tests/keras_files/ (written from scratch by make_keras_files.py, see
// its README.md): the two valid ones load with exactly the stored weights, and every broken one is
// refused with a file_error that names the file and its one defect, leaving the model as it was.
#include <filesystem>
#include <string>
#include <type_traits>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/io/keras_h5.hpp>

#include "support/keras_file_models.hpp"

using Catch::Matchers::Contains;

namespace {

const std::filesystem::path files_dir = CTNN_KERAS_FILES_DIR;

// input(4) -> Dense(3, relu) -> LeakyReLU(alpha 0.2) -> Dense(2, sigmoid), as in every file.
using tiny = keras_file_models::tiny;

// The weights make_keras_files.py writes (multiples of 1/8, exact in float32), in Keras
// get_weights() order: dense kernel (4, 3), dense bias, dense_1 kernel (3, 2), dense_1 bias.
const std::vector<std::vector<float>> stored_weights = {
    {-0.625f, 0.25f, -0.25f, 0.625f, 0.125f, -0.375f, 0.5f, 0.0f, -0.5f, 0.375f, -0.125f, -0.625f},
    {0.25f, -0.25f, 0.625f},
    {0.125f, -0.375f, 0.5f, 0.0f, -0.5f, 0.375f},
    {-0.125f, -0.625f},
};

// Two inputs and the outputs make_keras_files.py computes for them with numpy (float64 from the
// float32 weights). Before the relu, the first input gives (0.1875, -0.3125, -0.8125) and the
// second (0.84375, 0.0625, 0.3125): units cut to zero and units passed through.
const std::vector<float> inputs = {1.0f, -0.5f, 0.25f, 2.0f, 0.25f, 2.0f, -1.0f, 0.0f};
const std::vector<double> expected_outputs = {0.474631178, 0.332852325, 0.463929955, 0.304868871};

void check_loaded(const tiny& model) {
  CHECK(model.get_weights() == stored_weights);
  const auto y = model.predict(tiny::input_tensor(2, inputs));
  REQUIRE(y.size() == expected_outputs.size());
  for (std::size_t i = 0; i < y.size(); ++i) {
    INFO("output " << i);
    CHECK(y.values()[i] == Approx(expected_outputs[i]).margin(1e-6));
  }
}

}  // namespace

TEST_CASE("keras_files: a tf.keras 2.x file (fixed-length names, ':0' weight names, alpha) loads", "[keras][keras_files]") {
  tiny model;
  ctnn::keras::load_h5(model, files_dir / "valid_keras2.h5");
  check_loaded(model);
}

TEST_CASE("keras_files: a Keras 3 file (variable-length names, no ':0', negative_slope, optimizer state) loads",
          "[keras][keras_files]") {
  tiny model;
  ctnn::keras::load_h5(model, files_dir / "valid_keras3_names.h5");
  check_loaded(model);
}

// The same layers as a functional graph (functional_model.h5 stores them so).
inline constexpr auto tiny_input = ctnn::input<4>{};
inline constexpr auto tiny_hidden = tiny_input | ctnn::dense<3, ctnn::dense_opts{.activation = ctnn::activation::relu}>{};
inline constexpr auto tiny_output =
    tiny_hidden | ctnn::leaky_relu<0.2>{} | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::sigmoid}>{};
using tiny_graph = decltype(ctnn::functional(ctnn::inputs(tiny_input), tiny_output));

TEST_CASE("keras_files: a Functional file loads into the functional type of its graph", "[keras][keras_files][functional]") {
  tiny_graph model;
  ctnn::keras::load_h5(model, files_dir / "functional_model.h5");
  CHECK(model.get_weights() == stored_weights);
  const auto y = model.predict(ctnn::tensor<ctnn::shape<4>>(2, inputs));
  REQUIRE(y.size() == expected_outputs.size());
  for (std::size_t i = 0; i < y.size(); ++i) CHECK(y.values()[i] == Approx(expected_outputs[i]).margin(1e-6));
}

TEST_CASE("keras_files: a Keras 3 functional file with two inputs of one shape loads", "[keras][keras_files][functional]") {
  constexpr auto image = ctnn::input<2, 2, 1>{};
  constexpr auto condition = ctnn::input<2, 2, 1>::id<1>{};
  using pair = decltype(ctnn::functional(ctnn::inputs(image, condition), ctnn::concatenate{}(image, condition) | ctnn::dense<1>{}));
  pair model;
  ctnn::keras::load_h5(model, files_dir / "functional_two_inputs_keras3.h5");
  CHECK(model.get_weights() == std::vector<std::vector<float>>{{0.5f, 0.25f}, {0.125f}});
  // y = 0.5 * image + 0.25 * condition + 0.125, exact in float32.
  const auto y = model.predict(ctnn::tensor<ctnn::shape<2, 2, 1>>(1, {1.0f, 2.0f, 3.0f, 4.0f}),
                               ctnn::tensor<ctnn::shape<2, 2, 1>>(1, {4.0f, 8.0f, -4.0f, 0.0f}));
  CHECK(std::vector<float>(y.values().begin(), y.values().end()) == std::vector<float>{1.625f, 3.125f, 0.625f, 2.125f});
  // The inputs swapped in the type: inputs(...) pairs the file's 'image' with the type's
  // condition, and then the concatenation reads them in the other order.
  using swapped = decltype(ctnn::functional(ctnn::inputs(condition, image), ctnn::concatenate{}(image, condition) | ctnn::dense<1>{}));
  swapped other;
  CHECK_THROWS_WITH(ctnn::keras::load_h5(other, files_dir / "functional_two_inputs_keras3.h5"),
                    Contains("the file's graph differs from the type's: input 0 of layer 'concatenate' (Concatenate) is "
                             "'image' (InputLayer) in the file; in the type it is the type's layer 0 (InputLayer), which "
                             "is already the file's 'condition', and 'image' is already the type's layer 1"));
}

TEST_CASE("keras_files: a file with twin layers loads into a type whose second twin has an id", "[keras][keras_files][functional]") {
  // Dense(2) 'dense' and Dense(2) 'dense_1' both read x; Concatenate reads [dense, dense_1, dense].
  constexpr auto x = ctnn::input<4>{};
  constexpr auto first = x | ctnn::dense<2>{};
  constexpr auto second = x | ctnn::layer_id<ctnn::dense<2>, 1>{};
  using twins = decltype(ctnn::functional(ctnn::inputs(x), ctnn::concatenate{}(first, second, ctnn::again(first))));
  static_assert(twins::param_count == 20);  // Keras: 2 x (4 * 2 + 2)
  twins model;
  ctnn::keras::load_h5(model, files_dir / "functional_twins_keras3.h5");
  // make_keras_files.py prints these (numpy, float64; every value exact in float32).
  const std::vector<float> expected{0.21875f, -1.3125f, -1.03125f, 0.53125f, 0.21875f, -1.3125f,
                                    2.0625f, -0.4375f, 0.28125f, -1.3125f, 2.0625f, -0.4375f};
  const auto y = model.predict(ctnn::tensor<ctnn::shape<4>>(2, {1.0f, -0.5f, 0.25f, 2.0f, 0.25f, 2.0f, -1.0f, 0.0f}));
  CHECK(std::vector<float>(y.values().begin(), y.values().end()) == expected);
  std::vector<float> reference(expected.size());
  const std::vector<float> inputs{1.0f, -0.5f, 0.25f, 2.0f, 0.25f, 2.0f, -1.0f, 0.0f};
  model.reference_predict(inputs.data(), reference.data(), 2);
  CHECK(reference == expected);

  // Without the id the two heads are one layer: the file says which layers are twins and what to write.
  using one_head = decltype(ctnn::functional(ctnn::inputs(x), ctnn::concatenate{}(first, ctnn::again(first), ctnn::again(first))));
  one_head merged;
  CHECK_THROWS_WITH(ctnn::keras::load_h5(merged, files_dir / "functional_twins_keras3.h5"),
                    Contains("'dense' and 'dense_1' are twins (one class and configuration, reading the same values)") &&
                        Contains("write it x | ctnn::layer_id<Layer, 1>{}"));
}

TEST_CASE("keras_files: a model of three outputs loads from tf.keras 2 and Keras 3 files", "[keras][keras_files][functional][outputs]") {
  using keras_file_models::heads;
  static_assert(heads::output_count == 3 && heads::param_count == 27);  // Keras: 15 + 8 + 4
  static_assert(std::is_same_v<heads::output_shape_at<0>, ctnn::shape<2>> && std::is_same_v<heads::output_shape_at<1>, ctnn::shape<1>> &&
                std::is_same_v<heads::output_shape_at<2>, ctnn::shape<3>>);
  // make_keras_files.py prints these (numpy, float64): dense_1, dense_2 (sigmoid), dense (relu).
  const std::vector<float> scores{-0.1015625f, -0.6953125f, -0.14453125f, -0.82421875f};
  const std::vector<float> probability{0.542863283f, 0.626124177f};
  const std::vector<float> hidden{0.1875f, 0.0f, 0.0f, 0.84375f, 0.0625f, 0.3125f};
  const std::vector<float> inputs{1.0f, -0.5f, 0.25f, 2.0f, 0.25f, 2.0f, -1.0f, 0.0f};
  for (const char* name : {"functional_heads_keras3.h5", "functional_heads_tfkeras.h5"}) {
    INFO(name);
    heads model;
    const ctnn::keras::file_info info = ctnn::keras::load_h5(model, files_dir / name);
    CHECK(info.layer_names == std::vector<std::string>{"x", "dense", "dense_1", "dense_2"});
    const auto [y0, y1, y2] = model.predict(ctnn::tensor<ctnn::shape<4>>(2, inputs));
    CHECK(std::vector<float>(y0.values().begin(), y0.values().end()) == scores);
    CHECK_THAT(std::vector<float>(y1.values().begin(), y1.values().end()), Catch::Matchers::Approx(probability).epsilon(1e-6));
    CHECK(std::vector<float>(y2.values().begin(), y2.values().end()) == hidden);
    std::vector<float> r0(4), r1(2), r2(6);
    model.reference_predict(inputs.data(), r0.data(), r1.data(), r2.data(), 2);
    CHECK(r0 == scores);
    CHECK_THAT(r1, Catch::Matchers::Approx(probability).epsilon(1e-6));
    CHECK(r2 == hidden);
  }
  // A type of one output, or of the outputs in another order, is another model.
  using first_head = decltype(ctnn::functional(ctnn::inputs(keras_file_models::heads_input), keras_file_models::heads_scores));
  first_head one;
  CHECK_THROWS_WITH(ctnn::keras::load_h5(one, files_dir / "functional_heads_keras3.h5"),
                    Contains("the file's model has 3 outputs [dense_1, dense_2, dense], the type has 1"));
  using swapped = decltype(ctnn::functional(ctnn::inputs(keras_file_models::heads_input),
                                            ctnn::outputs(keras_file_models::heads_probability, keras_file_models::heads_scores,
                                                          keras_file_models::heads_hidden)));
  swapped other;
  CHECK_THROWS_WITH(ctnn::keras::load_h5(other, files_dir / "functional_heads_keras3.h5"), Contains("units is 2, the type says 1"));
}

TEST_CASE("keras_files: a Dot of two Dense encodings loads, its axes written as 1 (Keras 3) or [-1, -1] (tf.keras 2)",
          "[keras][keras_files][functional][dot]") {
  constexpr auto u = ctnn::input<5>{};
  constexpr auto v = ctnn::input<5>::id<1>{};
  using tanh_dense = ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation::tanh}>;
  using cosine = decltype(ctnn::functional(ctnn::inputs(u, v), ctnn::dot<ctnn::dot_opts{.axes = 1, .normalize = true}>{}(u | tanh_dense{}, v | tanh_dense{})));
  // make_keras_files.py prints these (numpy, float64): the cosine of the two tanh encodings.
  const std::vector<float> expected{0.533555099f, 0.777992773f};
  const ctnn::tensor<ctnn::shape<5>> first(2, {1.0f, -0.5f, 0.25f, 2.0f, 0.5f, 0.25f, 2.0f, -1.0f, 0.0f, -0.75f});
  const ctnn::tensor<ctnn::shape<5>> second(2, {0.5f, 0.5f, -1.0f, 1.5f, 0.0f, -2.0f, 0.25f, 0.75f, 1.0f, 0.5f});
  for (const char* name : {"functional_dot_keras3.h5", "functional_dot_tfkeras.h5"}) {
    INFO(name);
    cosine model;
    ctnn::keras::load_h5(model, files_dir / name);
    const auto y = model.predict(first, second);
    CHECK_THAT(std::vector<float>(y.values().begin(), y.values().end()), Catch::Matchers::Approx(expected).epsilon(1e-6));
  }
  // Without normalize, the file's Dot is another layer.
  using plain = decltype(ctnn::functional(ctnn::inputs(u, v), ctnn::dot<ctnn::dot_opts{.axes = 1}>{}(u | tanh_dense{}, v | tanh_dense{})));
  plain other;
  CHECK_THROWS_WITH(ctnn::keras::load_h5(other, files_dir / "functional_dot_keras3.h5"),
                    Contains("layer 4 'dot' (Dot): normalize is true, the type says false"));
}

TEST_CASE("keras_files: a functional type refuses a Sequential file and a file of another graph",
          "[keras][keras_files][functional][errors]") {
  tiny_graph model;
  const auto before = model.get_weights();
  CHECK_THROWS_WITH(ctnn::keras::load_h5(model, files_dir / "valid_keras2.h5"),
                    Contains("the file holds a Keras Sequential model; a ctnn::functional model loads Functional models"));
  // The graph without its LeakyReLU: the file's leaky_re_lu reads 'dense', where the type's
  // second dense reads the input.
  using shorter = decltype(ctnn::functional(
      ctnn::inputs(tiny_input), tiny_hidden | ctnn::dense<2, ctnn::dense_opts{.activation = ctnn::activation::sigmoid}>{}));
  shorter other;
  CHECK_THROWS_WITH(ctnn::keras::load_h5(other, files_dir / "functional_model.h5"),
                    Contains("the file's graph differs from the type's: input 0 of layer 'leaky_re_lu' (LeakyReLU) is "
                             "'dense' (Dense) in the file; in the type it is the type's layer 0 (InputLayer), which is "
                             "already the file's 'input_1'"));
  CHECK(model.get_weights() == before);
}

TEST_CASE("keras_files: every broken file is refused with its own reason and the model keeps its weights",
          "[keras][keras_files][errors]") {
  struct broken_file {
    const char* name;
    const char* reason;  // a substring of the message, exactly as the loader writes it
  };
  const broken_file files[] = {
      // Damaged storage: the file describes the type's model.
      {"kernel_float64.h5", "layer 3 'dense_1' (Dense) kernel: 'dense_1/kernel:0' holds float64, expected float32"},
      {"kernel_wrong_shape.h5", "layer 1 'dense' (Dense) kernel: 'dense/kernel:0' has shape [3, 4], expected [4, 3]"},
      {"missing_weight_group.h5", "layer 3 'dense_1' (Dense): the file has no group 'dense_1'"},
      {"missing_weight_dataset.h5", "layer 1 'dense' (Dense) bias: the dataset 'dense/bias:0' is missing"},
      {"missing_layer_names.h5", "the group '/model_weights' has no 'layer_names' attribute: this is not a file written by Keras"},
      {"model_config_not_json.h5",
       "the architecture (model_config) is not valid Keras JSON: [json.exception.parse_error.101] parse error"},
      // A whole, consistent Keras file of another model than the type's.
      {"extra_layer.h5",
       "the file's model has 4 layers [dense (Dense), leaky_re_lu (LeakyReLU), dropout (Dropout), dense_1 (Dense)], "
       "the type has 3"},
      {"missing_layer.h5", "the file's model has 2 layers [dense (Dense), dense_1 (Dense)], the type has 3"},
      {"wrong_units.h5", "layer 1 'dense' (Dense): units is 4, the type says 3"},
      {"wrong_activation.h5", "layer 3 'dense_1' (Dense): activation is \"softmax\", the type says \"sigmoid\""},
      {"wrong_leaky_alpha.h5", "layer 2 'leaky_re_lu' (LeakyReLU): alpha is 0.30000001192092896, the type says 0.2"},
      {"functional_model.h5",
       "the file holds a Keras Functional model (a graph of layers); load it into a ctnn::functional model"},
      {"wrong_input_shape.h5", "the file's input shape is (None, 5), the type's is (None, 4)"},
      // Not a whole HDF5 file.
      {"truncated.h5", "the HDF5 file cannot be opened (is it truncated or damaged?)"},
      {"text_file.h5", "not an HDF5 file (Keras .h5 files are HDF5)"},
  };

  tiny model;
  ctnn::keras::load_h5(model, files_dir / "valid_keras2.h5");
  const auto loaded = model.get_weights();
  REQUIRE(loaded == stored_weights);

  for (const broken_file& file : files) {
    const std::filesystem::path path = files_dir / file.name;
    INFO(file.name);
    REQUIRE(std::filesystem::is_regular_file(path));
    try {
      ctnn::keras::load_h5(model, path);
      FAIL_CHECK("loaded without an error");
    } catch (const ctnn::keras::file_error& error) {
      CHECK_THAT(std::string(error.what()),
                 Contains("ctnn::keras::load_h5: " + path.string() + ": ") && Contains(file.reason));
    }
    CHECK(model.get_weights() == loaded);  // nothing loaded half-way
  }
}
