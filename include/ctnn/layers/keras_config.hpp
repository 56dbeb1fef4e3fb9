// ctnn/layers/keras_config.hpp: a layer's Keras configuration, both ways, without JSON.
//
// A Keras file stores each layer's configuration as JSON ({"units": 3, "activation": "relu"}).
// Every layer description states, next to its shape rule, how its type and such a configuration
// correspond, in both directions:
//
// - checking: `L::keras_config<In...>()` is a constexpr `layer_config`, the entries a file's
//   configuration must hold for its layer to be the type `L` (the loader, ctnn/io/keras_h5.hpp,
//   compares them one by one and names the first that differs);
// - reading: a `layer_kind` (`keras::dense_kind`, ...) turns a file's configuration, seen through
//   a `config_reader`, and the extents of the values the layer reads, into the layer's C++ spelling
//   and its output extents, computed by the same shape rule the type uses (ctnn-keras-type writes
//   types this way; the list of all kinds is ctnn/keras_layers.hpp).
//
// Everything here is plain C++: no JSON library, no HDF5. ctnn/io/detail/keras_json_config.hpp connects these
// values to nlohmann::json.
#pragma once

#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <limits>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ctnn/activation.hpp"
#include "ctnn/hyperparameters.hpp"
#include "ctnn/shape.hpp"

namespace ctnn::keras {

// ---- Checking: what a file's configuration must hold for a type ----------------------------

/// @brief One value of a layer configuration as Keras writes it in JSON: null, true / false, a
/// whole number, a real number, a name, or a list of whole numbers or of equally long lists of
/// whole numbers (`[5, 5]`, `[[1, 1], [2, 2]]`). Constructed from the C++ value it stands for:
/// `3`, `true`, `0.2`, `"relu"`, `nullptr`, an extent2 (a list of two) or `list({7, 7, 128})`;
/// or a Keras layer object given as an activation (`layer_object`).
/// A default-made value is no value at all (an unused slot of a config_entry).
class config_value {
 public:
  enum class kind : unsigned char { none, null, boolean, integer, real, text, list, layer_object };
  /// Whole numbers a list holds, all its rows together.
  static constexpr std::size_t capacity = 8;

  constexpr config_value() = default;
  constexpr config_value(std::nullptr_t) : kind_(kind::null) {}
  constexpr config_value(bool value) : kind_(kind::boolean), integer_(value ? 1 : 0) {}
  constexpr config_value(int value) : kind_(kind::integer), integer_(value) {}
  constexpr config_value(double value) : kind_(kind::real), real_(value) {}
  constexpr config_value(std::string_view name) : kind_(kind::text), text_(name) {}
  constexpr config_value(const char* name) : config_value(std::string_view(name)) {}
  /// Keras writes a spatial pair as a list of two: kernel_size 3 is [3, 3].
  constexpr config_value(extent2 pair) : config_value(list({pair.h, pair.w})) {}
  /// ... and a 1-D layer's one extent as a list of one: kernel_size 3 is [3].
  constexpr config_value(extent1 one) : config_value(list({one.n})) {}

  /// [a, b, ...]
  static constexpr config_value list(std::initializer_list<int> items) {
    config_value value;
    value.kind_ = kind::list;
    for (int item : items) value.push(item);
    value.length_ = value.used_;
    return value;
  }
  /// [[a, b], [c, d], ...]: lists of whole numbers, all of one length.
  static constexpr config_value rows(std::initializer_list<std::initializer_list<int>> rows) {
    config_value value;
    value.kind_ = kind::list;
    for (const auto& row : rows) {
      if (value.length_ == 0) value.columns_ = static_cast<unsigned char>(row.size());
      if (row.size() != value.columns_ || row.size() == 0) throw std::invalid_argument("ctnn::keras::config_value::rows: rows of one length, please");
      for (int item : row) value.push(item);
      ++value.length_;
    }
    return value;
  }

