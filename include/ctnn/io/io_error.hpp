// ctnn/io/io_error.hpp: the exception the array and image readers and writers throw
// (ctnn/io/npy.hpp, ctnn/io/image.hpp).
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ctnn {

/// A file that cannot be read or written, and why: the message opens with the function
/// ("ctnn::npy::read_npz"), names the file (and the array or member inside it), and says what was
/// expected and what was found. Messages quote what a file holds (names, headers), so they are cut
/// to at most 4096 characters, keeping the start and the end.
class io_error : public std::runtime_error {
 public:
  explicit io_error(const std::string& message) : std::runtime_error(bounded(message)) {}

  static constexpr std::size_t longest_message = 4096;

 private:
  static std::string bounded(const std::string& message) {
    if (message.size() <= longest_message) return message;
    constexpr std::size_t head = longest_message * 3 / 4 - 64, tail = longest_message / 4 - 64;
    return message.substr(0, head) + " [... " + std::to_string(message.size() - head - tail) + " characters cut ...] " +
           message.substr(message.size() - tail);
  }
};

namespace detail {

/// `text` (a name or header read from a file) in single quotes, fit to print: printable ASCII as
/// it is, a backslash doubled, every other byte as \xNN, and at most `longest` bytes of it.
inline std::string quoted(std::string_view text, std::size_t longest = 200) {
  constexpr char digits[] = "0123456789abcdef";
  std::string out = "'";
  for (std::size_t i = 0; i < text.size() && i < longest; ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\\') {
      out += "\\\\";
    } else if (byte >= 0x20 && byte < 0x7f) {
      out += static_cast<char>(byte);
    } else {
      out += "\\x";
      out += digits[byte >> 4];
      out += digits[byte & 15];
    }
  }
  if (text.size() > longest) out += "...";
  return out + "'";
}

}  // namespace detail
}  // namespace ctnn
