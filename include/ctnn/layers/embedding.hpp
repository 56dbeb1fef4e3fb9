// ctnn/layers/embedding.hpp: Keras `Embedding(input_dim, output_dim)`.
#pragma once

#include "ctnn/layers/keras_config.hpp"
#include "ctnn/layers/layer.hpp"
#include "ctnn/layers/options_schema.hpp"
#include "ctnn/layers/rules.hpp"

namespace ctnn {

/// Embedding's shape rule, on values: (...) -> (..., output_dim); `out` has one more extent than
/// `in`. The type (output_dims) and ctnn-keras-type (keras::embedding_kind) both compute extents
/// with it.
template <class Extents>
constexpr Extents embedding_output(int output_dim, std::span<const std::size_t> in, Extents out) {
  for (std::size_t axis = 0; axis < in.size(); ++axis) out[axis] = in[axis];
  out[in.size()] = static_cast<std::size_t>(output_dim);
  return out;
}

/// Looks each input value up as a row of a table: (..., ) -> (..., output_dim). The input holds
/// labels, whole numbers in [0, input_dim), carried as floats as Keras stores them; any other
/// value is a run-time error (std::out_of_range), never a read outside the table.
/// Parameters: input_dim * output_dim, the table "embeddings" [input_dim, output_dim].
/// What Embedding's rules read: its two extents, which are template arguments of their own.
struct embedding_arguments {
  int input_dim = 0;
  int output_dim = 0;
};
inline constexpr auto embedding_rules =
    ctnn::rules(CTNN_RULE(opts.input_dim > 0, "ctnn::embedding: input_dim (the number of labels) must be positive"),
                CTNN_RULE(opts.output_dim > 0, "ctnn::embedding: output_dim (the length of each label's vector) must be positive"));

/// mask_zero would make later layers skip label 0; ctnn has no masks.
inline constexpr keras::config_entry embedding_mask_entry{"mask_zero", false, {}, false, {}, true};

template <int InputDim, int OutputDim>
struct embedding {
  static constexpr std::string_view keras_class = "Embedding";
  static constexpr std::string_view keras_name = "embedding";
  static constexpr int input_dim = InputDim;
  static constexpr int output_dim = OutputDim;
  /// Labels are checked by predict before it runs (where they come from a model input).
  static constexpr std::size_t label_count = std::size_t(InputDim);

  template <class In>
  static consteval bool check() {
    CTNN_CHECK_RULES(embedding_rules, (embedding_arguments{InputDim, OutputDim}), In)
  }
  template <class In>
  static constexpr auto output_dims() {
    return embedding_output(OutputDim, In::dims, std::array<std::size_t, In::rank + 1>{});
  }
  template <class In>
  static constexpr weight_list weights() {
    return {{"embeddings", {std::size_t(InputDim), std::size_t(OutputDim)}, true, initializer::uniform_005}};
  }

  template <class In>
  static constexpr keras::layer_config keras_config() {
    return {{"input_dim", InputDim}, {"output_dim", OutputDim}, embedding_mask_entry};
  }
};

namespace keras {

/// A file's Embedding as ctnn::embedding<input_dim, output_dim>, for ctnn-keras-type.
template <class Config = config_reader>
layer_reading read_embedding(const Config& config, std::span<const extents> inputs) {
  require_fixed(config, embedding_mask_entry, "ctnn::embedding has no masks (Keras's mask changes what the layers after it compute)");
  const embedding_arguments arguments{option_traits<int>::read(config, "input_dim"), option_traits<int>::read(config, "output_dim")};
  require_rules(embedding_rules, arguments, inputs[0], held_entries(config, {"input_dim", "output_dim"}));
  return {"ctnn::embedding<" + std::to_string(arguments.input_dim) + ", " + std::to_string(arguments.output_dim) + ">",
          embedding_output(arguments.output_dim, inputs[0], extents(inputs[0].size() + 1))};
}
template <class Config = config_reader>
inline constexpr layer_kind embedding_kind{"Embedding", 1, read_embedding<Config>};

}  // namespace keras

}  // namespace ctnn

// The layer's reference kernel, so that this header is all a model of it needs; last, because
// the kernel's header includes this one (which #pragma once then skips).
#include "ctnn/reference/embedding.hpp"
