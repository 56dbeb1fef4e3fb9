// ctnn/io/detail/keras_json_config.hpp: a layer's Keras configuration (ctnn/layers/keras_config.hpp) seen
// through nlohmann::json, both ways.
//
// - checking: `config_matches` compares an entry a type expects with what a file's JSON holds,
//   and `to_json` writes the expected value as the file would (the loader's messages show it);
// - reading: `json_config_reader` is the config_reader that ctnn-keras-type reads a file's layer
//   configurations with.
// Nothing here knows a layer: the layers' own headers say what they expect and how they read.
#pragma once

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "ctnn/layers/keras_config.hpp"

namespace ctnn::keras {

/// A configuration value as JSON: [5, 5] for an extent2, "relu" for a name, ...
inline nlohmann::json to_json(const config_value& value) {
  using kind = config_value::kind;
  switch (value.type()) {
    case kind::none:
    case kind::null: return nullptr;
    case kind::boolean: return value.boolean();
    case kind::integer: return value.integer();
    case kind::real: return value.real();
    case kind::text: return std::string(value.text());
    case kind::list: {
      nlohmann::json list = nlohmann::json::array();
      for (std::size_t i = 0; i < value.size(); ++i) {
        if (value.columns() == 0) {
          list.push_back(value.item(i));
          continue;
        }
        nlohmann::json row = nlohmann::json::array();
        for (std::size_t column = 0; column < value.columns(); ++column) row.push_back(value.item(i, column));
        list.push_back(std::move(row));
      }
      return list;
    }
    case kind::layer_object: {
      nlohmann::json settings = nlohmann::json::object();
      for (const keras_layer_form::setting& setting : value.form().settings)
        if (!setting.key.empty()) settings[std::string(setting.key)] = setting.null ? nlohmann::json(nullptr) : nlohmann::json(setting.value);
      return {{"class_name", std::string(value.text())}, {"config", std::move(settings)}};
    }
  }
  return nullptr;
}

namespace detail {
template <class Value>
void spelling_only(Value&) {
  throw std::logic_error("ctnn: this activation was read from a Keras file at run time: it names a type (its cpp_name), "
                         "and computes nothing; the type's activation does");
}
}  // namespace detail

/// @brief A layer configuration of a file, read through config_reader's typed getters.
class json_config_reader final : public config_reader {
 public:
  /// `config` must outlive the reader.
  explicit json_config_reader(const nlohmann::json& config) : config_(config) {}

  activation hold_activation(std::string cpp_name) const override {
    auto& [name, definition] = *held_.emplace_back(std::make_unique<std::pair<std::string, activation_definition>>(std::move(cpp_name), activation_definition{}));
    definition.cpp_name = name;
    definition.on_float = &detail::spelling_only<float>;
    definition.on_floats4 = &detail::spelling_only<ctnn::detail::floats4>;
    definition.on_floats8 = &detail::spelling_only<ctnn::detail::floats8>;
    definition.on_floats16 = &detail::spelling_only<ctnn::detail::floats16>;
    return activation{&definition};
  }

 protected:
  kind type_of(std::string_view key, indices at) const override {
    const nlohmann::json* value = find(key, at);
    if (value == nullptr) return kind::absent;
    switch (value->type()) {
      case nlohmann::json::value_t::null: return kind::null;
      case nlohmann::json::value_t::boolean: return kind::boolean;
      case nlohmann::json::value_t::number_integer:
      case nlohmann::json::value_t::number_unsigned: return kind::integer;
      case nlohmann::json::value_t::number_float: return kind::real;
      case nlohmann::json::value_t::string: return kind::text;
      case nlohmann::json::value_t::array: return kind::list;
      default: return kind::object;
    }
  }
  std::size_t length_of(std::string_view key, indices at) const override { return find(key, at)->size(); }
  long long integer_of(std::string_view key, indices at) const override { return find(key, at)->get<long long>(); }
  double real_of(std::string_view key, indices at) const override { return find(key, at)->get<double>(); }
  bool boolean_of(std::string_view key, indices at) const override { return find(key, at)->get<bool>(); }
  std::string text_of(std::string_view key, indices at) const override { return find(key, at)->get<std::string>(); }
  std::string dump_of(std::string_view key, indices at) const override { return find(key, at)->dump(); }
  std::unique_ptr<config_reader> object_of(std::string_view key) const override {
    return std::make_unique<json_config_reader>(*find(key, {}));
  }

 private:
  const nlohmann::json* find(std::string_view key, indices at) const {
    if (!config_.is_object()) return nullptr;
    const auto entry = config_.find(std::string(key));
    if (entry == config_.end()) return nullptr;
    const nlohmann::json* value = &*entry;
    for (std::size_t i : at) {
      if (!value->is_array() || i >= value->size()) return nullptr;
      value = &(*value)[i];
    }
    return value;
  }

  const nlohmann::json& config_;
  // Each behind its own pointer, so that a definition and its name never move; empty until used.
  mutable std::vector<std::unique_ptr<std::pair<std::string, activation_definition>>> held_;
};

/// Whether a file's value `found` is what `entry` expects, or one of its other spellings.
inline bool config_matches(const nlohmann::json& found, const config_entry& entry) {
  auto same = [&](const config_value& value) {
    if (value.type() == config_value::kind::none) return false;
    const nlohmann::json wanted = to_json(value);
    if (entry.real_valued && found.is_number() && wanted.is_number()) return same_float32(found.get<double>(), wanted.get<double>());
    return found == wanted;
  };
  // A layer object where one is expected (an element-wise layer as an activation): its class and
  // the settings of the type's layer, compared as float32 (`holds_settings`).
  if (entry.expected.type() == config_value::kind::layer_object) {
    return found.is_object() && holds_layer_object(json_config_reader(found), entry.expected.form());
  }
  // A Keras object where a name is expected: the activation it denotes (a layer object such as
  // {"class_name": "LeakyReLU", ...}, or Keras 3's form of a function), compared by that name.
  if (found.is_object() && entry.expected.type() == config_value::kind::text) {
    const std::string name = activation_named_by(json_config_reader(found));
    auto named = [&](const config_value& value) { return value.type() == config_value::kind::text && !name.empty() && value.text() == name; };
    return named(entry.expected) || std::any_of(entry.also_accepted.begin(), entry.also_accepted.end(), named);
  }
  return same(entry.expected) || std::any_of(entry.also_accepted.begin(), entry.also_accepted.end(), same);
}

}  // namespace ctnn::keras
