// ctnn/io/detail/isolated_protocol.hpp: what the isolated load (ctnn/io/isolated_load.hpp) and its worker
// process (ctnn-keras-worker, tools/keras_worker.cpp) say to each other over one socket.
//
// The caller sends a request: the file's path, the memory limit, and the model as the loader sees
// it (`model_facts`: every position's class, configuration, weights and links, plain values). It
// then closes its writing side. The worker answers with one result: an isolated_result_header
// and its payload (the checked weights, or a message). Both sides are the same version of ctnn;
// the request says which protocol it speaks, and a worker of another answers `setup_error`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "ctnn/io/keras.hpp"
#include "ctnn/io/model_facts.hpp"

namespace ctnn::keras::detail {

/// What the worker sends back: this header, then `length` floats (weights) or `length` bytes of
/// message. The weights are followed by what the file says of the model (file_info): its size
/// in bytes (8 bytes) and write_file_info's bytes.
struct isolated_result_header {
  static constexpr std::uint32_t expected_magic = 0x63746e6e;  // "ctnn"
  enum kind_t : std::uint32_t { weights = 1, loader_error = 2, out_of_memory = 3, other_exception = 4, setup_error = 5 };
  // flags
  static constexpr std::uint32_t allocation_failed = 1;      // errno was ENOMEM when the loader gave up
  static constexpr std::uint32_t address_space_limited = 2;  // the worker runs under its memory limit (RLIMIT_AS)
  std::uint32_t magic = expected_magic;
  std::uint32_t kind = 0;
  std::uint32_t flags = 0;
  std::uint32_t reserved = 0;
  std::uint64_t length = 0;
};

/// Whether this build runs under AddressSanitizer, ThreadSanitizer or MemorySanitizer, whose
/// shadow memory reserves terabytes of address space: the worker then sets no address-space limit,
/// and the caller reads a sanitizer's refused allocation as its memory limit.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr bool sanitizer_reserves_address_space = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
inline constexpr bool sanitizer_reserves_address_space = true;
#else
inline constexpr bool sanitizer_reserves_address_space = false;
#endif
#else
inline constexpr bool sanitizer_reserves_address_space = false;
#endif

/// The longest message the worker may send (longer ones are cut there).
inline constexpr std::size_t largest_isolated_message = 4096;

/// The version of the request's layout; a worker of another version refuses the request.
inline constexpr std::uint32_t isolated_protocol_version = 5;

/// The largest request a worker reads (a model of 64 KiB of facts per position has 1000 positions).
inline constexpr std::size_t largest_isolated_request = std::size_t{64} << 20;

/// A request that cannot be read (the worker's side): it names what is wrong.
class malformed_request : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// ---- Writing and reading plain values ------------------------------------------------------

class wire_writer {
 public:
  void number(std::uint64_t value) { bytes(&value, sizeof value); }
  void real(double value) { bytes(&value, sizeof value); }
  void text(std::string_view value) {
    number(value.size());
    bytes(value.data(), value.size());
  }
  const std::string& written() const { return out_; }

 private:
  void bytes(const void* data, std::size_t size) { out_.append(static_cast<const char*>(data), size); }
  std::string out_;
};

class wire_reader {
 public:
  /// `what` names the bytes in messages: "the request", "the names".
  explicit wire_reader(std::span<const char> in, std::string what = "the request") : in_(in), what_(std::move(what)) {}
  std::uint64_t number() {
    std::uint64_t value;
    bytes(&value, sizeof value);
    return value;
  }
  /// A number that must be at most `largest` ("a count of positions", ...).
  std::size_t count(std::uint64_t largest, const char* what) {
    const std::uint64_t value = number();
    if (value > largest) throw malformed_request(what_ + ": its " + what + " is " + std::to_string(value));
    return static_cast<std::size_t>(value);
  }
  double real() {
    double value;
    bytes(&value, sizeof value);
    return value;
  }
  std::string text() {
    const std::size_t size = count(in_.size() - at_, "text length");
    std::string value(in_.data() + at_, size);
    at_ += size;
    return value;
  }
  bool done() const { return at_ == in_.size(); }