  /// A list of `items.size() / columns` rows of `columns` whole numbers each, or of whole numbers
  /// when `columns` is 0: what list() and rows() make, from values known at run time (the
  /// isolated load's worker rebuilds a model's expected configuration this way).
  static constexpr config_value list_of(std::span<const int> items, std::size_t columns) {
    config_value value;
    value.kind_ = kind::list;
    if (columns > capacity || (columns != 0 && items.size() % columns != 0))
      throw std::invalid_argument("ctnn::keras::config_value::list_of: rows of one length, please");
    for (int item : items) value.push(item);
    value.columns_ = static_cast<unsigned char>(columns);
    value.length_ = static_cast<unsigned char>(columns == 0 ? items.size() : items.size() / columns);
    return value;
  }

  /// {"class_name": ..., "config": {...}} holding the settings of `form`, as `holds_settings`
  /// compares them: an element-wise layer as an activation (LeakyReLU with negative_slope 0.3).
  /// `form` must outlive the value (the activation's table holds it).
  static constexpr config_value layer_object(const keras_layer_form& form) {
    config_value value;
    value.kind_ = kind::layer_object;
    value.text_ = form.class_name;
    value.form_ = &form;
    return value;
  }

  constexpr kind type() const { return kind_; }
  constexpr bool boolean() const { return integer_ != 0; }
  constexpr long long integer() const { return integer_; }
  constexpr double real() const { return real_; }
  constexpr std::string_view text() const { return text_; }  ///< a layer object's class too
  constexpr const keras_layer_form& form() const { return *form_; }
  /// A list's length, and the length of its rows (0 when it holds whole numbers).
  constexpr std::size_t size() const { return length_; }
  constexpr std::size_t columns() const { return columns_; }
  /// Item `i` of a list of whole numbers, or item `column` of row `i`.
  constexpr int item(std::size_t i, std::size_t column = 0) const {
    return items_[columns_ == 0 ? i : i * columns_ + column];
  }

 private:
  constexpr void push(int item) {
    if (used_ == capacity) throw std::length_error("ctnn::keras::config_value: a list holds at most 8 whole numbers");
    items_[used_++] = item;
  }

  kind kind_ = kind::none;
  unsigned char length_ = 0, columns_ = 0, used_ = 0;
  long long integer_ = 0;
  double real_ = 0.0;
  std::string_view text_{};
  std::array<int, capacity> items_{};
  const keras_layer_form* form_ = nullptr;
};

/// @brief One entry a file's configuration must hold: `key` with the value `expected`.
/// Example: Dense's `{"units", 3}`; LeakyReLU's `{"alpha", 0.2, {"negative_slope"}, true}`.
struct config_entry {
  std::string_view key;
  config_value expected;
  /// Other keys with the same meaning in other Keras versions (LeakyReLU's `alpha` is
  /// `negative_slope` in Keras 3); where several are present, `key` counts, then the first listed
  /// (Keras 3's LeakyReLU takes Keras 2's alpha over negative_slope).
  std::array<std::string_view, 2> alternatives{};
  bool real_valued = false;  ///< compare as float32 values: 0.2 and 0.20000000298023224 agree
  /// Other spellings of the same value (BatchNormalization's axis: -1, [-1], 3, [3] on images).
  std::array<config_value, 3> also_accepted{};
  bool absent_means_expected = false;  ///< Keras 3 leaves some entries out when they are unset
};

/// @brief Everything a file's configuration must hold for one layer type, entry by entry:
/// what `L::keras_config<In...>()` returns.
class layer_config {
 public:
  static constexpr std::size_t capacity = 12;

