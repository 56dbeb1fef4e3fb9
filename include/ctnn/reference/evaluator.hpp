// ctnn/reference/evaluator.hpp: the reference path of a whole model: each node's reference
// kernel in turn, in position order.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <span>
#include <vector>

#include "ctnn/reference/kernel.hpp"

namespace ctnn::detail {

/// What the evaluator does after node `p` has run, compiled once for every model: copies its
/// values to each output that is it (`output_positions`), then frees its buffer and its inputs'
/// (`inputs_of_p`) where nothing later reads them (`last_reader`).
inline void after_node(std::size_t p, std::span<std::vector<float>> values, std::span<const std::size_t> inputs_of_p,
                       std::span<const std::size_t> last_reader, std::span<const std::size_t> output_positions,
                       std::span<float* const> ys) {
  for (std::size_t k = 0; k < output_positions.size(); ++k)
    if (output_positions[k] == p) std::copy(values[p].begin(), values[p].end(), ys[k]);
  if (last_reader[p] == p) std::vector<float>().swap(values[p]);  // an output no node reads
  for (std::size_t input : inputs_of_p)
    if (last_reader[input] == p) std::vector<float>().swap(values[input]);
}

}  // namespace ctnn::detail

namespace ctnn::reference {

/// `batch` samples of the model whose layout (ctnn/layout.hpp) is `Layout` through every node's
/// reference kernel, with the model's Keras-order `params`: the oracle every faster path is
/// tested against. The inputs (batch samples each) and `ys` (room for batch samples of each
/// output) must not overlap. One buffer per node, released after its last reader; an output is
/// copied out as soon as it is computed.
template <class Layout>
void evaluate(const float* params, const std::array<const float*, Layout::input_count>& inputs,
              const std::array<float*, Layout::output_count>& ys, std::size_t batch) {
  constexpr auto links = Layout::node_links;
  std::array<std::vector<float>, Layout::node_count> values;
  detail::for_each_index<Layout::node_count>([&](auto p) {
    using at = typename Layout::template layer<p>;
    values[p].assign(batch * at::output_shape::size, 0.0f);
    float* target = values[p].data();
    if constexpr (links.arity[p] == 0) {  // a model input
      const float* x = inputs[Layout::input_index(p)];
      std::copy(x, x + batch * at::output_shape::size, target);
    } else {
      std::array<const float*, links.arity[p]> sources{};
      for (std::size_t k = 0; k < sources.size(); ++k) sources[k] = values[links.inputs[p][k]].data();
      run_node<at>(params + Layout::template param_offset<p>, sources.data(), target, batch);
    }
    detail::after_node(p, values, std::span<const std::size_t>(links.inputs[p].data(), links.arity[p]), Layout::last_reader,
                       Layout::output_positions, ys);
  });
}

}  // namespace ctnn::reference