 private:
  void bytes(void* out, std::size_t size) {
    if (size > in_.size() - at_) throw malformed_request(what_ + ": its bytes end early");
    std::memcpy(out, in_.data() + at_, size);
    at_ += size;
  }
  std::span<const char> in_;
  std::string what_;
  std::size_t at_ = 0;
};

// ---- What the file says of the model, both ways ----------------------------------------------

/// The most bytes of file_info a caller accepts for `model`: names and a version, at most the
/// architecture's own limit (ctnn/io/detail/keras_reader.hpp, largest_architecture).
inline std::size_t largest_file_info(const model_facts& model) {
  return (std::size_t{1} << 20) + (std::size_t{64} << 10) * model.positions.size();
}

inline std::string write_file_info(const file_info& info) {
  wire_writer out;
  out.text(info.model_name);
  out.text(info.keras_version);
  out.number(info.layer_names.size());
  for (const std::string& name : info.layer_names) out.text(name);
  return out.written();
}

/// Throws malformed_request where the bytes are not what write_file_info writes.
inline file_info read_file_info(std::span<const char> bytes) {
  wire_reader in(bytes, "the names");
  file_info info;
  info.model_name = in.text();
  info.keras_version = in.text();
  info.layer_names.resize(in.count(bytes.size(), "number of layer names"));
  for (std::string& name : info.layer_names) name = in.text();
  if (!in.done()) throw malformed_request("the names go on after their count");
  return info;
}

// ---- The model, both ways -------------------------------------------------------------------

inline void write_value(wire_writer& out, const config_value& value) {
  using kind = config_value::kind;
  out.number(static_cast<std::uint64_t>(value.type()));
  switch (value.type()) {
    case kind::none:
    case kind::null: break;
    case kind::boolean: out.number(value.boolean() ? 1 : 0); break;
    case kind::integer: out.number(static_cast<std::uint64_t>(value.integer())); break;
    case kind::real: out.real(value.real()); break;
    case kind::text: out.text(value.text()); break;
    case kind::list: {
      const std::size_t items = value.columns() == 0 ? value.size() : value.size() * value.columns();
      out.number(value.columns());
      out.number(items);
      for (std::size_t i = 0; i < items; ++i)
        out.number(static_cast<std::uint64_t>(static_cast<std::int64_t>(value.columns() == 0 ? value.item(i) : value.item(i / value.columns(), i % value.columns()))));
      break;
    }
    case kind::layer_object: {
      out.text(value.text());
      for (const keras_layer_form::setting& setting : value.form().settings) {
        out.text(setting.key);
        out.text(setting.other_key);
        out.real(setting.value);
        out.number(setting.null ? 1 : 0);
        out.number(setting.is_default ? 1 : 0);
      }
      break;
    }
  }
}

/// The request for reading `path` under `memory_limit` into the model `model` describes.
inline std::string isolated_request(const model_facts& model, const std::string& path, std::size_t memory_limit) {
  wire_writer out;
  out.number(isolated_protocol_version);
  out.number(memory_limit);
  out.text(path);
  out.text(model.kind);
  out.number(model.input_is_layer ? 1 : 0);
  out.number(model.layer_count);
  out.number(model.param_count);
  out.number(model.input_positions.size());
  for (const std::size_t p : model.input_positions) out.number(p);
  out.number(model.output_positions.size());
  for (const std::size_t p : model.output_positions) out.number(p);
  out.number(model.positions.size());
  for (std::size_t p = 0; p < model.positions.size(); ++p) {
    const position_facts& at = model.positions[p];
    out.number(model.layer_of_position[p]);
    out.text(at.keras_class);
    out.number(at.is_input ? 1 : 0);
    out.number(at.param_offset);
    out.number(at.output_dims.size());
    for (const std::size_t d : at.output_dims) out.number(d);
    out.number(at.reads.size());
    for (const std::size_t r : at.reads) out.number(r);
    out.number(at.weights.size());
    for (const weight_spec& weight : at.weights) {
      out.text(weight.name);
      out.number(weight.rank);
      for (const std::size_t d : weight.dims) out.number(d);
      out.number(weight.trainable ? 1 : 0);
      out.number(static_cast<std::uint64_t>(weight.initializer));
    }
    out.number(at.config.size());
    for (const config_entry& entry : at.config) {
      out.text(entry.key);
      write_value(out, entry.expected);
      for (const std::string_view alternative : entry.alternatives) out.text(alternative);
      out.number(entry.real_valued ? 1 : 0);
      for (const config_value& also : entry.also_accepted) write_value(out, also);
      out.number(entry.absent_means_expected ? 1 : 0);
    }
  }
  return out.written();
}

/// A request as the worker reads it: the path, the memory limit, and model_facts whose views
/// point into storage this object owns (it is not copied or moved: it lives behind a unique_ptr).
class isolated_job {
 public:
  explicit isolated_job(std::span<const char> request) {
    wire_reader in(request);
    if (const std::uint64_t version = in.number(); version != isolated_protocol_version)
      throw malformed_request("the request speaks protocol " + std::to_string(version) + ", this worker " +
                              std::to_string(isolated_protocol_version) + ": the caller and ctnn-keras-worker come from different "
                              "versions of ctnn");
    memory_limit = in.count(SIZE_MAX, "memory limit");
    path = in.text();
    facts.kind = keep(in.text());
    facts.input_is_layer = in.count(1, "flag") != 0;
    facts.layer_count = in.number();
    facts.param_count = in.count(std::size_t{1} << 40, "parameter count");
    input_positions_ = sizes(in);
    output_positions_ = sizes(in);
    const std::size_t count = in.count(request.size(), "number of positions");
    positions_.resize(count);
    for (owned_position& at : positions_) {
      at.layer = in.count(count - 1, "layer index");
      at.facts.keras_class = keep(in.text());
      at.facts.is_input = in.count(1, "flag") != 0;
      at.facts.param_offset = in.number();
      at.output_dims = sizes(in);
      at.reads = sizes(in);
      at.weights.resize(in.count(request.size(), "number of weights"));
      for (weight_spec& weight : at.weights) {
        weight.name = keep(in.text());
        weight.rank = in.count(weight.dims.size(), "weight rank");
        for (std::size_t& d : weight.dims) d = in.number();
        weight.trainable = in.count(1, "flag") != 0;
        weight.initializer = static_cast<ctnn::initializer>(in.count(3, "initializer"));
      }
      at.config.resize(in.count(request.size(), "number of configuration entries"));
      for (config_entry& entry : at.config) {
        entry.key = keep(in.text());
        entry.expected = value(in);
        for (std::string_view& alternative : entry.alternatives) alternative = keep(in.text());
        entry.real_valued = in.count(1, "flag") != 0;
        for (config_value& also : entry.also_accepted) also = value(in);
        entry.absent_means_expected = in.count(1, "flag") != 0;
      }
    }
    if (!in.done()) throw malformed_request("the request goes on after the model");
    // Layers are numbered from 0 without a gap, each first called at its lowest position; each
    // layer's calls share its class, weights and their offset (the loader reads a layer's weights
    // from its first call); the layers that are not inputs are layer_count; every weight fits the
    // parameter block.
    constexpr std::size_t none = std::size_t(-1);
    first_calls_.assign(count, none);
    for (std::size_t p = 0; p < count; ++p)
      if (first_calls_[positions_[p].layer] == none) first_calls_[positions_[p].layer] = p;
    std::size_t layers = 0, inputs = 0;
    while (layers < count && first_calls_[layers] != none) ++layers;
    for (std::size_t l = layers; l < count; ++l)
      if (first_calls_[l] != none)
        throw malformed_request("layers are numbered with a gap: layer " + std::to_string(l) + " is called, layer " + std::to_string(layers) + " is not");
    first_calls_.resize(layers);
    for (std::size_t p = 0; p < count; ++p) {
      const owned_position& at = positions_[p];
      const owned_position& first = positions_[first_calls_[at.layer]];
      if (first.facts.keras_class != at.facts.keras_class || first.facts.param_offset != at.facts.param_offset ||
          first.weights.size() != at.weights.size())
        throw malformed_request("position " + std::to_string(p) + " calls layer " + std::to_string(at.layer) +
                                " with another class or other weights than its first call");
      std::size_t end = at.facts.param_offset;
      for (const weight_spec& weight : at.weights) {
        std::size_t size = 1;
        for (std::size_t axis = 0; axis < weight.rank; ++axis)
          size = weight.dims[axis] != 0 && size > facts.param_count / weight.dims[axis] ? facts.param_count + 1 : size * weight.dims[axis];
        end = end > facts.param_count || size > facts.param_count - end ? facts.param_count + 1 : end + size;
      }
      if (end > facts.param_count)
        throw malformed_request("position " + std::to_string(p) + "'s weights end past the model's " + std::to_string(facts.param_count) + " parameters");
      layer_of_position_.push_back(at.layer);
      inputs += first_calls_[at.layer] == p && at.facts.is_input ? 1 : 0;
    }
    if (facts.layer_count != (facts.input_is_layer ? layers - inputs : layers - std::min<std::size_t>(layers, 1)))
      throw malformed_request("the model's layer count " + std::to_string(facts.layer_count) + " is not its layers'");
    for (owned_position& at : positions_) {
      at.facts.output_dims = at.output_dims;
      at.facts.reads = at.reads;
      at.facts.weights = at.weights;
      at.facts.config = at.config;
      // A model type's positions come after the positions they read (Keras's model.layers order).
      const std::size_t own = facts_positions_.size();
      for (const std::size_t r : at.reads)
        if (r >= own) throw malformed_request("position " + std::to_string(own) + " reads position " + std::to_string(r) + ", not one before it");
      facts_positions_.push_back(at.facts);
    }
    for (const std::size_t p : input_positions_)
      if (p >= count) throw malformed_request("an input is position " + std::to_string(p) + " of " + std::to_string(count));
    if (output_positions_.empty()) throw malformed_request("the model has no output");
    for (const std::size_t p : output_positions_)
      if (p >= count) throw malformed_request("an output is position " + std::to_string(p) + " of " + std::to_string(count));
    // Every position is on a path to an output, as in every model type: the graph match binds
    // each position from the outputs and reads what it bound.
    std::vector<bool> reached(count, false);
    for (const std::size_t p : output_positions_) reached[p] = true;
    for (std::size_t p = count; p-- > 0;)
      if (reached[p])
        for (const std::size_t r : positions_[p].reads) reached[r] = true;
    for (std::size_t p = 0; p < count; ++p)
      if (!reached[p]) throw malformed_request("position " + std::to_string(p) + " is on no path to an output");
    facts.positions = facts_positions_;
    facts.layer_of_position = layer_of_position_;
    facts.first_calls = first_calls_;
    facts.input_positions = input_positions_;
    facts.output_positions = output_positions_;
  }
  isolated_job(const isolated_job&) = delete;
  isolated_job& operator=(const isolated_job&) = delete;

