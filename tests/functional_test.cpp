// Functional models (graphs of layers with several inputs, merges and several outputs): the
// twelve graphs of tests/graph_golden/ against an independent PyTorch float64 reference
// (make_graph_golden.py), through the fused engine and the reference path; Keras's layer order;
// the summary with its "Connected to" column; the plan across the graph; the run-time errors of
// several inputs, several outputs and of labels.
#include <array>
#include <cmath>
#include <fstream>
#include <map>
#include <span>
#include <sstream>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

#include "support/graph_golden.hpp"

using namespace ctnn;
using Catch::Matchers::Contains;

namespace {

// ---- The graphs, as make_graph_golden.py describes them --------------------------------------

namespace cgan_generator_small {
inline constexpr auto noise = input<8>{};
inline constexpr auto label = input<1>{};
inline constexpr auto a = noise | dense<96>{} | leaky_relu<0.2>{} | reshape<4, 4, 6>{};
inline constexpr auto b = label | embedding<10, 5>{} | dense<16>{} | reshape<4, 4, 1>{};
inline constexpr auto out =
    concatenate{}(a, b) |
    conv2d_transpose<conv2d_transpose_opts{.filters = 3, .kernel_size = 4, .strides = 2, .padding = padding::same, .use_bias = false}>{} |
    batch_normalization<>{} | leaky_relu<0.2>{} |
    conv2d<conv2d_opts{.filters = 1, .kernel_size = 3, .padding = padding::same, .activation = activation::tanh}>{};
using model = decltype(functional(inputs(noise, label), out));
}  // namespace cgan_generator_small

namespace cgan_discriminator_multiply {
inline constexpr auto image = input<4, 4, 2>{};
inline constexpr auto label = input<1>{};
inline constexpr auto out = multiply{}(image | flatten{}, label | embedding<10, 32>{} | flatten{}) | dense<8>{} |
                            leaky_relu<0.2>{} | dense<1, dense_opts{.activation = activation::sigmoid}>{};
using model = decltype(functional(inputs(image, label), out));
}  // namespace cgan_discriminator_multiply

namespace residual_add {
inline constexpr auto x = input<5, 5, 3>{};
inline constexpr auto y = x | conv2d<conv2d_opts{.filters = 3, .kernel_size = 3, .padding = padding::same, .activation = activation::relu}>{};
inline constexpr auto out = add{}(x, y) | conv2d<conv2d_opts{.filters = 2, .kernel_size = 1}>{};
using model = decltype(functional(inputs(x), out));
}  // namespace residual_add

namespace concat_rows_dense {
inline constexpr auto p = input<3, 4, 2>{};
inline constexpr auto q = input<2, 4, 2>{};
inline constexpr auto out = concatenate<1>{}(p, q) | dense<3>{};
using model = decltype(functional(inputs(p, q), out));
}  // namespace concat_rows_dense

namespace three_way {
inline constexpr auto u = input<2, 3>{};
inline constexpr auto v = input<6>{};
inline constexpr auto vr = v | reshape<2, 3>{};
inline constexpr auto s = add{}(u, vr, u | dense<3>{});
inline constexpr auto m = multiply{}(u, vr);
inline constexpr auto out = concatenate<-2>{}(s, m) | dense<2, dense_opts{.activation = activation::tanh}>{};
using model = decltype(functional(inputs(u, v), out));
}  // namespace three_way

namespace embedding_sequence {
inline constexpr auto seq = input<3>{};
inline constexpr auto out = seq | embedding<7, 4>{} | flatten{} | dense<2>{};
using model = decltype(functional(inputs(seq), out));
}  // namespace embedding_sequence

// Subtract, Average, Maximum and Minimum; b, of a's shape, is input<...>::id<1>.
namespace elementwise_merges {
inline constexpr auto a = input<2, 3>{};
inline constexpr auto b = input<2, 3>::id<1>{};
inline constexpr auto d = a | dense<3>{};
inline constexpr auto s = subtract{}(d, b);
inline constexpr auto m = average{}(a, b, d);
inline constexpr auto out = concatenate{}(maximum{}(s, m), minimum{}(s, m, b)) | dense<2>{};
using model = decltype(functional(inputs(a, b), out));
}  // namespace elementwise_merges

// A pix2pix-style discriminator: an image and its condition, two inputs of one shape; the
// second is input<...>::id<1>, another value of the same shape.
namespace two_images {
inline constexpr auto image = input<2, 2, 1>{};
inline constexpr auto condition = input<2, 2, 1>::id<1>{};
inline constexpr auto joined = concatenate{}(image, condition);
inline constexpr auto out = add{}(image, condition) | flatten{};
using joined_model = decltype(functional(inputs(image, condition), joined));
using sum_model = decltype(functional(inputs(condition, image), out));
}  // namespace two_images

// Three outputs: two heads on a hidden layer, and the hidden layer itself.
namespace two_heads {
inline constexpr auto x = input<4>{};
inline constexpr auto hidden = x | dense<6, dense_opts{.activation = activation::relu}>{};
inline constexpr auto scores = hidden | dense<3>{};
inline constexpr auto prob = hidden | dense<2, dense_opts{.activation = activation::sigmoid}>{};
using model = decltype(functional(inputs(x), outputs(scores, prob, hidden)));
}  // namespace two_heads

// Two inputs, three outputs: a softmax head, and the convolution and its batch normalization,
// each an output that a later layer reads too.
namespace image_heads {
inline constexpr auto image = input<6, 6, 2>{};
inline constexpr auto extra = input<3>{};
inline constexpr auto c = image | conv2d<conv2d_opts{.filters = 4, .kernel_size = 3, .padding = padding::same, .activation = activation::relu}>{};
inline constexpr auto bn = c | batch_normalization<>{};
inline constexpr auto logits = concatenate{}(bn | flatten{}, extra) | dense<3, dense_opts{.activation = activation::softmax}>{};
using model = decltype(functional(inputs(image, extra), outputs(logits, c, bn)));
}  // namespace image_heads

// Dot: a product of matrices, the cosine of two Dense encodings, and axes counted from the end.
namespace dot_matmul {
inline constexpr auto a = input<3, 4>{};
inline constexpr auto b = input<4, 2>{};
using model = decltype(functional(inputs(a, b), dot<dot_opts{.axes = {2, 1}}>{}(a, b)));
}  // namespace dot_matmul
namespace dot_cosine {
inline constexpr auto u = input<5>{};
inline constexpr auto v = input<5>::id<1>{};
inline constexpr auto out = dot<dot_opts{.axes = 1, .normalize = true}>{}(u | dense<4, dense_opts{.activation = activation::tanh}>{},
                                                                          v | dense<4, dense_opts{.activation = activation::tanh}>{});
using model = decltype(functional(inputs(u, v), out));
}  // namespace dot_cosine
namespace dot_axes3 {
inline constexpr auto a = input<3, 2, 4>{};
inline constexpr auto b = input<4, 3>{};
using model = decltype(functional(inputs(a, b), dot<dot_opts{.axes = {-3, -1}}>{}(a, b)));
}  // namespace dot_axes3

// Compile-time facts of the graphs.
static_assert(dot_matmul::model::output_shape == shape<3, 2>{});
static_assert(dot_cosine::model::output_shape == shape<1>{});
static_assert(dot_axes3::model::output_shape == shape<2, 4, 4>{});
static_assert(two_heads::model::output_count == 3);
static_assert(two_heads::model::output_positions == std::array<std::size_t, 3>{2, 3, 1});
static_assert(std::is_same_v<two_heads::model::output_tensor_at<1>, tensor<shape<2>>>);
static_assert(std::is_same_v<two_heads::model::prediction, std::tuple<tensor<shape<3>>, tensor<shape<2>>, tensor<shape<6>>>>);
static_assert(std::is_same_v<two_heads::model::output_tensor, detail::model_has_several_outputs_use_output_tensor_at_k<3>>);
static_assert(std::is_same_v<decltype(two_heads::model::output_shape), detail::model_has_several_outputs_use_output_shape_at_k<3>* const>);
static_assert(image_heads::model::input_positions == std::array<std::size_t, 2>{0, 4});
static_assert(image_heads::model::output_positions == std::array<std::size_t, 3>{6, 1, 2});
static_assert(cgan_generator_small::model::node_count == 13);
static_assert(cgan_generator_small::model::input_count == 2);
static_assert(cgan_generator_small::model::output_shape == shape<8, 8, 1>{});
static_assert(cgan_generator_small::model::param_count == 8 * 96 + 96 + 10 * 5 + 5 * 16 + 16 + 4 * 4 * 3 * 7 + 4 * 3 + 3 * 3 * 3 + 1);
static_assert(cgan_generator_small::model::non_trainable_param_count == 6);
static_assert(cgan_generator_small::model::input_positions == std::array<std::size_t, 2>{0, 1});
static_assert(std::is_same_v<cgan_generator_small::model::layer<8>::output_shape, shape<4, 4, 7>>);
static_assert(std::is_same_v<cgan_generator_small::model::layer<3>::output_shape, shape<1, 5>>);
static_assert(cgan_discriminator_multiply::model::input_positions == std::array<std::size_t, 2>{1, 0});  // label first in Keras's order
static_assert(concat_rows_dense::model::output_shape == shape<5, 4, 3>{});
static_assert(three_way::model::output_shape == shape<4, 2>{});
// A value used by several layers is one node: u feeds the add, the dense and the multiply.
static_assert(three_way::model::node_count == 8);
static_assert(residual_add::model::flops_per_sample == 2 * 25 * (27 * 3 + 3 * 2));
static_assert(elementwise_merges::model::output_shape == shape<2, 2>{});
static_assert(elementwise_merges::model::param_count == 3 * 3 + 3 + 6 * 2 + 2);

}  // namespace

