// ctnn/engine/thread_pool.hpp: the threads that run a batch's tiles in parallel.
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <thread>
#include <vector>

namespace ctnn::engine {

/// A process-wide pool of worker threads, started on first use and grown to the largest thread
/// count ever asked for. A job is a plain function pointer and a context, and its tasks are
/// handed out by one atomic counter: running a job allocates nothing.
class thread_pool {
 public:
  using task_function = void (*)(void* context, std::size_t task);

  static thread_pool& instance() {
    static thread_pool pool;
    return pool;
  }

  /// Runs task(context, i) for every i in [0, tasks) on at most `threads` threads, the calling
  /// thread included, and returns when all are done. One job at a time: concurrent callers wait.
  void run(std::size_t tasks, unsigned threads, task_function task, void* context) {
    if (tasks == 0) return;
    const unsigned helpers = unsigned(std::min<std::size_t>(std::max(threads, 1u), tasks)) - 1;
    if (helpers == 0) {
      for (std::size_t i = 0; i < tasks; ++i) task(context, i);
      return;
    }
    const std::lock_guard<std::mutex> one_job(job_mutex_);
    {
      std::unique_lock<std::mutex> lock(mutex_);
      while (workers_.size() < helpers) workers_.emplace_back([this, id = workers_.size()] { work(id); });
      task_ = task;
      context_ = context;
      tasks_ = tasks;
      next_.store(0);
      helpers_ = helpers;
      busy_ = helpers;
      ++generation_;
    }
    wake_.notify_all();
    drain();
    std::unique_lock<std::mutex> lock(mutex_);
    done_.wait(lock, [this] { return busy_ == 0; });
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

  void drain() {
    for (std::size_t i = next_.fetch_add(1); i < tasks_; i = next_.fetch_add(1)) task_(context_, i);
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
  std::size_t tasks_ = 0;
  std::atomic<std::size_t> next_{0};
  std::size_t helpers_ = 0, busy_ = 0, generation_ = 0;
  bool stopping_ = false;
};

}  // namespace ctnn::engine
