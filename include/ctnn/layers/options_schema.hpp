// ctnn/layers/options_schema.hpp: a layer's options declared once.
//
// An options struct (conv2d_opts, ...) lists its fields once, in
//
//   template <class Self = conv2d_opts>
//   static constexpr auto schema() { return ctnn::schema("ctnn::conv2d_opts", field("filters", &Self::filters), ...); }
//
// each field's Keras key (which is also its C++ member name), its member, and what Keras's
// absence or None means for it. `schema` is a template over the struct itself so that its body is
// compiled only where a Keras file is read or checked: as a plain member function it would be
// compiled in every translation unit that includes the layer (docs/performance.md, "Compile
// time"). From that one list come
// - `keras::options_config(opts)`: what a file's configuration must hold for a layer with these
//   options (the loader checks a file against a type with it);
// - `keras::read_options<Opts>(config)`: the options a file's configuration gives (ctnn-keras-type);
// - `keras::spell_options(opts)`: their C++ spelling, `ctnn::conv2d_opts{.filters = 4, ...}`.
// The rules the options obey are the layer's (ctnn/layers/rules.hpp), because most of them also
// read the input's extents.
//
// How one value type appears in a file and in C++ is `option_traits<T>`: int, bool, extent1, extent2,
// real, interpolation, padding and activation here; another type (an enum of a layer's own) specialises it.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "ctnn/activation.hpp"
#include "ctnn/hyperparameters.hpp"
#include "ctnn/layers/keras_config.hpp"

namespace ctnn {

/// @brief How values of type T appear in a Keras configuration and in C++: `entry` (what a file
/// must hold for the value), `read` (the value a file holds; config_error when it cannot be one)
/// and `spell` (the value in C++ source).
template <class T>
struct option_traits;

template <>
struct option_traits<int> {
  static constexpr keras::config_entry entry(std::string_view key, int value) { return {key, value}; }
  static int read(const keras::config_reader& config, std::string_view key) {
    const long long value = config.integer(key);
    if (value < -1'000'000'000 || value > 1'000'000'000)
      throw keras::config_error(std::string(key) + " is " + std::to_string(value) + ", beyond what ctnn reads (at most 10^9 in size)");
    return static_cast<int>(value);
  }
  static std::string spell(int value) { return std::to_string(value); }
};

template <>
struct option_traits<bool> {
  static constexpr keras::config_entry entry(std::string_view key, bool value) { return {key, value}; }
  static bool read(const keras::config_reader& config, std::string_view key) { return config.boolean(key); }
  static std::string spell(bool value) { return keras::spell(value); }
};

/// Keras writes a spatial pair as a list of two, and reads a single number as both.
template <>
struct option_traits<extent2> {
  static constexpr keras::config_entry entry(std::string_view key, extent2 value) { return {key, value}; }
  static extent2 read(const keras::config_reader& config, std::string_view key) { return keras::read_pair(config, key, -1'000'000); }
  static std::string spell(extent2 value) { return keras::spell(value); }
};

/// ... and a 1-D layer's one extent as a list of one, [3]; a single number reads as it too.
template <>
struct option_traits<extent1> {
  static constexpr keras::config_entry entry(std::string_view key, extent1 value) {
    keras::config_entry entry{key, value};
    entry.also_accepted[0] = value.n;
    return entry;
  }
  static extent1 read(const keras::config_reader& config, std::string_view key) { return keras::read_single(config, key, -1'000'000); }
  static std::string spell(extent1 value) { return std::to_string(value.n); }
};

template <>
struct option_traits<padding> {
  static constexpr keras::config_entry entry(std::string_view key, padding value) { return {key, keras::padding_name(value)}; }
  static padding read(const keras::config_reader& config, std::string_view) { return keras::read_padding(config); }
  static std::string spell(padding value) { return keras::spell(value); }
};

/// A real hyper-parameter: compared with a file's as float32 values (Keras writes float32 values
/// as doubles), and spelled as it was written ("0.2", not "0.20000000298023224").
template <>
struct option_traits<real> {
  static constexpr keras::config_entry entry(std::string_view key, real value) { return {key, value.value(), {}, true}; }
  static real read(const keras::config_reader& config, std::string_view key) { return config.real(key); }
  static std::string spell(real value) { return keras::spell_real(value.value()); }
};

template <>
struct option_traits<interpolation> {
  static constexpr keras::config_entry entry(std::string_view key, interpolation value) {
    return {key, value == interpolation::bilinear ? "bilinear" : "nearest"};
  }
  static interpolation read(const keras::config_reader& config, std::string_view key) {
    const std::string method = config.text(key);
    if (method != "nearest" && method != "bilinear")
      throw keras::config_error(std::string(key) + " '" + method + "' is not supported by ctnn (only 'nearest' and 'bilinear')");
    return method == "bilinear" ? interpolation::bilinear : interpolation::nearest;
  }
  static std::string spell(interpolation value) {
    return value == interpolation::bilinear ? "ctnn::interpolation::bilinear" : "ctnn::interpolation::nearest";
  }
};

/// A file may name silu "swish" (Keras 2): keras::activation_entry accepts both.
template <>
struct option_traits<activation> {
  static constexpr keras::config_entry entry(std::string_view key, activation value) {
    keras::config_entry entry = keras::activation_entry(value);
    entry.key = key;
    return entry;
  }
  template <class Config>  // a template: made only by a reader that reads one
  static activation read(const Config& config, std::string_view) {
    return keras::read_activation(config);
  }
  static std::string spell(activation value) { return keras::spell(value); }
};

/// @brief One field of an options struct: its Keras key and C++ name, its member, and what
/// Keras's absence or None means for it. Made by `field("key", &opts::member)`. A file without
/// the entry means the member's default, which is Keras's keyword default, unless refined:
/// - `.required()`: Keras has no default (Conv2D's filters); a file without it is refused;
/// - `.none(value)`: Keras's None, which the struct spells `value` (Conv2DTranspose's
///   output_padding {-1, -1}); a file's null or absent entry reads as it, and C++ leaves it unsaid;
/// - `.none_means(f)`, with `.none(value)`: Keras's None stands for a value computed from the
///   other options (a pooling's strides are its pool size): a file's null or absent entry reads as
///   f(opts), and a file may hold null where the value is f(opts).
template <class Opts, class T>
struct option {
  std::string_view key;
  T Opts::*member = nullptr;
  bool is_required = false;
  std::optional<T> none_value{};
  T (*none_resolves)(const Opts&) = nullptr;