TEST_CASE("functional: the graphs match the PyTorch reference, fused and reference, in Keras's layer order",
          "[functional][golden]") {
  graph_golden::check_case<cgan_generator_small::model>("cgan_generator_small");
  graph_golden::check_case<cgan_discriminator_multiply::model>("cgan_discriminator_multiply");
  graph_golden::check_case<residual_add::model>("residual_add");
  graph_golden::check_case<concat_rows_dense::model>("concat_rows_dense");
  graph_golden::check_case<three_way::model>("three_way");
  graph_golden::check_case<embedding_sequence::model>("embedding_sequence");
  graph_golden::check_case<elementwise_merges::model>("elementwise_merges");
  graph_golden::check_case<two_heads::model>("two_heads");
  graph_golden::check_case<image_heads::model>("image_heads");
  graph_golden::check_case<dot_matmul::model>("dot_matmul");
  graph_golden::check_case<dot_cosine::model>("dot_cosine");
  graph_golden::check_case<dot_axes3::model>("dot_axes3");
}

TEST_CASE("functional: predict checks the room of each output and that outputs do not overlap", "[functional][errors][outputs]") {
  const two_heads::model model;
  const std::vector<float> x(2 * 4, 0.5f);
  std::vector<float> scores(2 * 3), prob(2 * 2), hidden(2 * 6);
  CHECK_NOTHROW(model.predict(x, scores, prob, hidden));
  std::vector<float> short_prob(3);
  CHECK_THROWS_WITH(model.predict(x, scores, short_prob, hidden),
                    Contains("ctnn::functional::predict: 2 samples of output shape (None, 2) need 4 values of room, output 1 holds 3"));
  std::vector<float> shared(2 * 6);
  CHECK_THROWS_WITH(model.predict(x, std::span<float>(shared).first(6), std::span<float>(shared).subspan(4, 4), hidden),
                    Contains("ctnn::functional::predict: outputs 0 and 1 overlap: each output needs memory of its own"));
  // An output over the input: the input is copied first, and every output is still right.
  std::vector<float> input_and_hidden(x.begin(), x.end());
  input_and_hidden.resize(2 * 6);
  std::vector<float> expected_hidden(2 * 6);
  model.predict(x, scores, prob, expected_hidden);
  model.predict(std::span<const float>(input_and_hidden).first(8), scores, prob, input_and_hidden);
  CHECK(input_and_hidden == expected_hidden);
}

