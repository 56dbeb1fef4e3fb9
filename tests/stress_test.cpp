// predict under load: 8 threads calling predict at once on four models (half of them with
// threads{2}, so that their jobs meet in the pool, one model large enough for the threads to split
// its samples), thousands of calls, each result bit for bit
// the single-threaded one; a watchdog that fails the run instead of hanging on a deadlock; no
// allocation once every thread and the pool have warmed up (where operator new can be counted:
// not under the sanitizers, which replace it themselves). Also: thread counts are capped at the
// hardware's, and a job's exception reaches its own caller while other jobs go on.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <span>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

#include "../bench/bench_models.hpp"

#if defined(CTNN_COUNT_ALLOCATIONS)
#include "support/count_allocations.hpp"
#endif

/// 2,400 calls in all; the sanitizers, which run them 5 (AddressSanitizer) to 15
/// (ThreadSanitizer) times slower, get 1,200 and 320 (tests/CMakeLists.txt): a race or an
/// overflow shows in the first few hundred calls as well.
#if !defined(CTNN_STRESS_CALLS_PER_CALLER)
#define CTNN_STRESS_CALLS_PER_CALLER 300
#endif

namespace {

using namespace ctnn;

// A small conditional generator: two inputs, an embedding, a concatenation, a transposed
// convolution with batch normalization, and a convolution.
namespace conditional {
inline constexpr auto noise = input<8>{};
inline constexpr auto label = input<1>{};
inline constexpr auto noise_planes = noise | dense<4 * 4 * 8>{} | leaky_relu<0.2>{} | reshape<4, 4, 8>{};
inline constexpr auto label_plane = label | embedding<10, 6>{} | dense<16>{} | reshape<4, 4, 1>{};
inline constexpr auto image =
    concatenate{}(noise_planes, label_plane) |
    conv2d_transpose<conv2d_transpose_opts{.filters = 8, .kernel_size = 3, .strides = 2, .padding = padding::same}>{} |
    batch_normalization<>{} | relu<>{} |
    conv2d<conv2d_opts{.filters = 1, .kernel_size = 3, .padding = padding::same, .activation = activation::tanh}>{};
using generator = decltype(functional(inputs(noise, label), image));
}  // namespace conditional

/// A classifier with max pooling and a softmax over its rows.
using classifier = sequential<input<12, 12, 3>, conv2d<conv2d_opts{.filters = 8, .kernel_size = 3, .activation = activation::relu}>,
                              max_pooling2d<>, flatten, dense<10, dense_opts{.activation = activation::softmax}>>;

/// One model at one batch size: its inputs, and the single-threaded result every call must give.
struct workload {
  const void* model = nullptr;
  void (*predict)(const workload&, float* y, unsigned threads) = nullptr;
  std::vector<std::vector<float>> inputs;
  std::size_t batch = 0;
  std::vector<float> expected;
};

template <class Model, std::size_t... K>
void predict_into(const workload& w, float* y, unsigned thread_count, std::index_sequence<K...>) {
  static_cast<const Model*>(w.model)->predict(std::span<const float>(w.inputs[K])...,
                                              std::span<float>(y, w.expected.size()), threads{thread_count});
}

template <class Model>
workload make_workload(const Model& model, std::size_t batch, std::uint64_t seed) {
  workload w;
  w.model = &model;
  w.predict = [](const workload& self, float* y, unsigned t) {
    predict_into<Model>(self, y, t, std::make_index_sequence<Model::input_count>{});
  };
  w.batch = batch;
  detail::for_each_index<Model::input_count>([&](auto k) {
    std::vector<float> x(batch * Model::template input_shape_at<k>::size);
    fill_uniform(x, seed + k, 1.0f);
    if constexpr (k == 1) {  // the conditional generator's label: an index of its table
      for (std::size_t i = 0; i < x.size(); ++i) x[i] = float((seed + i) % 10);
    }
    w.inputs.push_back(std::move(x));
  });
  w.expected.resize(batch * Model::output_shape_type::size);
  w.predict(w, w.expected.data(), 1);
  return w;
}

template <class Model>
Model initialized(std::uint64_t seed) {
  Model model;
  model.initialize(seed);
  return model;
}

/// A thread that is told when to move on: all arrive, then `go` lets them through.
void wait_for(const std::atomic<bool>& go) {
  while (!go.load()) std::this_thread::yield();
}

}  // namespace