  constexpr option required() const {
    option copy = *this;
    copy.is_required = true;
    return copy;
  }
  constexpr option none(T value) const {
    option copy = *this;
    copy.none_value = value;
    return copy;
  }
  constexpr option none_means(T (*resolve)(const Opts&)) const {
    option copy = *this;
    copy.none_resolves = resolve;
    return copy;
  }

  /// The entry a file's configuration must hold for this field of `opts`.
  constexpr keras::config_entry entry(const Opts& opts) const {
    const T value = opts.*member;
    const bool unset = none_value && value == *none_value;
    if (none_resolves) {
      const T resolved = unset ? none_resolves(opts) : value;
      keras::config_entry entry = option_traits<T>::entry(key, resolved);
      if (resolved == none_resolves(opts)) accept(entry, nullptr);
      return entry;
    }
    if (unset) return {key, nullptr, {}, false, {}, true};  // Keras 3 leaves an unset entry out
    keras::config_entry entry = option_traits<T>::entry(key, value);
    // Keras builds a layer from a configuration that lacks a key with the keyword's default,
    // which is the member's default: older files lack keys that newer Keras writes (keepdims).
    entry.absent_means_expected = !is_required && value == Opts{}.*member;
    return entry;
  }

 private:
  static constexpr void accept(keras::config_entry& entry, keras::config_value also) {
    for (keras::config_value& slot : entry.also_accepted)
      if (slot.type() == keras::config_value::kind::none) {
        slot = also;
        return;
      }
  }
};

template <class Opts, class T>
constexpr option<Opts, T> field(std::string_view key, T Opts::*member) {
  return {key, member};
}

/// @brief An entry a file must hold whatever the options (data_format 'channels_last', groups 1),
/// and why ctnn cannot read another value, for the message.
struct fixed_entry {
  keras::config_entry entry;
  std::string_view why;
};

/// @brief An options struct's fields, in Keras's order, its C++ name, and its fixed entries.
template <class Opts, class... Fields>
struct options_schema {
  std::string_view cpp_name;
  std::tuple<Fields...> fields;
  std::array<fixed_entry, 2> fixed{};
  std::size_t fixed_count = 0;
  bool spell_defaults = true;