  constexpr layer_config() = default;
  constexpr layer_config(std::initializer_list<config_entry> entries) {
    for (const config_entry& entry : entries) {
      if (count_ == capacity) throw std::length_error("ctnn::keras::layer_config: at most 12 entries");
      entries_[count_++] = entry;
    }
  }
  constexpr void push_back(const config_entry& entry) {
    if (count_ == capacity) throw std::length_error("ctnn::keras::layer_config: at most 12 entries");
    entries_[count_++] = entry;
  }
  constexpr const config_entry* begin() const { return entries_.data(); }
  constexpr const config_entry* end() const { return entries_.data() + count_; }
  constexpr std::size_t size() const { return count_; }
  constexpr const config_entry& operator[](std::size_t i) const { return entries_[i]; }

 private:
  std::array<config_entry, capacity> entries_{};
  std::size_t count_ = 0;
};

// ---- Reading: what a file's configuration makes of a layer ---------------------------------

/// A file's layer that ctnn cannot be, or a configuration entry that cannot be read; the message
/// says why, and ctnn-keras-type puts the file and the layer before it.
class config_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct layer_kind;

/// @brief A layer's configuration as a file holds it, read through typed getters (implemented
/// over nlohmann::json by ctnn/io/detail/keras_json_config.hpp). `at` walks into lists:
/// `integer("padding", {1, 0})` is `padding[1][0]`. A getter throws config_error, naming the
/// entry, when the entry is missing or holds another type.
class config_reader {
 public:
  enum class kind { absent, null, boolean, integer, real, text, list, object };
  using path = std::initializer_list<std::size_t>;

  /// The layer kind of a Keras class, for a layer object given as an activation with settings
  /// none of ctnn's activations has (`read_activation`): ctnn-keras-type sets
  /// `keras::find_layer_kind` (ctnn/keras_layers.hpp, the list of every kind); unset, such an
  /// object is refused. A nested object's reader has the same.
  const layer_kind* (*layer_kinds)(std::string_view keras_class) = nullptr;

  config_reader() = default;
  config_reader(const config_reader&) = delete;  // the activations it holds are named by views into it
  config_reader& operator=(const config_reader&) = delete;
  virtual ~config_reader() = default;

  kind type(std::string_view key, path at = {}) const { return type_of(key, index(at)); }
  bool contains(std::string_view key) const { return type(key) != kind::absent; }
  /// The number of items of a list.
  std::size_t length(std::string_view key, path at = {}) const {
    need(key, at, kind::list, "a list");
    return length_of(key, index(at));
  }
  long long integer(std::string_view key, path at = {}) const {
    need(key, at, kind::integer, "a whole number");
    return integer_of(key, index(at));
  }
  /// A number, whole or not.
  double real(std::string_view key, path at = {}) const {
    if (type(key, at) == kind::integer) return static_cast<double>(integer_of(key, index(at)));
    need(key, at, kind::real, "a number");
    return real_of(key, index(at));
  }
  bool boolean(std::string_view key, path at = {}) const {
    need(key, at, kind::boolean, "true or false");
    return boolean_of(key, index(at));
  }
  std::string text(std::string_view key, path at = {}) const {
    need(key, at, kind::text, "a name");
    return text_of(key, index(at));
  }
  /// An object the entry holds (a Keras serialized object: {"class_name": ..., "config": ...}),
  /// read through the same getters.
  std::unique_ptr<config_reader> object(std::string_view key) const {
    need(key, {}, kind::object, "an object");
    std::unique_ptr<config_reader> object = object_of(key);
    object->layer_kinds = layer_kinds;
    return object;
  }

  /// An activation that reading this configuration made (a layer object as an activation): it
  /// names its type, `cpp_name`, and lives as long as this reader. It is a spelling only: the
  /// kernels take activations known at compile time, and calling this one throws logic_error.
  /// Virtual, with its storage in the implementation (json_config_reader), so that a unit that
  /// only includes the layers compiles none of it.
  virtual activation hold_activation(std::string cpp_name) const = 0;
  /// The entry as the file writes it ("[5,5]", "null"), for messages.
  std::string dump(std::string_view key, path at = {}) const {
    if (type(key, at) == kind::absent) throw config_error(missing(key, at));
    return dump_of(key, index(at));
  }