TEST_CASE("stress: 8 threads predict at once, bit-identical to one thread, no deadlock, no allocation", "[stress][threads]") {
  constexpr unsigned callers = 8;
  constexpr std::size_t calls_per_caller = CTNN_STRESS_CALLS_PER_CALLER;
  const bench_models::model_d discriminator = initialized<bench_models::model_d>(1);
  const conditional::generator generator = initialized<conditional::generator>(2);
  const classifier classify = initialized<classifier>(3);
  // Batches of one tile, several, and a part tile, of each model.
  std::vector<workload> workloads;
  for (std::size_t batch : {1, 9, 20}) {
    workloads.push_back(make_workload(discriminator, batch, 10 + batch));
    workloads.push_back(make_workload(generator, batch, 20 + batch));
    workloads.push_back(make_workload(classify, batch, 30 + batch));
  }
  // Model C at batch 1: fewer tiles than threads{2} and 139.5 MFLOP a sample, so its callers with
  // two threads split each sample's steps over the pool (a job per step).
  const bench_models::model_c split_generator = initialized<bench_models::model_c>(4);
  workloads.push_back(make_workload(split_generator, 1, 41));
  std::size_t largest = 0;
  for (const workload& w : workloads) largest = std::max(largest, w.expected.size());

  std::atomic<bool> warm{false}, go{false};
  std::atomic<unsigned> warmed{0}, ready{0}, finished{0};
  std::atomic<std::size_t> calls{0}, mismatches{0};
  std::vector<std::thread> threads_;
  for (unsigned t = 0; t < callers; ++t) {
    threads_.emplace_back([&, t] {
      const unsigned use = t < callers / 2 ? 2 : 1;
      std::vector<float> y(largest);
      // Warm-up: every workload once, then on until the pool has grown to this load's size.
      bool counted = false;
      do {
        for (const workload& w : workloads) w.predict(w, y.data(), use);
        if (!counted) warmed.fetch_add(1);
        counted = true;
      } while (!warm.load());
      ready.fetch_add(1);
      wait_for(go);
      for (std::size_t i = 0; i < calls_per_caller; ++i) {
        const workload& w = workloads[(t * 7 + i) % workloads.size()];
        w.predict(w, y.data(), use);
        if (std::memcmp(y.data(), w.expected.data(), w.expected.size() * sizeof(float)) != 0) mismatches.fetch_add(1);
        calls.fetch_add(1);
      }
      finished.fetch_add(1);
    });
  }

  // The pool grows to the helpers the jobs open at once ask for: one per threads{2} caller.
  const std::size_t full_pool = std::min<std::size_t>(engine::hardware_threads() - 1, callers / 2);
  const auto warm_deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (warmed.load() < callers || (engine::thread_pool::instance().worker_count() < full_pool &&
                                     std::chrono::steady_clock::now() < warm_deadline))
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  const bool pool_full = engine::thread_pool::instance().worker_count() == full_pool;
  warm.store(true);
  while (ready.load() < callers) std::this_thread::yield();
#if defined(CTNN_COUNT_ALLOCATIONS)
  const std::size_t allocations_before = allocations.load();
  CHECK(allocations_before > 0);  // the counter counts: the workloads' buffers, the threads
#endif
  const auto start = std::chrono::steady_clock::now();
  go.store(true);

  // The watchdog: a deadlock shows as calls that stop coming; fail the run rather than hang CI.
  std::size_t seen = 0;
  auto last_progress = std::chrono::steady_clock::now();
  while (finished.load() < callers) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (calls.load() != seen) {
      seen = calls.load();
      last_progress = std::chrono::steady_clock::now();
    } else if (std::chrono::steady_clock::now() - last_progress > std::chrono::seconds(60)) {
      std::fprintf(stderr, "stress: no predict call finished for 60 s after %zu calls: deadlock\n", seen);
      std::abort();
    }
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
#if defined(CTNN_COUNT_ALLOCATIONS)
  const std::size_t allocated = allocations.load() - allocations_before;
#endif
  for (std::thread& thread : threads_) thread.join();

  INFO(calls.load() << " calls in " << seconds << " s");
  CHECK(calls.load() == callers * calls_per_caller);
  CHECK(mismatches.load() == 0);
  CHECK(pool_full);
#if defined(CTNN_COUNT_ALLOCATIONS)
  CHECK(allocated == 0);
#endif
}