  constexpr options_schema with_fixed(fixed_entry entry) const {
    options_schema copy = *this;
    if (copy.fixed_count == copy.fixed.size()) throw std::length_error("ctnn::options_schema: at most two fixed entries");
    copy.fixed[copy.fixed_count++] = entry;
    return copy;
  }
  /// C++ spells only the fields that differ from their defaults (`ctnn::relu_opts{.max_value = 6.0}`).
  constexpr options_schema spelling_only_changes() const {
    options_schema copy = *this;
    copy.spell_defaults = false;
    return copy;
  }
};

template <class Opts, class... T>
constexpr options_schema<Opts, option<Opts, T>...> schema(std::string_view cpp_name, option<Opts, T>... fields) {
  return {cpp_name, {fields...}};
}

namespace keras {

/// Appends to `config` what a file's configuration must hold for a layer with the options `opts`:
/// each field, then the fixed entries.
template <class Opts>
constexpr layer_config options_config(const Opts& opts, layer_config config = {}) {
  const auto schema = Opts::schema();
  std::apply([&](const auto&... field) { (config.push_back(field.entry(opts)), ...); }, schema.fields);
  for (std::size_t i = 0; i < schema.fixed_count; ++i) config.push_back(schema.fixed[i].entry);
  return config;
}

/// The options a file's configuration gives, field by field in the schema's order (so that a
/// None may resolve from the fields before it); refuses a fixed entry of another value.
template <class Opts>
Opts read_options(const config_reader& config) {
  static constexpr auto schema = Opts::schema();  // static: GCC 12 fails on a constexpr local in the lambdas below
  for (std::size_t i = 0; i < schema.fixed_count; ++i) require_fixed(config, schema.fixed[i].entry, schema.fixed[i].why);
  Opts opts{};
  std::apply(
      [&](const auto&... field) {
        auto read = [&](const auto& f) {
          using T = std::remove_cvref_t<decltype(opts.*(f.member))>;
          const config_reader::kind found = config.type(f.key);
          const bool none = found == config_reader::kind::absent || found == config_reader::kind::null;
          if (none && f.none_resolves) {
            opts.*(f.member) = f.none_resolves(opts);
          } else if (none && f.none_value) {
            opts.*(f.member) = *f.none_value;
          } else if (found != config_reader::kind::absent || f.is_required) {
            opts.*(f.member) = option_traits<T>::read(config, f.key);  // names the entry when missing or mistyped
          }
        };
        (read(field), ...);
      },
      schema.fields);
  return opts;
}

/// The numbers a file's configuration holds for the options `Opts` (the fields of whole numbers,
/// pairs and reals: "kernel_size [9,9], strides [1,1], dilation_rate [1,1]"), for a refusal
/// message: `require_rules(rules, opts, in, held_options<Opts>(config))`. The reader's type is a
/// parameter so that a layer's reader, a template, names a dependent call: made only when that
/// reader is (a call with every argument fixed made GCC compile it in every unit with the layer).
template <class Opts, class Config>
std::string held_options(const Config& config) {
  static constexpr auto schema = Opts::schema();
  std::vector<std::string_view> keys;
  std::apply(
      [&](const auto&... field) {
        auto numeric = [&](const auto& f) {
          using T = std::remove_cvref_t<decltype(Opts{}.*(f.member))>;
          if constexpr (std::is_same_v<T, int> || std::is_same_v<T, real> || std::is_same_v<T, extent2> || std::is_same_v<T, extent1>)
            keys.push_back(f.key);
        };
        (numeric(field), ...);
      },
      schema.fields);
  return held_entries(config, keys);
}

/// The options in C++ (`ctnn::conv2d_opts{.filters = 4, .kernel_size = {5, 5}, ...}`): every
/// field but one at Keras's None, or only those that differ from their defaults.
template <class Opts>
std::string spell_options(const Opts& opts) {
  static constexpr auto schema = Opts::schema();  // static: GCC 12 fails on a constexpr local in the lambdas below
  std::string text(schema.cpp_name);
  text += '{';
  bool first = true;
  std::apply(
      [&](const auto&... field) {
        auto spell_field = [&](const auto& f) {
          using T = std::remove_cvref_t<decltype(opts.*(f.member))>;
          if (f.none_value && opts.*(f.member) == *f.none_value) return;
          if (!schema.spell_defaults && opts.*(f.member) == Opts{}.*(f.member)) return;
          text += first ? "." : ", .";
          first = false;
          text += f.key;
          text += " = ";
          text += option_traits<T>::spell(opts.*(f.member));
        };
        (spell_field(field), ...);
      },
      schema.fields);
  return text + '}';
}

}  // namespace keras

}  // namespace ctnn
