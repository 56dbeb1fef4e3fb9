// tests/support/isolated_child.hpp: the isolated load's caller side (collect_isolated_result)
// against a child that is not ctnn-keras-worker: a fork of the test running `body(channel)`, which
// sends what the test wants the caller to see (lies, floods, hangs, dies). The child runs no HDF5
// and no allocation-heavy code, so a fork from the test process is safe here.
#pragma once

#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstddef>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include <ctnn/io/detail/isolated_process.hpp>
#include <ctnn/io/isolated_load.hpp>

namespace ctnn_test {

/// Runs `body(channel_fd)` in a forked child (its stdout and stderr the caller's diagnostics
/// pipe) and collects what it sends as the isolated load collects a worker's result, returning
/// its weights; `body` must end the child with _exit.
template <class Body>
std::vector<float> run_isolated_child(const ctnn::keras::detail::model_facts& model, const std::string& where,
                                      std::chrono::milliseconds time_limit, std::size_t memory_limit, Body&& body) {
  namespace detail = ctnn::keras::detail;
  auto [channel, child_channel] = detail::make_channel(where + "isolated load");
  auto [diagnostics_in, diagnostics_out] = detail::make_pipe(where + "isolated load");
  const auto deadline = std::chrono::steady_clock::now() + time_limit;
  const pid_t pid = ::fork();
  if (pid < 0) throw std::system_error(errno, std::generic_category(), where + "fork");
  if (pid == 0) {
    channel.reset();
    diagnostics_in.reset();
    ::dup2(diagnostics_out.get(), STDOUT_FILENO);
    ::dup2(diagnostics_out.get(), STDERR_FILENO);
    // A crash must end the child with its signal, not run the test framework's or a sanitizer's handler.
    for (const int crash : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS, SIGPIPE}) ::signal(crash, SIG_DFL);
    body(child_channel.get());
    ::_exit(3);
  }
  detail::reader_process child(pid);
  child_channel.reset();
  diagnostics_out.reset();
  return detail::collect_isolated_result(model, where, child, std::move(channel), std::move(diagnostics_in), {}, deadline,
                                         time_limit, memory_limit)
      .weights;
}

}  // namespace ctnn_test
