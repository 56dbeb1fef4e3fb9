// predict into caller-owned memory allocates nothing in steady state: every operator new of the
// program is counted, and the count must not move across many predict calls, on one thread and
// on two. (Its own executable: replacing the global operator new is a whole-program decision.)
#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>
#include <span>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

#include "../bench/bench_models.hpp"

#include "support/count_allocations.hpp"

namespace {

template <class Model>
std::size_t allocations_in_steady_state(std::size_t batch, unsigned thread_count) {
  const Model model;
  std::vector<float> x(batch * Model::input_shape_type::size, 0.25f), y(batch * Model::output_shape_type::size);
  model.predict(x, y, ctnn::threads{thread_count});  // first call: this thread's arena, the pool's threads
  model.predict(x, y, ctnn::threads{thread_count});
  const std::size_t before = allocations.load();
  for (int i = 0; i < 20; ++i) model.predict(x, y, ctnn::threads{thread_count});
  return allocations.load() - before;
}

/// The same for a model of several inputs (every input 0, a valid label for any embedding).
template <class Model, std::size_t... K>
std::size_t graph_allocations_in_steady_state(std::size_t batch, unsigned thread_count, std::index_sequence<K...>) {
  const Model model;
  const std::vector<float> inputs[] = {std::vector<float>(batch * Model::template input_shape_at<K>::size, 0.0f)...};
  std::vector<float> y(batch * Model::output_shape_type::size);
  auto run = [&] { model.predict(std::span<const float>(inputs[K])..., y, ctnn::threads{thread_count}); };
  run();
  run();
  const std::size_t before = allocations.load();
  for (int i = 0; i < 20; ++i) run();
  return allocations.load() - before;
}

}  // namespace

TEST_CASE("engine: predict into caller memory allocates nothing in steady state", "[engine][allocation]") {
  // The counter counts: making a model allocates its parameters.
  const std::size_t before = allocations.load();
  { const bench_models::model_a model; }
  CHECK(allocations.load() > before);

  CHECK(allocations_in_steady_state<bench_models::model_a>(1, 1) == 0);
  CHECK(allocations_in_steady_state<bench_models::model_b>(16, 1) == 0);
  CHECK(allocations_in_steady_state<bench_models::model_c>(3, 1) == 0);
  CHECK(allocations_in_steady_state<bench_models::model_c>(20, 2) == 0);
  CHECK(allocations_in_steady_state<bench_models::model_d>(64, 2) == 0);
  // A functional graph: two inputs, label checks, an embedding and a concatenation.
  CHECK(graph_allocations_in_steady_state<bench_models::model_e>(3, 1, std::make_index_sequence<2>{}) == 0);
  CHECK(graph_allocations_in_steady_state<bench_models::model_e>(20, 2, std::make_index_sequence<2>{}) == 0);
}
