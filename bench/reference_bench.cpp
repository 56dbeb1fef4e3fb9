// The reference forward path on the tutorial's two generators, per batch size. Items are
// samples: items/s is generated 10x10 images per second. This is the baseline that the fused
// engine is measured against (docs/performance.md).
#include <benchmark/benchmark.h>
#include <ctnn/ctnn.hpp>

using namespace ctnn;

namespace {

using upsampling_generator = sequential<input<100>, dense<128 * 5 * 5>, reshape<5, 5, 128>, upsampling2d<>,
                                        conv2d<conv2d_opts{.filters = 1, .kernel_size = 3, .padding = padding::same}>>;
using transpose_generator =
    sequential<input<100>, dense<128 * 5 * 5>, reshape<5, 5, 128>,
               conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = 3, .strides = 2, .padding = padding::same}>>;

template <class Model>
void reference_path(benchmark::State& state) {
  const auto batch = static_cast<std::size_t>(state.range(0));
  Model model;
  model.initialize(1);
  typename Model::input_tensor x(batch);
  fill_uniform(x.values(), 2, 1.0f);
  typename Model::output_tensor y(batch);
  for (auto _ : state) {
    model.reference_predict(x.data(), y.data(), batch);
    benchmark::DoNotOptimize(y.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * batch));
}

}  // namespace

BENCHMARK(reference_path<upsampling_generator>)->Name("A_upsampling_generator/reference")->Arg(1)->Arg(16)->Arg(64)->Arg(256);
BENCHMARK(reference_path<transpose_generator>)->Name("B_transpose_generator/reference")->Arg(1)->Arg(16)->Arg(64)->Arg(256);

BENCHMARK_MAIN();
