// ctnn/reference/embedding.hpp: reference kernel of ctnn::embedding.
#pragma once

#include <algorithm>
#include <stdexcept>
#include <string>

#include "ctnn/detail/model_support.hpp"
#include "ctnn/layers/embedding.hpp"
#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// y[i, :] = table[x[i], :] for each of the `count` labels in x. A value that is not a label of
/// the table throws: the table is never read out of bounds.
CTNN_REFERENCE_LOOP void embedding(std::size_t count, std::size_t labels, std::size_t width, const float* table,
                                   const float* x, float* y) {
  for (std::size_t i = 0; i < count; ++i) {
    if (!detail::is_label(x[i], labels))
      throw std::out_of_range("ctnn::embedding: the value " + std::to_string(x[i]) +
                              " is not a label of the table: labels are whole numbers 0 to " + std::to_string(labels - 1));
    const float* row = table + static_cast<std::size_t>(x[i]) * width;
    std::copy(row, row + width, y + i * width);
  }
}

template <int InputDim, int OutputDim>
struct kernel<ctnn::embedding<InputDim, OutputDim>> {
  template <class In, class Out>
  static void run(const float* params, const float* x, float* y, std::size_t batch) {
    embedding(batch * In::size, std::size_t(InputDim), std::size_t(OutputDim), params, x, y);
  }
};

}  // namespace ctnn::reference
