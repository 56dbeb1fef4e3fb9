// Shared layers (ctnn::shared): one Keras layer called on several values, its weights once. The
// five shared graphs of tests/graph_golden/ against the PyTorch float64 reference
// (make_graph_golden.py), fused and reference; Keras's model.layers order worked out by hand,
// including the case where a shared layer's depth moves an input after it; get_weights, the
// summary's rows and "Connected to"; the engine's plan of a shared layer's calls.
#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

#include "support/graph_golden.hpp"

using namespace ctnn;

namespace {

// a and b through one encoder of two shared Dense layers, then their difference.
namespace siamese_dense {
using encode_1 = shared<dense<8, dense_opts{.activation = activation::relu}>, 0>;
using encode_2 = shared<dense<4>, 1>;
inline constexpr auto a = input<6>{};
inline constexpr auto b = input<6>::id<1>{};
inline constexpr auto out = subtract{}(a | encode_1{} | encode_2{}, b | encode_1{} | encode_2{}) |
                            dense<1, dense_opts{.activation = activation::sigmoid}>{};
using model = decltype(functional(inputs(a, b), out));
}  // namespace siamese_dense

// One embedding table read by two inputs of labels.
namespace shared_embedding {
using table = shared<embedding<20, 4>, 0>;
inline constexpr auto ids_1 = input<5>{};
inline constexpr auto ids_2 = input<5>::id<1>{};
inline constexpr auto out = add{}(ids_1 | table{}, ids_2 | table{}) | flatten{} | dense<3>{};
using model = decltype(functional(inputs(ids_1, ids_2), out));
}  // namespace shared_embedding

// A shared layer whose calls sit at different depths: Keras gives the layer its deepest call's
// depth, which puts it before the input b.
namespace shared_depths {
using squash = shared<dense<4, dense_opts{.activation = activation::tanh}>, 0>;
inline constexpr auto a = input<4>{};
inline constexpr auto b = input<4>::id<1>{};
inline constexpr auto out = concatenate{}(a | squash{} | dense<4>{}, b | squash{});
using model = decltype(functional(inputs(a, b), out));
}  // namespace shared_depths

// One layer applied twice in a row (tied weights).
namespace tied_chain {
using squash = shared<dense<4, dense_opts{.activation = activation::tanh}>, 0>;
inline constexpr auto x = input<4>{};
inline constexpr auto out = x | squash{} | squash{} | dense<2>{};
using model = decltype(functional(inputs(x), out));
}  // namespace tied_chain

// One convolution on two images of different sizes (its weights fit both); batch normalization
// after one call only, which the engine folds into that call alone.
namespace shared_conv_sizes {
using features = shared<conv2d<conv2d_opts{.filters = 4, .kernel_size = 3, .padding = padding::same, .activation = activation::relu}>, 0>;
inline constexpr auto a = input<8, 8, 3>{};
inline constexpr auto b = input<6, 6, 3>{};
inline constexpr auto out = concatenate{}(a | features{} | batch_normalization<>{} | global_average_pooling2d{},
                                          b | features{} | global_average_pooling2d{}) |
                            dense<2>{};
using model = decltype(functional(inputs(a, b), out));
}  // namespace shared_conv_sizes

// ---- Keras's layers and the positions, by hand ----------------------------------------------
// Keras 3's map_graph (tf.keras's _map_graph_network): nodes are taken from the outputs back in
// the reverse of the order a depth-first walk finishes them; a node is one deeper than its deepest
// reader and no shallower than its layer so far; a layer is as deep as its deepest call;
// model.layers is the layers the deepest first, ties in the order the walk first met them.

// siamese_dense: subtract 1, the encoder's calls 2 and 3, the inputs 4. Positions: a, b, the first
// encoder layer's two calls, the second's, subtract, the head.
static_assert(siamese_dense::model::node_count == 8);
static_assert(siamese_dense::model::keras_layer_count == 6);
static_assert(siamese_dense::model::layer_of_position == std::array<std::size_t, 8>{0, 1, 2, 2, 3, 3, 4, 5});
static_assert(siamese_dense::model::call_index_at == std::array<std::size_t, 8>{0, 0, 0, 1, 0, 1, 0, 0});
static_assert(siamese_dense::model::weight_count == 6);
static_assert(siamese_dense::model::param_count == (6 * 8 + 8) + (8 * 4 + 4) + (4 + 1));
static_assert(siamese_dense::model::param_offset<3> == siamese_dense::model::param_offset<2>);
static_assert(siamese_dense::model::param_offset<4> == 6 * 8 + 8);
static_assert(siamese_dense::model::param_offset<5> == 6 * 8 + 8);

// shared_depths: concatenate 0; b | squash 1, b 2; dense 1, a | squash 2 (raising squash to 2); a 3.
// Depth 2 holds squash (met third in the walk: concatenate, dense, squash) and b (met last).
static_assert(shared_depths::model::keras_layer_count == 5);
static_assert(shared_depths::model::layer_classes ==
              std::array<std::string_view, 5>{"InputLayer", "Dense", "InputLayer", "Dense", "Concatenate"});
static_assert(shared_depths::model::input_positions == std::array<std::size_t, 2>{0, 2});
// Positions by node depth: a 3; a | squash 2, b 2; dense 1, b | squash 1; concatenate 0.
static_assert(shared_depths::model::layer_of_position == std::array<std::size_t, 6>{0, 1, 2, 3, 1, 4});
static_assert(shared_depths::model::weight_layout[0].layer == 1 && shared_depths::model::weight_layout[2].layer == 3);

static_assert(tied_chain::model::layer_of_position == std::array<std::size_t, 4>{0, 1, 1, 2});
static_assert(tied_chain::model::param_count == 4 * 4 + 4 + 4 * 2 + 2);

static_assert(shared_embedding::model::param_count == 20 * 4 + 20 * 3 + 3);
static_assert(shared_embedding::model::keras_layer_count == 6);

// The convolution's two calls see 8x8 and 6x6 images: one kernel [3, 3, 3, 4], two output shapes.
// Positions: a; a's convolution and b (depth 4); batch normalization and b's convolution (3); ...
// Layers: a, the convolution (raised to its first call's depth 4, met before b), b, ...
static_assert(shared_conv_sizes::model::layer<1>::output_shape{} == shape<8, 8, 4>{});
static_assert(shared_conv_sizes::model::layer<4>::output_shape{} == shape<6, 6, 4>{});
static_assert(shared_conv_sizes::model::layer_of_position == std::array<std::size_t, 9>{0, 1, 2, 3, 1, 4, 5, 6, 7});
static_assert(shared_conv_sizes::model::param_count == (27 * 4 + 4) + 4 * 4 + (8 * 2 + 2));

// docs/layers.md's example: the encoder's weights once, two positions.
namespace docs_example {
using encode = shared<dense<8, dense_opts{.activation = activation::relu}>, 0>;
inline constexpr auto a = input<6>{};
inline constexpr auto b = input<6>::id<1>{};
inline constexpr auto out = subtract{}(a | encode{}, b | encode{}) | dense<1>{};
using siamese = decltype(functional(inputs(a, b), out));
static_assert(siamese::param_count == 6 * 8 + 8 + 8 + 1);
static_assert(siamese::keras_layer_count == 5);
static_assert(siamese::node_count == 6);
}  // namespace docs_example

// Without a shared layer the layers are the positions (the identity, as before).
static_assert(decltype(functional(inputs(input<3>{}), input<3>{} | dense<2>{} | dense<2>{}))::layer_of_position ==
              std::array<std::size_t, 3>{0, 1, 2});

}  // namespace

