// Twin layers: two identical layers applied to one value (parallel 1x1 convolutions, two Dense
// heads on one feature vector). A graph value is its type, so the second twin says it is another
// layer, `x | layer_id<dense<2>, 1>{}`, as the second input of a shape says it is another input
// (`input<...>::id<1>{}`). Under its id a layer is the same layer for every other purpose: the
// model's facts, its summary, set_weights order, the reference path and the fused engine see the
// layer itself. The values below are worked by hand.
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

namespace {

using namespace ctnn;

/// Runs `model` through the fused engine (1 and 2 threads) and the reference path on one input.
template <class Model>
void check_outputs(const Model& model, const std::vector<float>& x, const std::vector<float>& expected) {
  using in = typename Model::template input_shape_at<0>;
  const std::size_t batch = x.size() / in::size;
  const auto y = model.predict(tensor<in>(batch, x), threads{1});
  const auto y2 = model.predict(tensor<in>(batch, x), threads{2});
  std::vector<float> reference(expected.size());
  model.reference_predict(x.data(), reference.data(), batch);
  REQUIRE(y.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO("output " << i);
    CHECK(y.values()[i] == Approx(expected[i]).margin(1e-6));
    CHECK(y2.values()[i] == y.values()[i]);
    CHECK(reference[i] == Approx(expected[i]).margin(1e-6));
  }
}

// ---- Two Dense heads on one vector ------------------------------------------------------------
// Keras: x = Input((3,)); concatenate([Dense(2)(x), Dense(2)(x)]): two layers, 2 * (3 * 2 + 2).
namespace two_heads {
inline constexpr auto x = input<3>{};
inline constexpr auto out = concatenate{}(x | dense<2>{}, x | layer_id<dense<2>, 1>{});
using model = decltype(functional(inputs(x), out));
}  // namespace two_heads

static_assert(two_heads::model::param_count == 16);
static_assert(expect_param_count<two_heads::model, 16>());
static_assert(two_heads::model::node_count == 4);
static_assert(two_heads::model::weight_count == 4);
static_assert(two_heads::model::output_shape == shape<4>{});
// The graph sees through the id: both positions hold dense<2> itself, reading the input.
static_assert(std::is_same_v<two_heads::model::layer<1>::description, dense<2>>);
static_assert(std::is_same_v<two_heads::model::layer<2>::description, dense<2>>);
static_assert(std::is_same_v<two_heads::model::layer<2>, detail::layer_at<2, dense<2>, shape<3>>>);
static_assert(two_heads::model::node_links.arity[1] == 1 && two_heads::model::node_links.inputs[1][0] == 0);
static_assert(two_heads::model::node_links.arity[2] == 1 && two_heads::model::node_links.inputs[2][0] == 0);
static_assert(two_heads::model::node_links.inputs[3][0] == 1 && two_heads::model::node_links.inputs[3][1] == 2);
// Without the id, the two expressions are one value, and so one layer (8 parameters): a merge
// given it twice is an error that asks which was meant (tests/compile_fail/functional_twin_layers.cpp).
static_assert(std::is_same_v<decltype(two_heads::x | dense<2>{}), decltype(two_heads::x | dense<2>{})>);
static_assert(!std::is_same_v<decltype(two_heads::x | dense<2>{}), decltype(two_heads::x | layer_id<dense<2>, 1>{})>);

TEST_CASE("twin layers: two Dense heads on one value are two layers, 16 parameters", "[functional][twins]") {
  two_heads::model model;
  // Keras's model.layers order, get_weights() order: the first head's kernel and bias, then the
  // second's.
  const std::vector<std::vector<float>> weights{
      {1.0f, 0.0f, 0.0f, 1.0f, 1.0f, 1.0f},  // kernel [3, 2] of dense
      {0.5f, -0.5f},                         // bias of dense
      {0.0f, 1.0f, 1.0f, 0.0f, 0.0f, 0.0f},  // kernel [3, 2] of dense_1
      {10.0f, 20.0f}};                       // bias of dense_1
  model.set_weights(weights);
  CHECK(model.get_weights() == weights);
  // x = (1, 2, 3): dense = (1 + 3 + 0.5, 2 + 3 - 0.5) = (4.5, 4.5); dense_1 = (2 + 10, 1 + 20).
  // x = (-1, 0, 2): dense = (1.5, 1.5); dense_1 = (10, 19).
  check_outputs(model, {1.0f, 2.0f, 3.0f, -1.0f, 0.0f, 2.0f}, {4.5f, 4.5f, 12.0f, 21.0f, 1.5f, 1.5f, 10.0f, 19.0f});
  // set_weights names the twin by its own name.
  auto short_bias = weights;
  short_bias[3].pop_back();
  CHECK_THROWS_WITH(model.set_weights(short_bias),
                    Catch::Matchers::Contains("array 3 is bias of layer 2 'dense_1' (Dense), expected shape [2] = 2 values, given 1 value"));
}

TEST_CASE("twin layers: the summary lists both, named dense and dense_1", "[functional][twins][summary]") {
  CHECK(two_heads::model::layer_name(1) == "dense");
  CHECK(two_heads::model::layer_name(2) == "dense_1");
  const std::string expected =
      "Model: \"model\"\n"
      "__________________________________________________________________________________________________\n"
      "Layer (type)                    Output Shape         Param #     Connected to                     \n"
      "==================================================================================================\n"
      "input_1 (InputLayer)            [(None, 3)]          0                                            \n"
      "__________________________________________________________________________________________________\n"
      "dense (Dense)                   (None, 2)            8           input_1[0][0]                    \n"
      "__________________________________________________________________________________________________\n"
      "dense_1 (Dense)                 (None, 2)            8           input_1[0][0]                    \n"
      "__________________________________________________________________________________________________\n"
      "concatenate (Concatenate)       (None, 4)            0           dense[0][0]                      \n"
      "                                                                 dense_1[0][0]                    \n"
      "==================================================================================================\n"
      "Total params: 16\n"
      "Trainable params: 16\n"
      "Non-trainable params: 0\n"
      "__________________________________________________________________________________________________\n";
  CHECK(two_heads::model::summary() == expected);
  // The fused engine runs each twin as the Dense it is.
  CHECK(two_heads::model::plan::describe() == "Dense(1)\nDense(2)\nreference Concatenate(3)\n");
}

// ---- Parallel 1x1 convolutions -----------------------------------------------------------------
namespace parallel_convs {
inline constexpr conv2d_opts one_by_one{.filters = 1, .kernel_size = 1, .activation = activation::relu};
inline constexpr auto x = input<2, 2, 2>{};
inline constexpr auto out = concatenate{}(x | conv2d<one_by_one>{}, x | layer_id<conv2d<one_by_one>, 1>{});
using model = decltype(functional(inputs(x), out));
}  // namespace parallel_convs

static_assert(parallel_convs::model::param_count == 2 * (1 * 1 * 2 * 1 + 1));
static_assert(parallel_convs::model::output_shape == shape<2, 2, 2>{});

TEST_CASE("twin layers: parallel 1x1 convolutions, each fused with its relu", "[functional][twins][engine]") {
  parallel_convs::model model;
  model.set_weights(std::vector<std::vector<float>>{{1.0f, -1.0f}, {0.0f}, {0.5f, 0.5f}, {1.0f}});
  CHECK(parallel_convs::model::plan::describe() == "Conv2D(1) + relu\nConv2D(2) + relu\nreference Concatenate(3)\n");
  CHECK(parallel_convs::model::layer_name(2) == "conv2d_1");
  // Pixels (1, 2), (3, 1), (-4, 0), (2, 2): conv2d = relu(x0 - x1) = 0, 2, 0, 0;
  // conv2d_1 = relu((x0 + x1) / 2 + 1) = 2.5, 3, 0, 3; channels last, each pixel (conv2d, conv2d_1).
  check_outputs(model, {1.0f, 2.0f, 3.0f, 1.0f, -4.0f, 0.0f, 2.0f, 2.0f}, {0.0f, 2.5f, 2.0f, 3.0f, 0.0f, 0.0f, 0.0f, 3.0f});
}

// ---- Twin merges, and one value read twice ------------------------------------------------------
namespace merges {
inline constexpr auto a = input<2>{};
inline constexpr auto b = input<2>::id<1>{};
// Keras: concatenate([Add()([a, b]), Add()([a, b])]): two Add layers.
inline constexpr auto twin_adds = concatenate{}(add{}(a, b), layer_id<add, 1>{}(a, b));
using twin_model = decltype(functional(inputs(a, b), twin_adds));
// Keras: h = Dense(2)(a); Add()([h, h]): one Dense, its value read twice.
inline constexpr auto h = a | dense<2>{};
inline constexpr auto doubled = add{}(h, again(h));
using doubled_model = decltype(functional(inputs(a), doubled));
// again() marks the value, not the call: the node is add's of h and h.
using h_type = std::remove_const_t<decltype(h)>;
static_assert(std::is_same_v<std::remove_const_t<decltype(doubled)>, node<add, h_type, h_type>>);
}  // namespace merges

static_assert(merges::twin_model::node_count == 5);
static_assert(merges::doubled_model::node_count == 3);
static_assert(merges::doubled_model::param_count == 2 * 2 + 2);

TEST_CASE("twin layers: twin merges are two layers; again(h) reads one value twice", "[functional][twins]") {
  CHECK(merges::twin_model::layer_name(2) == "add");
  CHECK(merges::twin_model::layer_name(3) == "add_1");
  const merges::twin_model twins;
  const auto y = twins.predict(tensor<shape<2>>(1, {1.0f, 2.0f}), tensor<shape<2>>(1, {10.0f, 20.0f}));
  CHECK(std::vector<float>(y.values().begin(), y.values().end()) == std::vector<float>{11.0f, 22.0f, 11.0f, 22.0f});

  merges::doubled_model doubled;
  doubled.set_weights(std::vector<std::vector<float>>{{1.0f, 2.0f, 3.0f, 4.0f}, {0.5f, -0.5f}});
  // h = (1 * 1 + 2 * 3 + 0.5, 1 * 2 + 2 * 4 - 0.5) = (7.5, 9.5); h + h = (15, 19).
  check_outputs(doubled, {1.0f, 2.0f}, {15.0f, 19.0f});
  CHECK(merges::doubled_model::summary().find("add (Add)                       (None, 2)            0           dense[0][0]                      \n"
                                              "                                                                 dense[0][0]                      \n") !=
        std::string::npos);
}

// ---- Ids in a sequential model: harmless -------------------------------------------------------
using plain_chain = sequential<input<3>, dense<2>, leaky_relu<0.2>, dense<1>>;
using chain_with_ids = sequential<input<3>, layer_id<dense<2>, 1>, layer_id<leaky_relu<0.2>, 7>, dense<1>>;
static_assert(std::is_same_v<chain_with_ids::layers, plain_chain::layers>);
static_assert(chain_with_ids::param_count == plain_chain::param_count);

TEST_CASE("twin layers: ids in a sequential model change nothing", "[sequential][twins]") {
  CHECK(chain_with_ids::summary() == plain_chain::summary());
  CHECK(chain_with_ids::plan::describe() == "Dense(1) + LeakyReLU(2)\nDense(3)\n");
  chain_with_ids with_ids;
  plain_chain plain;
  CHECK(with_ids.get_weights() == plain.get_weights());  // the same initial weights, seed 0
  const tensor<shape<3>> x(2, {1.0f, -2.0f, 0.5f, 3.0f, 0.0f, -1.0f});
  const auto y = with_ids.predict(x), z = plain.predict(x);
  CHECK(std::vector<float>(y.values().begin(), y.values().end()) == std::vector<float>(z.values().begin(), z.values().end()));
}

}  // namespace
