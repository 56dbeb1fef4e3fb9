// tests/support/keras_config_checks.hpp: what the tests of layers' Keras configurations share
// (ctnn/layers/keras_config.hpp, both directions): whether a file's configuration holds what a
// type expects, reading a configuration through the registry, and the round trip of a type.
#pragma once

#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/io/detail/keras_json_config.hpp>
#include <ctnn/keras_layers.hpp>

namespace keras_config_checks {

using ctnn::keras::extents;
using nlohmann::json;

/// Whether a file's configuration holds every entry the type `Layer` expects, as the loader
/// (ctnn/io/keras_h5.hpp) checks it.
template <class Layer, class... In>
bool accepts(const json& config) {
  for (const ctnn::keras::config_entry& entry : Layer::template keras_config<In...>()) {
    const json* found = config.contains(std::string(entry.key)) ? &config.at(std::string(entry.key)) : nullptr;
    if (found == nullptr && entry.absent_means_expected) continue;
    if (found == nullptr || !ctnn::keras::config_matches(*found, entry)) return false;
  }
  return true;
}

/// A file's layer of `keras_class` as ctnn-keras-type reads it, through the registry.
inline ctnn::keras::layer_reading read(const std::string& keras_class, const json& config, const std::vector<extents>& inputs) {
  const ctnn::keras::layer_kind* kind = ctnn::keras::find_layer_kind(keras_class);
  REQUIRE(kind != nullptr);
  ctnn::keras::json_config_reader reader(config);
  reader.layer_kinds = &ctnn::keras::find_layer_kind;  // as ctnn-keras-type reads: layer objects as activations
  return kind->read(reader, inputs);
}

/// Why reading the configuration is refused ("no error" when it is not).
inline std::string fails(const std::string& keras_class, const json& config, const std::vector<extents>& inputs) {
  try {
    read(keras_class, config, inputs);
  } catch (const ctnn::keras::config_error& error) {
    return error.what();
  }
  return "no error";
}

/// The file's configuration a type asks for, as a Keras file would hold it: every entry the
/// type expects, or (`with_optional`) also those a file may leave out.
template <class Layer, class... In>
json file_config(bool with_optional = true) {
  json config = json::object();
  for (const ctnn::keras::config_entry& entry : Layer::template keras_config<In...>())
    if (with_optional || !entry.absent_means_expected) config[std::string(entry.key)] = ctnn::keras::to_json(entry.expected);
  return config;
}

/// Both directions for one type: the configuration it expects reads back as `spelling`, the
/// type's C++ spelling, with the type's own output extents.
template <class Layer, class... In>
void check_round_trip(const std::string& spelling, bool with_optional = true) {
  INFO(spelling);
  const json config = file_config<Layer, In...>(with_optional);
  CHECK(accepts<Layer, In...>(config));
  const ctnn::keras::layer_reading reading = read(std::string(Layer::keras_class), config, {extents(In::dims.begin(), In::dims.end())...});
  CHECK(reading.cpp == spelling);
  const auto dims = Layer::template output_dims<In...>();
  CHECK(reading.output == extents(dims.begin(), dims.end()));
}

}  // namespace keras_config_checks
