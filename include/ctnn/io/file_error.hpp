// ctnn/io/file_error.hpp: the exception every reader of Keras files throws.
#pragma once

#include <cstddef>
#include <string>

#include "ctnn/weights.hpp"

namespace ctnn::keras {

/// The longest message a file_error carries. A message quotes what the file holds (names,
/// configurations), and a hostile file can make those megabytes long: the middle is cut, keeping
/// the start (file and layer) and the end (expected and found).
inline constexpr std::size_t longest_file_message = 4096;

/// `message`, its middle cut to keep it within longest_file_message characters.
inline std::string bounded_message(std::string message) {
  if (message.size() <= longest_file_message) return message;
  constexpr std::size_t head = longest_file_message * 3 / 4 - 64, tail = longest_file_message / 4 - 64;
  const std::size_t cut = message.size() - head - tail;
  return message.substr(0, head) + " [... " + std::to_string(cut) + " characters cut ...] " + message.substr(message.size() - tail);
}

/// A Keras file that cannot be loaded into the model, and why: the message names the file, the
/// layer (position, Keras name, class) and what was expected and what was found, within
/// longest_file_message characters.
class file_error : public weight_error {
 public:
  explicit file_error(const std::string& message) : weight_error(bounded_message(message)) {}
  explicit file_error(const char* message) : file_error(std::string(message)) {}
};

}  // namespace ctnn::keras
