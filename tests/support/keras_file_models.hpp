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

}  // namespace keras_file_models