TEST_CASE("stress: threads{N} runs on at most the hardware's threads, and the pool keeps at most one less", "[stress][threads]") {
  const unsigned hardware = engine::hardware_threads();
  CHECK(threads{1000}.resolve() == hardware);
  CHECK(threads{0}.resolve() == hardware);
  CHECK(threads{1}.resolve() == 1);
  CHECK(threads{hardware + 1}.resolve() == hardware);
  const bench_models::model_d model = initialized<bench_models::model_d>(4);
  bench_models::model_d::input_tensor x(64);
  fill_uniform(x.values(), 5, 1.0f);
  const auto one = model.predict(x, threads{1});
  const auto many = model.predict(x, threads{1000});
  CHECK(std::memcmp(one.data(), many.data(), one.size() * sizeof(float)) == 0);
  CHECK(engine::thread_pool::instance().worker_count() <= hardware - 1);
}

namespace {
struct counting_job {
  std::vector<int> done;
  std::size_t throw_at;
};
void count_task(void* context, std::size_t task, float*) {
  auto& job = *static_cast<counting_job*>(context);
  if (task == job.throw_at) throw std::runtime_error("task " + std::to_string(task));
  job.done[task] = 1;
}
}  // namespace

TEST_CASE("stress: a job's exception reaches its own caller, and a concurrent job completes", "[stress][threads]") {
  constexpr std::size_t tasks = 64, rounds = 200;
  std::atomic<std::size_t> wrong{0};
  auto caller = [&](bool throws) {
    for (std::size_t r = 0; r < rounds; ++r) {
      counting_job job{std::vector<int>(tasks, 0), throws ? r % tasks : tasks};
      try {
        engine::thread_pool::instance().run(tasks, 2, 16, &count_task, &job);
        if (throws || std::count(job.done.begin(), job.done.end(), 1) != std::ptrdiff_t(tasks)) wrong.fetch_add(1);
      } catch (const std::runtime_error& e) {
        if (!throws || std::string(e.what()) != "task " + std::to_string(r % tasks)) wrong.fetch_add(1);
      }
    }
  };
  std::thread thrower(caller, true), worker(caller, false);
  thrower.join();
  worker.join();
  CHECK(wrong.load() == 0);
}

TEST_CASE("stress: weights changed while other threads predict: every result is one weight set's, and the change gets through",
          "[stress][threads]") {
  // Four callers predict without pause while a fifth thread sets the weights, alternating between
  // two sets, as a server that reloads its model would (ctnn::keras::load ends in
  // set_weights_flat). Each result must be exactly one set's, never a mix; the writer, which a
  // waiting-writer-first lock lets through, must make all its changes while the predicts go on.
  constexpr unsigned callers = 4;
  constexpr std::size_t changes = CTNN_STRESS_CALLS_PER_CALLER / 10;
  using model_type = conditional::generator;
  model_type model = initialized<model_type>(5);
  const std::vector<float> first(model.parameters().begin(), model.parameters().end());
  const std::vector<float> second = [] {
    const model_type other = initialized<model_type>(6);
    return std::vector<float>(other.parameters().begin(), other.parameters().end());
  }();
  const workload with_first = make_workload(model, 9, 50);
  model.set_weights_flat(second);
  const std::vector<float> expected_second = make_workload(model, 9, 50).expected;
  model.set_weights_flat(first);
  REQUIRE(with_first.expected != expected_second);

  std::atomic<bool> stop{false};
  std::atomic<std::size_t> calls{0}, mixed{0}, of_first{0}, of_second{0};
  std::vector<std::thread> predictors;
  for (unsigned t = 0; t < callers; ++t) {
    predictors.emplace_back([&, t] {
      std::vector<float> y(with_first.expected.size());
      while (!stop.load()) {
        with_first.predict(with_first, y.data(), t % 2 == 0 ? 2 : 1);
        if (y == with_first.expected) of_first.fetch_add(1);
        else if (y == expected_second) of_second.fetch_add(1);
        else mixed.fetch_add(1);
        calls.fetch_add(1);
      }
    });
  }
  while (calls.load() < callers) std::this_thread::yield();  // every caller under way
  const auto start = std::chrono::steady_clock::now();
  std::thread writer([&] {
    for (std::size_t i = 0; i < changes; ++i) {
      model.set_weights_flat(i % 2 == 0 ? second : first);
      std::this_thread::sleep_for(std::chrono::milliseconds(1));  // predicts run between changes
    }
  });
  writer.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  stop.store(true);
  for (std::thread& thread : predictors) thread.join();
  INFO(calls.load() << " predicts, " << changes << " changes in " << seconds << " s");
  CHECK(mixed.load() == 0);
  CHECK(of_first.load() > 0);
  CHECK(of_second.load() > 0);
  CHECK(seconds < 60.0);  // not starved by the predicts
}
