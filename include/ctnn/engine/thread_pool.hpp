// ctnn/engine/thread_pool.hpp: the threads that run a batch's tiles in parallel, and the memory
// each of them works in.
#pragma once

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#if defined(__SSE2__)
#include <immintrin.h>
#endif

namespace ctnn::engine {

/// The threads the hardware runs at once (std::thread::hardware_concurrency()), read once; 1
/// where the standard library cannot tell (it returns 0). No job runs on more threads than this,
/// and the pool never holds more than this many threads less one.
inline unsigned hardware_threads() {
  static const unsigned count = std::max(1u, std::thread::hardware_concurrency());
  return count;
}

/// The threads a job asking for `threads` runs on: at least 1, at most hardware_threads().
inline unsigned usable_threads(unsigned threads) { return std::min(std::max(threads, 1u), hardware_threads()); }

/// The calling thread's working memory for the fused pass, shared by every model: it grows to
/// the largest size asked for and is then reused, so a steady stream of predict calls allocates
/// nothing.
inline float* thread_arena(std::size_t floats) {
  thread_local std::vector<float> arena;
  if (arena.size() < floats) arena.resize(floats);
  return arena.data();
}

/// A process-wide pool of worker threads that independent jobs share. A job is a plain function
/// pointer, a context and a task count, described on its caller's stack; its tasks are handed out
/// by one atomic counter, to its caller and to the workers that join it. Running a job allocates
/// nothing once the pool has its threads and they have their arenas.
///
/// - The caller always works on its own job, so it never waits while its job has tasks left, and
///   no job waits for another: a job that finds every worker busy runs on its caller alone.
/// - Open jobs (tasks left, fewer helpers than asked) wait in a queue; an idle worker joins the
///   oldest. The pool grows to the helpers that the jobs open at once ask for, at most
///   hardware_threads() - 1 threads, which live as long as the process (as OpenMP's and oneDNN's
///   do): a thread started per job would cost more than most jobs.
/// - Every worker's arena is sized to the largest job seen before that job's first task runs,
///   so which worker joins which job never decides whether a call allocates. The memory the
///   pool holds is therefore at most (hardware_threads() - 1) x the largest model's arena.
class thread_pool {
 public:
  using task_function = void (*)(void* context, std::size_t task, float* arena);

  static thread_pool& instance() {
    static thread_pool pool;
    return pool;
  }

  /// Runs task(context, i, arena) for every i in [0, tasks) on at most `threads` threads (capped
  /// at hardware_threads()), the calling thread included, each with an arena of `arena_floats`,
  /// and returns when all are done. The first exception a task throws stops the job's remaining
  /// tasks and is rethrown here, after every thread has left the job; other jobs go on.
  void run(std::size_t tasks, unsigned threads, std::size_t arena_floats, task_function task, void* context) {
    if (tasks == 0) return;
    const unsigned most = usable_threads(threads);
    const unsigned helpers = unsigned(std::min<std::size_t>(most, tasks)) - 1;
    if (helpers == 0) {
      float* arena = thread_arena(arena_floats);
      for (std::size_t i = 0; i < tasks; ++i) task(context, i, arena);
      return;
    }
    job j{task, context, tasks, arena_floats, helpers};
    {
      std::unique_lock<std::mutex> lock(mutex_);
      if (arena_floats > arena_floats_) grow_arenas(lock, arena_floats);
      // Threads first: if one cannot start, the exception leaves no job of this frame queued.
      const std::size_t wanted = std::min<std::size_t>(busy_ + demand_ + helpers, hardware_threads() - 1);
      while (workers_.size() < wanted) workers_.emplace_back([this, floats = arena_floats_, epoch = arena_epoch_] { work(floats, epoch); });
      open(j);
    }
    for (unsigned i = 0; i < helpers; ++i) wake_.notify_one();
    drain(j);
    std::unique_lock<std::mutex> lock(mutex_);
    if (j.queued) close(j);
    if (j.active.load() != 0) {
      // A helper is finishing its last task: the tasks of a sample split over threads take tens of
      // microseconds, about what a sleeping thread takes to be woken, so spin a little first.
      lock.unlock();
      spin_until([&] { return j.active.load() == 0; });
      lock.lock();
      left_.wait(lock, [&] { return j.active.load() == 0; });
    }
    if (j.failure) std::rethrow_exception(j.failure);
  }

  /// Worker threads the pool holds now (at most hardware_threads() - 1).
  std::size_t worker_count() {
    const std::lock_guard<std::mutex> lock(mutex_);
    return workers_.size();
  }

  ~thread_pool() {
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
      signals_.fetch_add(1);
    }
    wake_.notify_all();
    for (std::thread& worker : workers_) worker.join();
  }

