// tests/support/summary_golden.hpp: the Keras 3 summary tables of tests/summary_golden/ (drawn by
// rich as Keras 3 draws them, make_keras3_summaries.py), by the name of their block.
#pragma once

#include <fstream>
#include <map>
#include <stdexcept>
#include <string>

namespace ctnn_test {

inline std::map<std::string, std::string> keras3_summaries() {
  std::ifstream in(CTNN_SUMMARY_GOLDEN);
  if (!in) throw std::runtime_error("cannot read " + std::string(CTNN_SUMMARY_GOLDEN));
  std::map<std::string, std::string> blocks;
  std::string* current = nullptr;
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("== ")) {
      current = &blocks[line.substr(3)];
      continue;
    }
    if (current != nullptr) *current += line + "\n";
  }
  return blocks;
}

}  // namespace ctnn_test
