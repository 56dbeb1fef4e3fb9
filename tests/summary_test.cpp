// summary(): Keras 3's box-drawn table against what rich, the library Keras 3 prints with, draws
// for the same rows (tests/summary_golden/make_keras3_summaries.py): column widths narrowed as rich
// narrows them, long names wrapped within their cell, long connections cut with an ellipsis.
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

#include "keras_models.hpp"
#include "support/keras_file_models.hpp"
#include "support/summary_golden.hpp"

namespace {
using namespace ctnn;

using upsampling_generator =
    sequential<input<100>, dense<128 * 5 * 5>, reshape<5, 5, 128>, upsampling2d<>,
               conv2d<conv2d_opts{.filters = 1, .kernel_size = {3, 3}, .padding = padding::same}>>;

using fmnist_generator = keras_models::fmnist_keras38_generator;  // Keras 3.8's, as its .keras file holds it
}  // namespace

TEST_CASE("summary: Keras 3's table, as rich draws it for Keras 3", "[summary]") {
  const auto golden = ctnn_test::keras3_summaries();
  // A sequential model: no InputLayer row, as Keras 3's Sequential lists none.
  CHECK(upsampling_generator::summary("sequential", summary_style::keras3) == golden.at("upsampling_generator"));
  // A functional chain: Keras 3's short table with its InputLayer (unbracketed), names wrapping.
  CHECK(fmnist_generator::summary("generator",
                                  {"input_layer", "dense", "reshape", "batch_normalization", "leaky_re_lu", "conv2d_transpose",
                                   "batch_normalization_1", "leaky_re_lu_1", "conv2d_transpose_1", "activation"},
                                  summary_style::keras3) == golden.at("fmnist_keras38_generator"));
  // Two inputs: the table with "Connected to", long cells cut with an ellipsis.
  CHECK(keras_file_models::cgan::summary("cgan",
                                         {"noise", "label", "concatenate", "generator_dense", "generator_batch_normalization",
                                          "generator_dense_1"},
                                         summary_style::keras3) == golden.at("cgan"));
}

TEST_CASE("summary: Keras 3's cells: words wrapped at spaces, a word longer than its cell cut", "[summary]") {
  using ctnn::detail::rich_cell_lines;
  CHECK(rich_cell_lines("dense (Dense)", 20, false) == std::vector<std::string>{"dense (Dense)       "});
  CHECK(rich_cell_lines("batch_normalization (BatchNormalization)", 20, false) ==
        std::vector<std::string>{"batch_normalization ", "(BatchNormalization)"});
  CHECK(rich_cell_lines("generator_batch_normalization (BatchNormalization)", 19, false) ==
        std::vector<std::string>{"generator_batch_no\u2026", "(BatchNormalizatio\u2026"});
  CHECK(rich_cell_lines("1,601", 8, true) == std::vector<std::string>{"   1,601"});
  CHECK(rich_cell_lines("a b c", 3, false) == std::vector<std::string>{"a b", "c  "});
}
