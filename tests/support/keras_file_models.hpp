// tests/support/keras_file_models.hpp: the types of the small Keras files of tests/keras_files
// (make_keras_files.py, make_keras3_files.py), for every test and fuzz target that loads them.
#pragma once

#include <ctnn/ctnn.hpp>

namespace keras_file_models {
using namespace ctnn;

// input(4) -> Dense(3, relu) -> LeakyReLU(0.2) -> Dense(2, sigmoid): valid_keras2.h5 and every
// file of make_keras_files.py; 23 parameters.
using tiny = sequential<input<4>, dense<3, dense_opts{.activation = activation::relu}>, leaky_relu<0.2>,
                        dense<2, dense_opts{.activation = activation::sigmoid}>>;

// The same layers as a graph: functional_model.h5.
inline constexpr auto tiny_input = input<4>{};
inline constexpr auto tiny_output = tiny_input | dense<3, dense_opts{.activation = activation::relu}>{} | leaky_relu<0.2>{} |
                                    dense<2, dense_opts{.activation = activation::sigmoid}>{};
using tiny_graph = decltype(functional(inputs(tiny_input), tiny_output));

// Model([noise, label], generator(concatenate([noise, label]))), the generator's layers inlined:
// cgan_nested_*.{h5,keras} and cgan_flat_keras3.weights.h5; 38 parameters.
inline constexpr auto noise = input<3>{};
inline constexpr auto label = input<2>{};
inline constexpr auto cgan_image = concatenate{}(noise, label) | dense<3, dense_opts{.activation = activation::relu}>{} |
                                   batch_normalization<>{} | dense<2, dense_opts{.activation = activation::sigmoid}>{};
using cgan = decltype(functional(inputs(noise, label), cgan_image));

// Sequential([generator, discriminator]) as one chain: gan_stacked_*.
using gan_stack = sequential<input<3>, dense<4, dense_opts{.activation = activation::relu}>, batch_normalization<>,
                             dense<5, dense_opts{.activation = activation::tanh}>, dense<3>, leaky_relu<0.2>,
                             dense<1, dense_opts{.activation = activation::sigmoid}>>;

// Dense(4, activation=LeakyReLU(negative_slope=0.3)), Dense(3, activation=ReLU(max_value=0.5,
// negative_slope=0.5, threshold=0.125)), Activation(ReLU(negative_slope=0.25)): activation_objects_keras3.keras.
using activation_objects =
    sequential<input<3>, dense<4, dense_opts{.activation = activation_of<leaky_relu<0.3>>}>,
               dense<3, dense_opts{.activation = activation_of<relu<relu_opts{.max_value = 0.5, .negative_slope = 0.5, .threshold = 0.125}>>}>,
               activation_layer<activation_of<relu<relu_opts{.negative_slope = 0.25}>>>>;

// Model(x, [dense_1, dense_2, dense]): two heads on a hidden Dense(3, relu), and the hidden layer
// itself as the third output: functional_heads_*.h5; 27 parameters.
inline constexpr auto heads_input = input<4>{};
inline constexpr auto heads_hidden = heads_input | dense<3, dense_opts{.activation = activation::relu}>{};
inline constexpr auto heads_scores = heads_hidden | dense<2>{};
inline constexpr auto heads_probability = heads_hidden | dense<1, dense_opts{.activation = activation::sigmoid}>{};
using heads = decltype(functional(inputs(heads_input), outputs(heads_scores, heads_probability, heads_hidden)));

// Model([a, b], Dense(1, sigmoid)(Subtract()([S2(S1(a)), S2(S1(b))]))), S1 = Dense(8, relu) and
// S2 = Dense(4) each called on both inputs: shared_siamese_*, and shared_nested_encoder_*, whose
// encoder is a nested Sequential([S1, S2]) called twice (its layers are the same shared layers of
// the flat type); 97 parameters.
using siamese_encode_1 = shared<dense<8, dense_opts{.activation = activation::relu}>, 0>;
using siamese_encode_2 = shared<dense<4>, 0>;
inline constexpr auto siamese_a = input<6>{};
inline constexpr auto siamese_b = input<6>::id<1>{};
inline constexpr auto siamese_output = subtract{}(siamese_a | siamese_encode_1{} | siamese_encode_2{},
                                                  siamese_b | siamese_encode_1{} | siamese_encode_2{}) |
                                       dense<1, dense_opts{.activation = activation::sigmoid}>{};
using siamese = decltype(functional(inputs(siamese_a, siamese_b), siamese_output));

// The same graph with each encoder layer twice, unshared: the type a file of a shared layer is not.
inline constexpr auto unshared_output =
    subtract{}(siamese_a | dense<8, dense_opts{.activation = activation::relu}>{} | dense<4>{},
               siamese_b | dense<8, dense_opts{.activation = activation::relu}>{} | dense<4>{}) |
    dense<1, dense_opts{.activation = activation::sigmoid}>{};
using siamese_unshared = decltype(functional(inputs(siamese_a, siamese_b), unshared_output));

// Model([ids1, ids2], Dense(3)(Flatten()(Add()([E(ids1), E(ids2)])))), E = Embedding(20, 4) read by
// both inputs: shared_embedding_keras3.keras; 143 parameters.
using shared_table = shared<embedding<20, 4>, 0>;
inline constexpr auto ids_1 = input<5>{};
inline constexpr auto ids_2 = input<5>::id<1>{};
inline constexpr auto shared_embedding_output = add{}(ids_1 | shared_table{}, ids_2 | shared_table{}) | flatten{} | dense<3>{};
using shared_embedding = decltype(functional(inputs(ids_1, ids_2), shared_embedding_output));

// trunk = Model(u, [Dense(3, relu, name="head_a")(h), Dense(2, name="head_b")(h)]), h = Dense(5,
// tanh)(u): a nested model of two outputs. Model(x, Dense(1, sigmoid)(Concatenate()([b, a]))) with
// a, b = trunk(x): nested_heads_tfkeras.h5, nested_heads_keras3.keras; Model(x, [a, b]):
// nested_heads_outputs_keras3.keras. The trunk's layers inlined; 61 and 55 parameters.
inline constexpr auto trunk_input = input<4>{};
inline constexpr auto trunk_hidden = trunk_input | dense<5, dense_opts{.activation = activation::tanh}>{};
inline constexpr auto trunk_a = trunk_hidden | dense<3, dense_opts{.activation = activation::relu}>{};
inline constexpr auto trunk_b = trunk_hidden | dense<2>{};
using nested_heads =
    decltype(functional(inputs(trunk_input), concatenate{}(trunk_b, trunk_a) | dense<1, dense_opts{.activation = activation::sigmoid}>{}));
using nested_heads_outputs = decltype(functional(inputs(trunk_input), outputs(trunk_a, trunk_b)));

// y = Dense(2)(S(S(x))), S = Dense(4, tanh) applied twice in a row: shared_tied_*; 30 parameters.
using tied_squash = shared<dense<4, dense_opts{.activation = activation::tanh}>, 0>;
inline constexpr auto tied_input = input<4>{};
using shared_tied = decltype(functional(inputs(tied_input), tied_input | tied_squash{} | tied_squash{} | dense<2>{}));

// Concatenate()([Dense(4)(S(a)), S(b)]), S = Dense(4, tanh): shared_depths_*, whose configs list S
// before the input b (Keras lists a layer at its deepest call's depth); 40 parameters.
inline constexpr auto depths_a = input<4>{};
inline constexpr auto depths_b = input<4>::id<1>{};
using shared_depths = decltype(functional(inputs(depths_a, depths_b),
                                          concatenate{}(depths_a | tied_squash{} | dense<4>{}, depths_b | tied_squash{})));

}  // namespace keras_file_models
