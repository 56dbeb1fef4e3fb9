// ctnn/io/keras_config.hpp: what a Keras model configuration must say about each ctnn layer.
//
// A saved Keras model stores its architecture as JSON ("model_config"). For every layer kind,
// `expected_config(Layer, In)` lists the configuration entries that must hold for the file to
// describe the same layer: the loader compares them one by one and names the first that differs.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ctnn/ctnn.hpp"

namespace ctnn::keras {

/// One configuration entry the file must hold. `alternatives` are other keys with the same
/// meaning in other Keras versions (LeakyReLU's `alpha` became `negative_slope` in Keras 3).
struct config_entry {
  std::string key;
  nlohmann::json expected;
  std::vector<std::string> alternatives{};
  bool real_valued = false;  ///< compare as float32 values: 0.2 and 0.20000000298023224 agree
  std::vector<nlohmann::json> also_accepted{};  ///< other spellings of the same value
  bool absent_means_expected = false;  ///< Keras 3 leaves some entries out when they are unset
};

inline nlohmann::json pair(extent2 e) { return nlohmann::json::array({e.h, e.w}); }
inline const char* padding_name(padding p) { return p == padding::same ? "same" : "valid"; }

template <int... Dims, class In>
std::vector<config_entry> expected_config(input<Dims...>, In) {
  return {};
}

template <int Units, dense_opts Opts, class In>
std::vector<config_entry> expected_config(dense<Units, Opts>, In) {
  return {{"units", Units}, {"activation", std::string(keras_name(Opts.activation))}, {"use_bias", Opts.use_bias}};
}

template <int... Dims, class In>
std::vector<config_entry> expected_config(reshape<Dims...>, In) {
  return {{"target_shape", nlohmann::json::array({Dims...})}};
}

template <class In>
std::vector<config_entry> expected_config(flatten, In) {
  return {};
}

template <upsampling2d_opts Opts, class In>
std::vector<config_entry> expected_config(upsampling2d<Opts>, In) {
  return {{"size", pair(Opts.size)},
          {"interpolation", Opts.interpolation == interpolation::bilinear ? "bilinear" : "nearest"}};
}

template <conv2d_opts Opts, class In>
std::vector<config_entry> expected_config(conv2d<Opts>, In) {
  return {{"filters", Opts.filters},
          {"kernel_size", pair(Opts.kernel_size)},
          {"strides", pair(Opts.strides)},
          {"padding", padding_name(Opts.padding)},
          {"dilation_rate", pair(Opts.dilation_rate)},
          {"activation", std::string(keras_name(Opts.activation))},
          {"use_bias", Opts.use_bias}};
}

template <conv2d_transpose_opts Opts, class In>
std::vector<config_entry> expected_config(conv2d_transpose<Opts>, In) {
  const bool unset = Opts.output_padding == extent2{conv_arithmetic::no_output_padding};
  return {{"filters", Opts.filters},
          {"kernel_size", pair(Opts.kernel_size)},
          {"strides", pair(Opts.strides)},
          {"padding", padding_name(Opts.padding)},
          {"output_padding", unset ? nlohmann::json(nullptr) : pair(Opts.output_padding), {}, false, {}, unset},
          {"dilation_rate", pair(Opts.dilation_rate)},
          {"activation", std::string(keras_name(Opts.activation))},
          {"use_bias", Opts.use_bias}};
}

template <zero_padding2d_opts Opts, class In>
std::vector<config_entry> expected_config(zero_padding2d<Opts>, In) {
  return {{"padding", nlohmann::json::array({nlohmann::json::array({Opts.top, Opts.bottom}),
                                             nlohmann::json::array({Opts.left, Opts.right})})}};
}

template <activation A, class In>
std::vector<config_entry> expected_config(activation_layer<A>, In) {
  return {{"activation", std::string(keras_name(A))}};
}

template <real Alpha, class In>
std::vector<config_entry> expected_config(leaky_relu<Alpha>, In) {
  return {{"alpha", Alpha.value(), {"negative_slope"}, true}};
}

template <batch_normalization_opts Opts, class In>
std::vector<config_entry> expected_config(batch_normalization<Opts>, In) {
  // The normalised axis is the last: Keras writes -1, or its index with the batch axis counted,
  // as a number or a one-element list ([3] for images, [1] on a rank-2 input).
  const int last = static_cast<int>(In::rank);
  return {{"axis", -1, {}, false, {nlohmann::json::array({-1}), last, nlohmann::json::array({last})}},
          {"epsilon", Opts.epsilon.value(), {}, true},
          {"center", Opts.center},
          {"scale", Opts.scale}};
}

template <real Rate, class In>
std::vector<config_entry> expected_config(dropout<Rate>, In) {
  return {{"rate", Rate.value(), {}, true}};
}

template <int InputDim, int OutputDim, class In>
std::vector<config_entry> expected_config(embedding<InputDim, OutputDim>, In) {
  // mask_zero would make later layers skip label 0; ctnn has no masks.
  return {{"input_dim", InputDim}, {"output_dim", OutputDim}, {"mask_zero", false}};
}

template <int Axis, class In>
std::vector<config_entry> expected_config(concatenate<Axis>, In) {
  // Keras counts the batch axis: on (None, 7, 7, 128) the last axis is -1 or 3.
  const int rank = static_cast<int>(In::rank) + 1;
  return {{"axis", Axis, {}, false, {Axis < 0 ? rank + Axis : Axis - rank}}};
}

template <class In>
std::vector<config_entry> expected_config(add, In) {
  return {};
}

template <class In>
std::vector<config_entry> expected_config(multiply, In) {
  return {};
}

}  // namespace ctnn::keras