TEST_CASE("functional: the fused engine plans across the graph", "[functional][engine]") {
  // Each branch is fused as a sequential chain would be; the embedding and the concatenation are
  // steps of their own; the batch normalization after the merge folds into the transposed conv.
  CHECK(cgan_generator_small::model::plan::describe() ==
        "Dense(2) + LeakyReLU(4)\n"
        "reference Embedding(3)\n"
        "Dense(5)\n"
        "reference Concatenate(8)\n"
        "Conv2DTranspose(9) folds BatchNormalization(10) + LeakyReLU(11)\n"
        "Conv2D(12) + tanh\n");
  // x is read twice (by the conv and by the add): the conv's relu stays in its epilogue, and x's
  // value lives until the add has read it.
  CHECK(residual_add::model::plan::describe() == "Conv2D(1) + relu\nreference Add(2)\nConv2D(3)\n");
  // A chain is planned as before: two buffers, ping-pong.
  using chain = sequential<input<4>, dense<3>, leaky_relu<0.2>, dense<2>, dense<5>>;
  CHECK(engine::fused<chain>::buffers.slots == 2);
  // The generator's noise branch waits in a buffer while the label branch runs.
  CHECK(engine::fused<cgan_generator_small::model>::buffers.slots == 3);
}

TEST_CASE("functional: two inputs of one shape, told apart by input<...>::id", "[functional]") {
  static_assert(two_images::joined_model::node_count == 3);
  static_assert(two_images::joined_model::output_shape == shape<2, 2, 2>{});
  const tensor<shape<2, 2, 1>> image(1, {1.0f, 2.0f, 3.0f, 4.0f}), condition(1, {10.0f, 20.0f, 30.0f, 40.0f});
  // Channels last: each pixel holds (image, condition).
  const two_images::joined_model joined;
  const auto y = joined.predict(image, condition);
  CHECK(std::vector<float>(y.values().begin(), y.values().end()) ==
        std::vector<float>{1.0f, 10.0f, 2.0f, 20.0f, 3.0f, 30.0f, 4.0f, 40.0f});
  // inputs(...) decides the order predict takes them in.
  const two_images::sum_model sum;
  const auto z = sum.predict(condition, image);
  CHECK(std::vector<float>(z.values().begin(), z.values().end()) == std::vector<float>{11.0f, 22.0f, 33.0f, 44.0f});
  CHECK(two_images::joined_model::summary().find("input_2 (InputLayer)            [(None, 2, 2, 1)]") != std::string::npos);
}

