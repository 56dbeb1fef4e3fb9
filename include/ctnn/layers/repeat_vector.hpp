// ctnn/layers/repeat_vector.hpp: Keras `RepeatVector(n)`.
#pragma once

#include <array>
#include <cstddef>
#include <span>

#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/options_schema.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// RepeatVector's rules, on its n (`opts`, an int) and its input's extents.
inline constexpr auto repeat_vector_rules = ctnn::rules(
    CTNN_RULE(opts > 0, "ctnn::repeat_vector: n must be positive"),
    CTNN_RULE(in.size() == 1, "ctnn::repeat_vector: the input must be a vector of rank 1 (features); put a flatten before it"));

/// RepeatVector's shape rule, on values: (features) -> (n, features).
constexpr std::array<std::size_t, 2> repeat_vector_output(int n, std::span<const std::size_t> in) { return {std::size_t(n), in[0]}; }

/// (features) -> (N, features): the vector N times, out[t, f] = in[f]; a sequence for the 1-D
/// and recurrent layers after it (an encoder's code fed to every step of a decoder). No
/// parameters. Kernel: ctnn/reference/repeat_vector.hpp.
template <int N>
struct repeat_vector {
  static constexpr std::string_view keras_class = "RepeatVector";
  static constexpr std::string_view keras_name = "repeat_vector";
  static constexpr int n = N;

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(repeat_vector_rules, (N), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return repeat_vector_output(N, In::dims);
  }
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }
  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {{"n", N}};
  }
};

namespace keras {

/// A file's RepeatVector as ctnn::repeat_vector<n>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_repeat_vector(const Config& config, std::span<const extents> inputs) {
  const int n = option_traits<int>::read(config, "n");
  require_rules(repeat_vector_rules, n, inputs[0], held_entries(config, {"n"}));
  const auto out = repeat_vector_output(n, inputs[0]);
  return {"ctnn::repeat_vector<" + std::to_string(n) + ">", extents(out.begin(), out.end())};
}
template <class Config = config_reader>
inline constexpr layer_kind repeat_vector_kind{"RepeatVector", 1, read_repeat_vector<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/repeat_vector.hpp"
