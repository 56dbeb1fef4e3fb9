// The header ctnn-keras-type writes without --namespace compiles beside `using namespace ctnn;`:
// the functional model's values (named after the file's layers: dense, batch_normalization, ...)
// sit in cgan_layers, so `dense<2>` below is ctnn::dense, and the type loads its file.
#include <ctnn/ctnn.hpp>
#include <ctnn/io/keras.hpp>

#include "cgan_default_namespace.hpp"  // ctnn-keras-type keras_files/cgan_nested_keras3.keras --name cgan

#include <catch2/catch.hpp>

using namespace ctnn;

namespace {
using other = sequential<input<4>, dense<2>>;  // ctnn::dense, not the generated value 'dense'
static_assert(other::param_count == 10);
static_assert(cgan::param_count == 38);
static_assert(std::is_same_v<cgan::input_tensor_at<1>, tensor<shape<2>>>);
}  // namespace

TEST_CASE("keras_type: the header written without --namespace puts no layer names in the global namespace", "[keras][type]") {
  cgan model;
  ctnn::keras::load(model, std::filesystem::path(CTNN_KERAS_FILES_DIR) / "cgan_nested_keras3.keras");
  CHECK(model.parameters()[0] == -0.625f);  // make_keras3_files.py's first kernel value
  CHECK(model.predict(cgan::input_tensor_at<0>(2), cgan::input_tensor_at<1>(2)).batch_size() == 2);
}