TEST_CASE("shared layers: the graphs match the PyTorch reference, fused and reference, in Keras's layer order", "[shared][golden]") {
  graph_golden::check_case<siamese_dense::model>("siamese_dense");
  graph_golden::check_case<shared_embedding::model>("shared_embedding");
  graph_golden::check_case<shared_depths::model>("shared_depths");
  graph_golden::check_case<tied_chain::model>("tied_chain");
  graph_golden::check_case<shared_conv_sizes::model>("shared_conv_sizes");
}

TEST_CASE("shared layers: get_weights lists a shared layer's weights once, in model.layers order", "[shared]") {
  siamese_dense::model model;
  const std::vector<std::vector<float>> arrays = model.get_weights();
  REQUIRE(arrays.size() == 6);
  CHECK(arrays[0].size() == 6 * 8);
  CHECK(arrays[2].size() == 8 * 4);
  CHECK(arrays[4].size() == 4);
  CHECK(siamese_dense::model::layer_name(2) == "dense");
  CHECK(siamese_dense::model::layer_name(3) == "dense_1");
  CHECK(siamese_dense::model::layer_name(5) == "dense_2");
  CHECK_THROWS_WITH(model.set_weights(std::vector<std::vector<float>>(8)),
                    Catch::Matchers::Contains("the model has 6 weight arrays (dense/kernel [6, 8], dense/bias [8], dense_1/kernel [8, 4]"));
}

TEST_CASE("shared layers: summary() has one row per layer and lists every call", "[shared][summary]") {
  const std::string table = siamese_dense::model::summary("siamese");
  CHECK(table.find("dense (Dense)") != std::string::npos);
  // The first encoder layer is called on both inputs; the second reads its calls 0 and 1.
  CHECK(table.find("input_1[0][0]") != std::string::npos);
  CHECK(table.find("input_2[0][0]") != std::string::npos);
  CHECK(table.find("dense[1][0]") != std::string::npos);
  CHECK(table.find("dense_1[0][0]") != std::string::npos);
  CHECK(table.find("dense_1[1][0]") != std::string::npos);
  CHECK(table.find("Total params: 97") != std::string::npos);
  // TF 2.x prints "multiple" where a shared layer's calls give different shapes; Keras 3 the last.
  const std::string sizes = shared_conv_sizes::model::summary("sizes");
  CHECK(sizes.find("multiple") != std::string::npos);
  const std::string sizes3 = shared_conv_sizes::model::summary("sizes", summary_style::keras3);
  CHECK(sizes3.find("(None, 6, 6, 4)") != std::string::npos);
  CHECK(sizes3.find("multiple") == std::string::npos);
}