TEST_CASE("functional: summary() prints Keras's functional table with Connected to", "[functional][summary]") {
  const std::string expected =
      "Model: \"model\"\n"
      "__________________________________________________________________________________________________\n"
      "Layer (type)                    Output Shape         Param #     Connected to                     \n"
      "==================================================================================================\n"
      "input_1 (InputLayer)            [(None, 1)]          0                                            \n"
      "__________________________________________________________________________________________________\n"
      "input_2 (InputLayer)            [(None, 4, 4, 2)]    0                                            \n"
      "__________________________________________________________________________________________________\n"
      "embedding (Embedding)           (None, 1, 32)        320         input_1[0][0]                    \n"
      "__________________________________________________________________________________________________\n"
      "flatten (Flatten)               (None, 32)           0           input_2[0][0]                    \n"
      "__________________________________________________________________________________________________\n"
      "flatten_1 (Flatten)             (None, 32)           0           embedding[0][0]                  \n"
      "__________________________________________________________________________________________________\n"
      "multiply (Multiply)             (None, 32)           0           flatten[0][0]                    \n"
      "                                                                 flatten_1[0][0]                  \n"
      "__________________________________________________________________________________________________\n"
      "dense (Dense)                   (None, 8)            264         multiply[0][0]                   \n"
      "__________________________________________________________________________________________________\n"
      "leaky_re_lu (LeakyReLU)         (None, 8)            0           dense[0][0]                      \n"
      "__________________________________________________________________________________________________\n"
      "dense_1 (Dense)                 (None, 1)            9           leaky_re_lu[0][0]                \n"
      "==================================================================================================\n"
      "Total params: 593\n"
      "Trainable params: 593\n"
      "Non-trainable params: 0\n"
      "__________________________________________________________________________________________________\n";
  // Keras's order puts the label input first (it is one layer further from the output).
  CHECK(cgan_discriminator_multiply::model::layer_name(0) == "input_1");
  CHECK(std::string(cgan_discriminator_multiply::model::layer<0>::description::keras_class) == "InputLayer");
  CHECK(cgan_discriminator_multiply::model::summary() == expected);
  // A graph that is one chain prints Keras's short table, its input layer included.
  const std::string chain = embedding_sequence::model::summary("chain");
  CHECK_THAT(chain, Contains("Layer (type)                 Output Shape              Param #   \n"));
  CHECK_THAT(chain, Contains("input_1 (InputLayer)         [(None, 3)]               0         \n"));
  CHECK_THAT(chain, Contains("embedding (Embedding)        (None, 3, 4)              28        \n"));
}

