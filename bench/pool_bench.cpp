// Concurrent predict calls and the process-wide thread pool (ctnn/engine/thread_pool.hpp): do
// independent multi-threaded jobs share the pool's workers, or does one job wait for another?
//
// - callers/threads:N: C callers (Google Benchmark threads) each predict the DCGAN discriminator
//   (model D, batch 64: 8 tiles) with threads{N}. Samples/s over all callers. With a pool that
//   runs one job at a time, C x threads{2} gets no more done than C x threads{1}; with shared
//   workers it can, where the machine has cores that one job leaves idle.
// - latency_beside_long_job: one predict of model D (batch 16, threads{2}) while another caller
//   keeps the pool busy with the generator (model C, batch 64, threads{2}). A pool that runs one
//   job at a time makes the short call wait for a whole long one; shared workers do not.
// docs/reliability.md has the results and the commands.
#include <benchmark/benchmark.h>

#include <atomic>
#include <cstdint>
#include <thread>
#include <vector>

#include <ctnn/ctnn.hpp>

#include "bench_models.hpp"

using namespace ctnn;
using namespace bench_models;

namespace {

const model_d& discriminator() {
  static const model_d model = [] {
    model_d m;
    m.initialize(1);
    return m;
  }();
  return model;
}

template <unsigned ThreadsPerCall>
void callers(benchmark::State& state) {
  const auto batch = static_cast<std::size_t>(state.range(0));
  const model_d& model = discriminator();
  model_d::input_tensor x(batch);
  fill_uniform(x.values(), 2 + std::uint64_t(state.thread_index()), 1.0f);
  model_d::output_tensor y(batch);
  for (auto _ : state) {
    model.predict(x.values(), y.values(), threads{ThreadsPerCall});
    benchmark::DoNotOptimize(y.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * batch));
}

void latency_beside_long_job(benchmark::State& state) {
  const model_d& model = discriminator();
  model_d::input_tensor x(16);
  fill_uniform(x.values(), 3, 1.0f);
  model_d::output_tensor y(16);
  model.predict(x.values(), y.values(), threads{2});  // warm: this thread's arena

  std::atomic<bool> stop{false};
  std::thread long_jobs([&] {
    model_c generator;
    generator.initialize(4);
    model_c::input_tensor z(64);
    fill_uniform(z.values(), 5, 1.0f);
    model_c::output_tensor images(64);
    while (!stop.load(std::memory_order_relaxed)) generator.predict(z.values(), images.values(), threads{2});
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));  // the long jobs are running
  for (auto _ : state) {
    model.predict(x.values(), y.values(), threads{2});
    benchmark::DoNotOptimize(y.data());
  }
  stop.store(true);
  long_jobs.join();
}

}  // namespace

BENCHMARK(callers<1>)->Name("callers/threads:1")->ArgName("batch")->Arg(64)->Threads(1)->Threads(4)->UseRealTime();
BENCHMARK(callers<2>)->Name("callers/threads:2")->ArgName("batch")->Arg(64)->Threads(1)->Threads(4)->UseRealTime();
BENCHMARK(latency_beside_long_job)->Name("latency_beside_long_job")->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