  /// An entry Keras may leave out, and the value it then means.
  long long integer_or(std::string_view key, long long fallback) const { return contains(key) ? integer(key) : fallback; }
  double real_or(std::string_view key, double fallback) const { return contains(key) ? real(key) : fallback; }
  bool boolean_or(std::string_view key, bool fallback) const { return contains(key) ? boolean(key) : fallback; }
  std::string text_or(std::string_view key, std::string fallback) const { return contains(key) ? text(key) : fallback; }

 protected:
  using indices = std::span<const std::size_t>;
  /// What the entry holds: absent when the key, or an index on the way, is not there.
  virtual kind type_of(std::string_view key, indices at) const = 0;
  // Called only for an entry of the right kind.
  virtual std::size_t length_of(std::string_view key, indices at) const = 0;
  virtual long long integer_of(std::string_view key, indices at) const = 0;
  virtual double real_of(std::string_view key, indices at) const = 0;
  virtual bool boolean_of(std::string_view key, indices at) const = 0;
  virtual std::string text_of(std::string_view key, indices at) const = 0;
  virtual std::string dump_of(std::string_view key, indices at) const = 0;
  virtual std::unique_ptr<config_reader> object_of(std::string_view key) const = 0;

 private:
  static indices index(path at) { return {at.begin(), at.size()}; }
  static std::string place(std::string_view key, path at) {
    std::string text(key);
    for (std::size_t i : at) {
      text += '[';
      text += std::to_string(i);
      text += ']';
    }
    return text;
  }
  static std::string missing(std::string_view key, path at) { return "the configuration has no '" + place(key, at) + "'"; }
  void need(std::string_view key, path at, kind wanted, const char* what) const {
    const kind found = type(key, at);
    if (found == kind::absent) throw config_error(missing(key, at));
    if (found != wanted) throw config_error("'" + place(key, at) + "' is " + dump_of(key, index(at)) + ", not " + what);
  }
};

/// The extents of one value without its batch axis, known at run time: {28, 28, 1}.
using extents = std::vector<std::size_t>;

/// @brief A file's layer as a ctnn layer: the C++ spelling of its type
/// (`ctnn::dense<3, ctnn::dense_opts{...}>`) and its output extents.
struct layer_reading {
  std::string cpp;
  extents output;
};

/// How many values a layer kind reads: a merge reads two or more.
inline constexpr std::size_t any_inputs = static_cast<std::size_t>(-1);

/// @brief A kind of layer as a file names it: its Keras class, how many values it reads (0 for a
/// model input, 1, or any_inputs) and how its configuration and the extents of the values it
/// reads make a ctnn layer (throws config_error when they cannot). `read` is given as many
/// extents as the kind reads, each of at least one axis (a merge checks its own count).
/// `activation_object`: a file may give this layer's object as another layer's activation (the
/// layer type's own `activation_object`: ReLU, LeakyReLU, ELU); `read` then also reads that
/// object's configuration, given one input of no axes (the value it maps is not known there).
struct layer_kind {
  std::string_view keras_class;
  std::size_t inputs = 1;
  layer_reading (*read)(const config_reader& config, std::span<const extents> inputs) = nullptr;
  bool activation_object = false;
};

// ---- Helpers for the layers' readings ------------------------------------------------------

/// "(None, 7, 7, 128)": extents as Keras prints a shape, with its batch axis.
inline std::string keras_shape(const extents& dims) {
  std::string text = "(None";
  for (std::size_t d : dims) text += ", " + std::to_string(d);
  return text + ")";
}

/// A spatial pair as Keras writes it, 3 or [3, 3], both values at least `minimum` (kernel_size and
/// strides are positive, an output_padding may be 0).
inline extent2 read_pair(const config_reader& config, std::string_view key, int minimum = 1) {
  long long h = 0, w = 0;
  if (config.type(key) == config_reader::kind::integer) {
    h = w = config.integer(key);
  } else {
    if (config.length(key) != 2) throw config_error(std::string(key) + " is " + config.dump(key) + ", not a pair");
    h = config.integer(key, {0});
    w = config.integer(key, {1});
  }
  if (h < minimum || w < minimum || h > 1'000'000 || w > 1'000'000)
    throw config_error(std::string(key) + " is " + config.dump(key) + "; ctnn needs " +
                       (minimum == 1 ? "positive values" : "values of at least " + std::to_string(minimum)));
  return {static_cast<int>(h), static_cast<int>(w)};
}

/// A 1-D layer's extent as Keras writes it, [3] (or 3), at least `minimum`.
inline extent1 read_single(const config_reader& config, std::string_view key, int minimum = 1) {
  long long n = 0;
  if (config.type(key) == config_reader::kind::integer) {
    n = config.integer(key);
  } else {
    if (config.length(key) != 1) throw config_error(std::string(key) + " is " + config.dump(key) + ", not a list of one");
    n = config.integer(key, {0});
  }
  if (n < minimum || n > 1'000'000)
    throw config_error(std::string(key) + " is " + config.dump(key) + "; ctnn needs " +
                       (minimum == 1 ? "a positive value" : "a value of at least " + std::to_string(minimum)));
  return static_cast<int>(n);
}

/// Whether two of a file's real numbers are the same float32, the type Keras computes with (0.2
/// and 0.20000000298023224 are). A value beyond float's range (1e300 in a file) has no float, and
/// converting it would be undefined: it equals only itself.
inline bool same_float32(double have, double want) {
  constexpr double largest = std::numeric_limits<float>::max();
  if (!(std::fabs(have) <= largest) || !(std::fabs(want) <= largest)) return have == want;
  return static_cast<float>(have) == static_cast<float>(want);
}

/// Whether a Keras layer object's configuration (`config` of {"class_name": ..., "config": ...})
/// holds the settings of `form`: each as a number equal in float32, or null, or left out where
/// that is the layer's default. A list of one number is that number (Softmax's axis [-1]).
inline bool holds_settings(const config_reader& config, const keras_layer_form& form) {
  for (const keras_layer_form::setting& setting : form.settings) {
    if (setting.key.empty()) continue;
    std::string_view key = setting.key;
    if (!config.contains(key) && !setting.other_key.empty() && config.contains(setting.other_key)) key = setting.other_key;
    const config_reader::kind found = config.type(key);
    if (found == config_reader::kind::absent) {
      if (!setting.is_default) return false;
    } else if (found == config_reader::kind::null) {
      if (!setting.null) return false;
    } else {
      const bool one_item = found == config_reader::kind::list && config.length(key) == 1;
      const config_reader::kind number = one_item ? config.type(key, {0}) : found;
      if (setting.null || (number != config_reader::kind::integer && number != config_reader::kind::real)) return false;
      const double value = one_item ? config.real(key, {0}) : config.real(key);
      if (!same_float32(value, setting.value)) return false;
    }
  }
  return true;
}

/// Whether a Keras serialized object is a layer's: a class name and a configuration object.
inline bool is_layer_object(const config_reader& object) {
  return object.type("class_name") == config_reader::kind::text && object.type("config") == config_reader::kind::object;
}

/// Whether a Keras serialized object is the layer of `form`: its class, holding its settings.
inline bool holds_layer_object(const config_reader& object, const keras_layer_form& form) {
  return is_layer_object(object) && object.text("class_name") == form.class_name && holds_settings(*object.object("config"), form);
}

/// The name of the activation that a Keras serialized object denotes, or "" when it is none that
/// ctnn can name: Keras 3's form of a function, {"class_name": "function", "config": "relu"} (a
/// user's registered function: "package>name", read as "name"); an Activation layer
/// ({"class_name": "Activation", "config": {"activation": ...}}); or a layer that computes one of
/// ctnn's activations (`keras_layer_form`: LeakyReLU with negative_slope 0.2 is leaky_relu).
inline std::string activation_named_by(const config_reader& object) {
  if (object.type("class_name") != config_reader::kind::text) return {};
  const std::string class_name = object.text("class_name");
  const config_reader::kind config = object.type("config");
  if (class_name == "function" && config == config_reader::kind::text) {
    const std::string name = object.text("config");
    return name.substr(name.find('>') == std::string::npos ? 0 : name.rfind('>') + 1);
  }
  if (config != config_reader::kind::object) return {};
  const std::unique_ptr<config_reader> settings = object.object("config");
  if (class_name == "Activation") {
    switch (settings->type("activation")) {
      case config_reader::kind::text: return settings->text("activation");
      case config_reader::kind::object: return activation_named_by(*settings->object("activation"));
      default: return {};
    }
  }
  for (activation a : builtin_activations)
    if (holds_layer_object(object, a.definition->keras_layer)) return std::string(keras_name(a));
  return {};
}

/// The `activation` entry (absent: linear), one ctnn has (`builtin_activations`), by its Keras
/// name or its other name (Keras 2's "swish" is silu), or as a Keras object that denotes it
/// (`activation_named_by`). A layer object with settings of its own (LeakyReLU with
/// negative_slope 0.3) is that element-wise layer as an activation,
/// `ctnn::activation_of<ctnn::leaky_relu<0.3>>`, where `config` knows the layer kinds. A template
/// only so that a unit that reads no file compiles none of it.
template <class Config = config_reader>
activation read_activation(const Config& config) {
  const bool object = config.type("activation") == config_reader::kind::object;
  const std::string name = object ? activation_named_by(*config.object("activation")) : config.text_or("activation", "linear");
  for (activation a : builtin_activations)
    if (!name.empty() && (keras_name(a) == name || keras_alias(a) == name)) return a;
  if (name == "hard_sigmoid")  // a name, not a function: which one depends on the Keras that wrote the file
    throw config_error("activation 'hard_sigmoid' is not supported by ctnn: Keras 2 computes it as clip(0.2 x + 0.5, 0, 1) and "
                       "Keras 3 as relu6(x + 3) / 6, and a layer's configuration does not say which Keras wrote it");
  if (!object || !name.empty()) throw config_error("activation '" + name + "' is not supported by ctnn");
  const std::unique_ptr<config_reader> layer = config.object("activation");
  const layer_kind* kind = config.layer_kinds != nullptr && is_layer_object(*layer) ? config.layer_kinds(layer->text("class_name")) : nullptr;
  if (kind == nullptr || !kind->activation_object)
    throw config_error("activation " + config.dump("activation") +
                       " is a layer object that is none of ctnn's activations (put that layer after this one instead)");
  const extents unknown;  // the value it maps is this layer's output
  try {
    return config.hold_activation("ctnn::activation_of<" + kind->read(*layer->object("config"), {&unknown, 1}).cpp + ">");
  } catch (const config_error& error) {
    throw config_error("activation (a " + std::string(kind->keras_class) + " object): " + error.what());
  }
}

/// The `activation` entry a file must hold for the activation `a`: its Keras name, or its other
/// name (a Keras 2 file's "swish" for silu); for a layer as an activation, that layer's object.
constexpr config_entry activation_entry(activation a) {
  if (keras_name(a).empty()) return {"activation", config_value::layer_object(a.definition->keras_layer)};
  config_entry entry{"activation", ctnn::keras_name(a)};
  if (!keras_alias(a).empty()) entry.also_accepted[0] = keras_alias(a);
  return entry;
}

/// The Keras layer object an element-wise layer type is as an activation: its class, and the
/// settings its `keras_config` lists, each a number or null (those of ReLU, LeakyReLU and ELU).
template <elementwise_layer Layer>
constexpr keras_layer_form layer_form() {
  const layer_config config = Layer::template keras_config<shape<1>>();
  keras_layer_form form{Layer::keras_class};
  if (config.size() > form.settings.size()) throw std::length_error("ctnn::activation_of<Layer>: a layer as an activation has at most 3 settings");
  for (std::size_t i = 0; i < config.size(); ++i) {
    const config_entry& entry = config[i];
    keras_layer_form::setting& setting = form.settings[i];
    setting = {entry.key, entry.alternatives[0], 0.0, false, entry.absent_means_expected};
    switch (entry.expected.type()) {
      case config_value::kind::integer: setting.value = static_cast<double>(entry.expected.integer()); break;
      case config_value::kind::real: setting.value = entry.expected.real(); break;
      case config_value::kind::null: setting.null = true; break;
      default: throw std::invalid_argument("ctnn::activation_of<Layer>: a layer as an activation has settings that are numbers or null");
    }
  }
  return form;
}

}  // namespace ctnn::keras