 private:
  /// One run() call: on its caller's stack, linked into the queue while it is open.
  struct job {
    job(task_function t, void* c, std::size_t count, std::size_t floats, unsigned helpers)
        : task(t), context(c), tasks(count), arena_floats(floats), slots(helpers) {}
    task_function task;
    void* context;
    std::size_t tasks, arena_floats;
    unsigned slots;  ///< helpers it may still take
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> active{0};  ///< workers in it now (changed under mutex_)
    std::exception_ptr failure;
    job *before = nullptr, *after = nullptr;
    bool queued = false;
  };

  thread_pool() = default;

  /// Spins while !done(), for at most about spin_time: an idle worker watches for the next job,
  /// and a caller for its helpers, before they sleep; a sleeping thread takes tens of
  /// microseconds to wake, as long as a whole share of some steps.
  static constexpr auto spin_time = std::chrono::microseconds(200);
  template <class Done>
  static void spin_until(Done done) {
    const auto until = std::chrono::steady_clock::now() + spin_time;
    for (unsigned i = 1; !done(); ++i) {
#if defined(__SSE2__)
      _mm_pause();
#elif defined(__aarch64__)
      asm volatile("yield");
#endif
      if (i % 64 == 0 && std::chrono::steady_clock::now() > until) return;
    }
  }

  // ---- The queue of open jobs (under mutex_) -------------------------------------------------
  void open(job& j) {
    j.before = last_;
    (last_ != nullptr ? last_->after : first_) = &j;
    last_ = &j;
    j.queued = true;
    demand_ += j.slots;
    signals_.fetch_add(1);
  }
  void close(job& j) {
    (j.before != nullptr ? j.before->after : first_) = j.after;
    (j.after != nullptr ? j.after->before : last_) = j.before;
    j.queued = false;
    demand_ -= j.slots;
  }

  /// Makes every worker size its arena to `floats` before any job of that size runs, and waits
  /// for it: this happens only when a job larger than every earlier one comes (warm-up).
  void grow_arenas(std::unique_lock<std::mutex>& lock, std::size_t floats) {
    arena_floats_ = floats;
    const std::size_t epoch = ++arena_epoch_;
    sized_ = 0;
    signals_.fetch_add(1);
    wake_.notify_all();
    left_.wait(lock, [&] { return arena_epoch_ != epoch || sized_ == workers_.size(); });
  }

  /// One more worker has its arena at arena_floats_ (under mutex_).
  void count_sized() {
    if (++sized_ == workers_.size()) left_.notify_all();
  }

  /// Takes tasks of j until none is left; on an exception, keeps the first and ends j's tasks.
  void drain(job& j) noexcept {
    try {
      float* arena = thread_arena(j.arena_floats);
      for (std::size_t i = j.next.fetch_add(1); i < j.tasks; i = j.next.fetch_add(1)) j.task(j.context, i, arena);
    } catch (...) {
      j.next.store(j.tasks);
      const std::lock_guard<std::mutex> lock(mutex_);
      if (!j.failure) j.failure = std::current_exception();
    }
  }

  void work(std::size_t floats, std::size_t epoch) {
    thread_arena(floats);
    std::unique_lock<std::mutex> lock(mutex_);
    std::size_t sized_epoch = epoch;
    if (sized_epoch == arena_epoch_) count_sized();
    for (;;) {
      auto has_work = [&] { return stopping_ || sized_epoch != arena_epoch_ || first_ != nullptr; };
      if (!has_work()) {
        const std::size_t seen = signals_.load();
        lock.unlock();
        spin_until([&] { return signals_.load() != seen; });
        lock.lock();
      }
      wake_.wait(lock, has_work);
      if (stopping_) return;
      if (sized_epoch != arena_epoch_) {
        const std::size_t target = arena_floats_, seen = arena_epoch_;
        lock.unlock();
        thread_arena(target);
        lock.lock();
        sized_epoch = seen;
        if (seen == arena_epoch_) count_sized();
        continue;
      }
      job& j = *first_;
      if (j.next.load() >= j.tasks) {  // its caller has taken the last task: nothing to help with
        close(j);
        continue;
      }
      --j.slots;
      --demand_;
      if (j.slots == 0) close(j);
      ++j.active;
      ++busy_;
      lock.unlock();
      drain(j);
      lock.lock();
      --busy_;
      if (--j.active == 0) left_.notify_all();
    }
  }

  std::mutex mutex_;
  std::condition_variable wake_;  ///< workers: a job is open, the arenas grow, or the pool stops
  std::condition_variable left_;  ///< callers: the last worker left a job, or the arenas have grown
  std::vector<std::thread> workers_;
  job *first_ = nullptr, *last_ = nullptr;
  std::size_t demand_ = 0;  ///< helpers the open jobs still ask for
  std::size_t busy_ = 0;    ///< workers inside a job
  std::size_t arena_floats_ = 0, arena_epoch_ = 0, sized_ = 0;
  std::atomic<std::size_t> signals_{0};  ///< jobs opened, arena growths, the stop: what a spinning worker watches
  bool stopping_ = false;
};

}  // namespace ctnn::engine