  std::size_t memory_limit = 0;
  std::string path;
  model_facts facts;

 private:
  struct owned_position {
    std::size_t layer = 0;
    position_facts facts;
    std::vector<std::size_t> output_dims, reads;
    std::vector<weight_spec> weights;
    std::vector<config_entry> config;
  };

  std::string_view keep(std::string text) { return texts_.emplace_back(std::move(text)); }

  static std::vector<std::size_t> sizes(wire_reader& in) {
    std::vector<std::size_t> values(in.count(std::size_t{1} << 20, "list length"));
    for (std::size_t& value : values) value = in.number();
    return values;
  }

  config_value value(wire_reader& in) {
    using kind = config_value::kind;
    switch (static_cast<kind>(in.count(static_cast<std::uint64_t>(kind::layer_object), "value kind"))) {
      case kind::none: return {};
      case kind::null: return nullptr;
      case kind::boolean: return in.count(1, "flag") != 0;
      case kind::integer: return static_cast<int>(static_cast<std::int64_t>(in.number()));
      case kind::real: return in.real();
      case kind::text: return keep(in.text());
      case kind::list: {
        const std::size_t columns = in.count(config_value::capacity, "list width");
        std::vector<int> items(in.count(config_value::capacity, "list length"));
        for (int& item : items) item = static_cast<int>(static_cast<std::int64_t>(in.number()));
        try {
          return config_value::list_of(items, columns);
        } catch (const std::exception& error) {
          throw malformed_request(error.what());
        }
      }
      case kind::layer_object: {
        keras_layer_form& form = forms_.emplace_back();
        form.class_name = keep(in.text());
        for (keras_layer_form::setting& setting : form.settings) {
          setting.key = keep(in.text());
          setting.other_key = keep(in.text());
          setting.value = in.real();
          setting.null = in.count(1, "flag") != 0;
          setting.is_default = in.count(1, "flag") != 0;
        }
        return config_value::layer_object(form);
      }
    }
    return {};
  }

  std::deque<std::string> texts_;  // a deque: adding a text never moves the others
  std::deque<keras_layer_form> forms_;  // the layer objects of activations, which values point to
  std::vector<owned_position> positions_;
  std::vector<position_facts> facts_positions_;
  std::vector<std::size_t> layer_of_position_, first_calls_;
  std::vector<std::size_t> input_positions_;
  std::vector<std::size_t> output_positions_;
};

}  // namespace ctnn::keras::detail