namespace ctnn {
namespace detail {

/// An element-wise layer as an activation function: its `apply`, and no name but its layer object.
template <elementwise_layer Layer>
struct layer_activation {
  static constexpr std::string_view keras_name = "";
  static constexpr keras_layer_form keras_layer = keras::layer_form<Layer>();
  template <class Value>
  [[gnu::always_inline]] static Value apply(Value v) {
    return Layer::apply(v);
  }
};

}  // namespace detail

template <class Layer>
  requires elementwise_layer<Layer>
inline constexpr activation activation_of<Layer>{detail::table_of<detail::layer_activation<Layer>>};

}  // namespace ctnn

namespace ctnn::keras {

/// The `padding` entry of a convolution or a pooling: 'valid', 'same' or 'causal' (which only
/// Conv1D's rules accept).
inline padding read_padding(const config_reader& config) {
  const std::string name = config.text("padding");
  if (name == "same") return padding::same;
  if (name == "valid") return padding::valid;
  if (name == "causal") return padding::causal;
  throw config_error("padding '" + name + "' is not supported by ctnn (only 'valid', 'same' and, for Conv1D, 'causal')");
}
/// How Keras names a padding.
constexpr std::string_view padding_name(padding p) {
  return p == padding::same ? "same" : p == padding::causal ? "causal" : "valid";
}

/// One side of a ZeroPadding2D's or Cropping2D's `key`, which Keras writes as n (every side),
/// (rows, columns) or ((top, bottom), (left, right)): side `end` (0 or 1) of axis `axis` (0 rows,
/// 1 columns). The sides' rules are the layer's.
inline int read_side(const config_reader& config, std::string_view key, std::size_t axis, std::size_t end) {
  const long long value = config.type(key) == config_reader::kind::integer            ? config.integer(key)
                          : config.type(key, {axis}) == config_reader::kind::integer ? config.integer(key, {axis})
                                                                                     : config.integer(key, {axis, end});
  if (value < -1'000'000 || value > 1'000'000) throw config_error(std::string(key) + " " + config.dump(key) + " holds a value beyond what ctnn reads");
  return static_cast<int>(value);
}

/// A list of whole numbers (a Reshape's target_shape [7, 7, 128], a PReLU's shared_axes [1, 2]),
/// each within what ctnn reads. What the numbers must be is the layer's rules.
inline std::vector<int> read_int_list(const config_reader& config, std::string_view key) {
  std::vector<int> items(config.length(key));  // names the entry when it is missing or not a list
  for (std::size_t i = 0; i < items.size(); ++i) {
    const long long value = config.integer(key, {i});
    if (value < -1'000'000'000 || value > 1'000'000'000) throw config_error(std::string(key) + " " + config.dump(key) + " holds a value beyond what ctnn reads");
    items[i] = static_cast<int>(value);
  }
  return items;
}

/// The `data_format` entry of an image layer: ctnn's tensors are channels last (NHWC). Keras
/// writes "channels_last" (its default); null, or no entry, means that default too.
/// Why a file's other data_format is refused, in every layer's message.
inline constexpr std::string_view channels_last_reason = "ctnn's images are channels_last (rows, columns, channels)";
constexpr config_entry channels_last_entry() {
  return {"data_format", "channels_last", {}, false, {nullptr}, true};
}
/// Reading: refuses an entry that must hold one value (data_format 'channels_last', groups 1) when
/// the file holds another, saying `why`. Booleans, whole numbers and names are compared; null and absence
/// count where `entry` accepts them.
inline void require_fixed(const config_reader& config, const config_entry& entry, std::string_view why) {
  const config_reader::kind found = config.type(entry.key);
  if (found == config_reader::kind::absent && entry.absent_means_expected) return;
  auto same = [&](const config_value& value) {
    switch (value.type()) {
      case config_value::kind::null: return found == config_reader::kind::null;
      case config_value::kind::boolean: return found == config_reader::kind::boolean && config.boolean(entry.key) == value.boolean();
      case config_value::kind::integer: return found == config_reader::kind::integer && config.integer(entry.key) == value.integer();
      case config_value::kind::text: return found == config_reader::kind::text && config.text(entry.key) == value.text();
      default: return false;
    }
  };
  if (same(entry.expected)) return;
  for (const config_value& also : entry.also_accepted)
    if (same(also)) return;
  const std::string held = found == config_reader::kind::absent ? std::string("absent") : config.dump(entry.key);
  throw config_error(std::string(entry.key) + " is " + held + ": " + std::string(why));
}

/// The C++ spelling of values in a generated type.
inline std::string spell(bool value) { return value ? "true" : "false"; }
inline std::string spell(extent2 pair) {
  std::string text(1, '{');  // as ctnn-keras-type has always written it: {5, 5}
  text += std::to_string(pair.h);
  text += ", ";
  text += std::to_string(pair.w);
  text += '}';
  return text;
}
/// An activation by its type's `cpp_name`; a type that gives none cannot be written out.
inline std::string spell(activation a) {
  if (a.definition->cpp_name.empty())
    throw config_error("activation '" + std::string(display_name(a)) + "' has no C++ spelling: give its type a cpp_name");
  return std::string(a.definition->cpp_name);
}
inline std::string spell(padding p) { return "ctnn::padding::" + std::string(padding_name(p)); }
/// A real hyper-parameter as it was written: Keras stores float32 values as doubles
/// (0.20000000298023224), which print as the float32 they came from ("0.2").
inline std::string spell_real(double value) {
  char buffer[64];
  const float single = static_cast<float>(value);
  const auto end = static_cast<double>(single) == value ? std::to_chars(buffer, buffer + sizeof buffer, single).ptr
                                                        : std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  std::string text(buffer, end);
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  return text;
}

/// What a file's configuration holds under `keys`, for the end of a refusal message after the
/// rule's words: "groups 4, epsilon -1.0" (the keys it lacks are left out).
inline std::string held_entries(const config_reader& config, std::span<const std::string_view> keys) {
  constexpr std::size_t longest = 80;  // a file's entry may be huge; a message stays short
  std::string text;
  for (std::string_view key : keys) {
    if (!config.contains(key)) continue;
    const std::string value = config.dump(key);
    text += (text.empty() ? "" : ", ") + std::string(key) + " " + (value.size() <= longest ? value : value.substr(0, longest) + "...");
  }
  return text;
}
inline std::string held_entries(const config_reader& config, std::initializer_list<std::string_view> keys) {
  return held_entries(config, std::span<const std::string_view>(keys.begin(), keys.size()));
}

/// The output of a layer that keeps its input's extents (activations, dropout, ...).
inline extents same_extents(std::span<const extents> inputs) { return inputs[0]; }

}  // namespace ctnn::keras