TEST_CASE("functional: predict checks its inputs and labels", "[functional][errors]") {
  cgan_generator_small::model model;
  tensor<shape<8>> noise(2);
  CHECK_THROWS_WITH(model.predict(noise, tensor<shape<1>>(3)),
                    Contains("ctnn::functional::predict: input 1 holds 3 samples, input 0 holds 2: every input needs one "
                             "sample per output sample"));
  CHECK_THROWS_AS(model.predict(noise, tensor<shape<1>>(2, {1.0f, 10.0f})), std::out_of_range);
  CHECK_THROWS_WITH(model.predict(noise, tensor<shape<1>>(2, {1.0f, 10.0f})),
                    Contains("ctnn::functional::predict: input 1, sample 1 holds 10.000000, which is not a label of "
                             "embedding layer 'embedding': labels are whole numbers 0 to 9"));
  CHECK_THROWS_WITH(model.predict(noise, tensor<shape<1>>(2, {2.5f, 0.0f})), Contains("sample 0 holds 2.500000"));
  CHECK_THROWS_WITH(model.predict(noise, tensor<shape<1>>(2, {-1.0f, 0.0f})), Contains("sample 0 holds -1.000000"));
  // The reference kernel refuses a bad label too (it never reads outside the table).
  const float bad_labels[] = {0.0f, 11.0f};
  float y[2 * 64];
  CHECK_THROWS_WITH(model.reference_predict(noise.data(), bad_labels, y, 2),
                    Contains("ctnn::embedding: the value 11.000000 is not a label of the table"));
  // Weights are named by layer.
  auto weights = model.get_weights();
  weights[2].pop_back();
  CHECK_THROWS_WITH(model.set_weights(weights),
                    Contains("ctnn::functional::set_weights: array 2 is embeddings of layer 3 'embedding' (Embedding), "
                             "expected shape [10, 5] = 50 values, given 49 values"));
}

TEST_CASE("functional: labels 0 and 9 run through the fused engine as through the reference path", "[functional][engine]") {
  cgan_generator_small::model model;
  model.initialize(7);
  const std::vector<float> noise = [] {
    std::vector<float> values(3 * 8);
    fill_uniform(values, 3, 1.0f);
    return values;
  }();
  const std::vector<float> labels{0.0f, 9.0f, 4.0f};
  std::vector<float> reference(3 * 64), fused(3 * 64);
  model.reference_predict(noise.data(), labels.data(), reference.data(), 3);
  model.predict(std::span<const float>(noise), std::span<const float>(labels), std::span<float>(fused));
  for (std::size_t i = 0; i < fused.size(); ++i) CHECK(fused[i] == Approx(reference[i]).margin(1e-6));
  // The label changes the image.
  CHECK(std::vector<float>(fused.begin(), fused.begin() + 64) != std::vector<float>(fused.begin() + 64, fused.begin() + 128));
}
