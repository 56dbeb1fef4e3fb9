// ctnn/reference/evaluator.hpp: the reference path of a whole model: each node's reference
// kernel in turn, in position order.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <vector>

#include "ctnn/reference/kernel.hpp"

namespace ctnn::reference {

/// `batch` samples of the model whose layout (ctnn/layout.hpp) is `Layout` through every node's
/// reference kernel, with the model's Keras-order `params`: the oracle every faster path is
/// tested against. The inputs (batch samples each) and `y` (room for batch samples of the
/// output) must not overlap. One buffer per node, released after its last reader.
template <class Layout>
void evaluate(const float* params, const std::array<const float*, Layout::input_count>& inputs, float* y,
              std::size_t batch) {
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
    for (std::size_t k = 0; k < links.arity[p]; ++k)
      if (Layout::last_reader[links.inputs[p][k]] == p) std::vector<float>().swap(values[links.inputs[p][k]]);
  });
  const std::vector<float>& out = values[Layout::output_position];
  std::copy(out.begin(), out.end(), y);
}

}  // namespace ctnn::reference
