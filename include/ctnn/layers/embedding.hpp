// ctnn/layers/embedding.hpp: Keras `Embedding(input_dim, output_dim)`.
#pragma once

#include "ctnn/layers/layer.hpp"

namespace ctnn {

/// Looks each input value up as a row of a table: (..., ) -> (..., output_dim). The input holds
/// labels, whole numbers in [0, input_dim), carried as floats as Keras stores them; any other
/// value is a run-time error (std::out_of_range), never a read outside the table.
/// Parameters: input_dim * output_dim, the table "embeddings" [input_dim, output_dim].
template <int InputDim, int OutputDim>
struct embedding {
  static constexpr std::string_view keras_class = "Embedding";
  static constexpr std::string_view keras_name = "embedding";
  static constexpr int input_dim = InputDim;
  static constexpr int output_dim = OutputDim;

  template <class In>
  static consteval bool check() {
    CTNN_REQUIRE(InputDim > 0, "ctnn::embedding: input_dim (the number of labels) must be positive")
    CTNN_REQUIRE(OutputDim > 0, "ctnn::embedding: output_dim (the length of each label's vector) must be positive")
    return true;
  }
  template <class In>
  static constexpr auto output_dims() {
    std::array<std::size_t, In::rank + 1> dims{};
    for (std::size_t axis = 0; axis < In::rank; ++axis) dims[axis] = In::dims[axis];
    dims[In::rank] = static_cast<std::size_t>(OutputDim);
    return dims;
  }
  template <class In>
  static constexpr weight_list weights() {
    return {{"embeddings", {std::size_t(InputDim), std::size_t(OutputDim)}, true, initializer::uniform_005}};
  }
};

}  // namespace ctnn
