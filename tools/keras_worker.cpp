// ctnn-keras-worker: reads one Keras file for ctnn::keras::load(model, path, isolation) in a
// process of its own (ctnn/io/isolated_load.hpp says why, ctnn/io/detail/isolated_protocol.hpp what it
// reads and writes). Started by the isolated load with its socket as descriptor 3; run by hand it
// says what it is and exits.
//
// It reads the request to its end (at most largest_isolated_request bytes), limits its own address
// space to what it maps now plus the request's memory limit, refuses to load HDF5 filter plugins,
// reads the file with exactly the checks of the in-process load, sends the checked weights (and
// the names the file gives the model) or the message, and ends with _exit.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include <hdf5.h>

#include <ctnn/io/detail/isolated_protocol.hpp>
#include <ctnn/io/keras.hpp>

namespace {

using ctnn::keras::detail::isolated_result_header;

using ctnn::keras::detail::sanitizer_reserves_address_space;

constexpr int channel = 3;

/// The address space this process maps now, in bytes (Linux: /proc/self/statm); 0 when unknown.
std::size_t mapped_bytes() {
  const int fd = ::open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  char text[64] = {};
  ssize_t got = -1;
  do got = ::read(fd, text, sizeof text - 1);
  while (got < 0 && errno == EINTR);
  ::close(fd);
  std::size_t pages = 0;
  for (ssize_t i = 0; i < got && text[i] >= '0' && text[i] <= '9'; ++i) pages = pages * 10 + static_cast<std::size_t>(text[i] - '0');
  const long page_size = ::sysconf(_SC_PAGESIZE);
  return page_size > 0 ? pages * static_cast<std::size_t>(page_size) : 0;
}

/// Limits the address space to what is mapped now plus `memory_limit`; whether it could.
bool limit_address_space(std::size_t memory_limit) {
  if (sanitizer_reserves_address_space) return false;
  const std::size_t inherited = mapped_bytes();
  if (inherited == 0) return false;
  rlimit limit{};
  ::getrlimit(RLIMIT_AS, &limit);
  const std::size_t total = memory_limit > SIZE_MAX - inherited ? SIZE_MAX : inherited + memory_limit;
  const rlim_t wanted = total >= RLIM_INFINITY ? RLIM_INFINITY - 1 : static_cast<rlim_t>(total);
  if (limit.rlim_max == RLIM_INFINITY || wanted < limit.rlim_max) limit.rlim_max = wanted;
  limit.rlim_cur = limit.rlim_max;
  return ::setrlimit(RLIMIT_AS, &limit) == 0;
}

bool send_fully(const void* data, std::size_t bytes) {
  const char* next = static_cast<const char*>(data);
  while (bytes > 0) {
    const ssize_t sent = ::send(channel, next, bytes, MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) return false;
    next += sent;
    bytes -= static_cast<std::size_t>(sent);
  }
  return true;
}

isolated_result_header header;

[[noreturn]] void send_result(std::uint32_t kind, const void* data, std::size_t bytes, std::uint64_t length) {
  header.kind = kind;
  header.length = length;
  const bool sent = send_fully(&header, sizeof header) && send_fully(data, bytes);
  std::fflush(nullptr);
  ::_exit(sent ? 0 : 3);
}

[[noreturn]] void send_message(std::uint32_t kind, const char* text) {
  const std::size_t bytes = std::min(std::strlen(text), ctnn::keras::detail::largest_isolated_message);  // no copy: memory may be short
  send_result(kind, text, bytes, bytes);
}

/// The request, read to its end.
std::vector<char> read_request() {
  std::vector<char> request;
  char buffer[65536];
  for (;;) {
    const ssize_t got = ::read(channel, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw ctnn::keras::detail::malformed_request(std::string("the request cannot be read: ") + std::strerror(errno));
    if (got == 0) return request;
    if (request.size() + static_cast<std::size_t>(got) > ctnn::keras::detail::largest_isolated_request)
      throw ctnn::keras::detail::malformed_request("the request is larger than " +
                                                   std::to_string(ctnn::keras::detail::largest_isolated_request) + " bytes");
    request.insert(request.end(), buffer, buffer + got);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2 || std::string_view(argv[1]) != "--serve-fd=3" || ::fcntl(channel, F_GETFD) < 0) {
    std::fprintf(stderr,
                 "ctnn-keras-worker reads one Keras file for ctnn::keras::load(model, path, isolation) in a process of its "
                 "own; the isolated load starts it. It is not meant to be run by hand.\n");
    return 1;
  }
  std::unique_ptr<ctnn::keras::detail::isolated_job> job;
  try {
    const std::vector<char> request = read_request();
    job = std::make_unique<ctnn::keras::detail::isolated_job>(request);
  } catch (const std::exception& error) {
    send_message(isolated_result_header::setup_error, (std::string("ctnn-keras-worker: ") + error.what()).c_str());
  }
  if (limit_address_space(job->memory_limit)) header.flags |= isolated_result_header::address_space_limited;
  // The loader refuses every filter but HDF5's own before reading; this refuses plugins here too.
  H5PLset_loading_state(0);
  errno = 0;
  try {
    const ctnn::keras::detail::loaded_file file = ctnn::keras::detail::read_keras_file(job->facts, job->path);
    // The weights, then what the file says of the model: its size and its bytes.
    const std::string info = ctnn::keras::detail::write_file_info(file.info);
    const std::uint64_t info_size = info.size();
    header.kind = isolated_result_header::weights;
    header.length = file.weights.size();
    const bool sent = send_fully(&header, sizeof header) && send_fully(file.weights.data(), file.weights.size() * sizeof(float)) &&
                      send_fully(&info_size, sizeof info_size) && send_fully(info.data(), info.size());
    std::fflush(nullptr);
    ::_exit(sent ? 0 : 3);
  } catch (const ctnn::keras::file_error& error) {
    if (errno == ENOMEM) header.flags |= isolated_result_header::allocation_failed;
    send_message(isolated_result_header::loader_error, error.what());
  } catch (const std::bad_alloc&) {
    send_result(isolated_result_header::out_of_memory, nullptr, 0, 0);
  } catch (const std::exception& error) {
    send_message(isolated_result_header::other_exception, error.what());
  } catch (...) {
    send_message(isolated_result_header::other_exception, "an exception that is not a std::exception");
  }
}
