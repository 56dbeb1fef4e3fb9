// ctnn/detail/weights_lock.hpp: what makes a model's weights safe to change while other threads
// predict with them (docs/layers.md, "Threads").
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>

namespace ctnn::detail {

/// @brief A readers-writer lock that a waiting writer goes first through: predict calls share it
/// (one atomic compare-and-swap and one decrement each, no allocation, no system call while no
/// writer waits), a change of the weights (set_weights, set_weights_flat, initialize, and so a
/// Keras load) has it alone, waiting for the predicts running and keeping new ones waiting, so
/// that a stream of predicts never starves a load. Not recursive.
class weights_lock {
 public:
  weights_lock() = default;
  weights_lock(const weights_lock&) = delete;
  weights_lock& operator=(const weights_lock&) = delete;

  void lock_shared() noexcept {
    std::uint32_t state = state_.load(std::memory_order_relaxed);
    for (;;) {
      if ((state & writer) != 0) {
        state_.wait(state, std::memory_order_relaxed);
        state = state_.load(std::memory_order_relaxed);
      } else if (state_.compare_exchange_weak(state, state + 1, std::memory_order_acquire, std::memory_order_relaxed)) {
        return;
      }
    }
  }
  void unlock_shared() noexcept {
    // The last reader out, with a writer waiting: it wakes the writer.
    if (state_.fetch_sub(1, std::memory_order_release) - 1 == writer) state_.notify_all();
  }

  void lock() {
    writers_.lock();  // one writer at a time; the others wait here
    std::uint32_t state = state_.fetch_or(writer, std::memory_order_acquire) | writer;
    while (state != writer) {  // readers still running
      state_.wait(state, std::memory_order_acquire);
      state = state_.load(std::memory_order_acquire);
    }
  }
  void unlock() noexcept {
    state_.fetch_and(~writer, std::memory_order_release);
    state_.notify_all();
    writers_.unlock();
  }

  /// Held shared for the guard's lifetime.
  class shared_guard {
   public:
    explicit shared_guard(weights_lock& lock) noexcept : lock_(lock) { lock_.lock_shared(); }
    shared_guard(const shared_guard&) = delete;
    shared_guard& operator=(const shared_guard&) = delete;
    ~shared_guard() { lock_.unlock_shared(); }

   private:
    weights_lock& lock_;
  };

 private:
  static constexpr std::uint32_t writer = std::uint32_t{1} << 31;  // a writer holds the lock or waits for it
  std::atomic<std::uint32_t> state_{0};                           // the writer bit and the readers' count
  std::mutex writers_;
};

}  // namespace ctnn::detail
