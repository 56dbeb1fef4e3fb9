// ctnn/engine/thread_pool.hpp: the threads that run a batch's tiles in parallel, and the memory
// each of them works in.
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace ctnn::engine {

/// The calling thread's working memory for the fused pass, shared by every model: it grows to
/// the largest size asked for and is then reused, so a steady stream of predict calls allocates
/// nothing.
inline float* thread_arena(std::size_t floats) {
  thread_local std::vector<float> arena;
  if (arena.size() < floats) arena.resize(floats);
  return arena.data();
}

/// A process-wide pool of worker threads, started on first use and grown to the largest thread
/// count ever asked for. A job is a plain function pointer and a context, and its tasks are
/// handed out by one atomic counter: running a job allocates nothing once every thread's arena
/// has its size.
class thread_pool {
 public:
  using task_function = void (*)(void* context, std::size_t task, float* arena);

  static thread_pool& instance() {
    static thread_pool pool;
    return pool;
  }

  /// Runs task(context, i, arena) for every i in [0, tasks) on at most `threads` threads, the
  /// calling thread included, each with an arena of `arena_floats`, and returns when all are done.
  /// Every thread of the job sizes its arena first, whether it gets a task or not, so that the
  /// next job of that size allocates nothing. The first exception a task throws stops the
  /// remaining tasks and is rethrown here, after every thread has left the job. One job at a
  /// time: concurrent callers wait.
  void run(std::size_t tasks, unsigned threads, std::size_t arena_floats, task_function task, void* context) {
    if (tasks == 0) return;
    const unsigned helpers = unsigned(std::min<std::size_t>(std::max(threads, 1u), tasks)) - 1;
    if (helpers == 0) {
      float* arena = thread_arena(arena_floats);
      for (std::size_t i = 0; i < tasks; ++i) task(context, i, arena);
      return;
    }
    const std::lock_guard<std::mutex> one_job(job_mutex_);
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      while (workers_.size() < helpers) workers_.emplace_back([this, id = workers_.size()] { work(id); });
      task_ = task;
      context_ = context;
      tasks_ = tasks;
      arena_floats_ = arena_floats;
      next_.store(0);
      failure_ = nullptr;
      helpers_ = helpers;
      busy_ = helpers;
      ++generation_;
    }
    wake_.notify_all();
    drain();
    std::unique_lock<std::mutex> lock(mutex_);
    done_.wait(lock, [this] { return busy_ == 0; });
    if (failure_) std::rethrow_exception(failure_);
  }

  ~thread_pool() {
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_all();
    for (std::thread& worker : workers_) worker.join();
  }

 private:
  thread_pool() = default;

  /// Takes tasks until none is left; on an exception, keeps the first and ends the job's tasks.
  void drain() noexcept {
    try {
      float* arena = thread_arena(arena_floats_);
      for (std::size_t i = next_.fetch_add(1); i < tasks_; i = next_.fetch_add(1)) task_(context_, i, arena);
    } catch (...) {
      next_.store(tasks_);
      const std::lock_guard<std::mutex> lock(mutex_);
      if (!failure_) failure_ = std::current_exception();
    }
  }

  void work(std::size_t id) {
    std::size_t seen = 0;
    for (;;) {
      {
        std::unique_lock<std::mutex> lock(mutex_);
        wake_.wait(lock, [&] { return stopping_ || (generation_ != seen && id < helpers_); });
        if (stopping_) return;
        seen = generation_;
      }
      drain();
      const std::lock_guard<std::mutex> lock(mutex_);
      if (--busy_ == 0) done_.notify_one();
    }
  }

  std::mutex job_mutex_, mutex_;
  std::condition_variable wake_, done_;
  std::vector<std::thread> workers_;
  task_function task_ = nullptr;
  void* context_ = nullptr;
  std::size_t tasks_ = 0, arena_floats_ = 0;
  std::atomic<std::size_t> next_{0};
  std::exception_ptr failure_;
  std::size_t helpers_ = 0, busy_ = 0, generation_ = 0;
  bool stopping_ = false;
};

}  // namespace ctnn::engine
