// LayerNormalization's and GroupNormalization's Keras configurations in both directions
// (ctnn/layers/keras_config.hpp): what each type expects of a file, what a file's configuration
// (as tf.keras and Keras 3 write it once the layer is built) makes of a layer, and the reasons a
// configuration is refused.
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/io/detail/keras_json_config.hpp>
#include <ctnn/keras_layers.hpp>

#include "support/keras_config_checks.hpp"

using ctnn::keras::extents;
using nlohmann::json;
using namespace keras_config_checks;

TEST_CASE("normalization config: each type reads back from the configuration it expects", "[keras][keras_config][normalization]") {
  using namespace ctnn;
  check_round_trip<layer_normalization<>, shape<8>>(
      "ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = -1, .epsilon = 0.001, .center = true, .scale = true}>");
  check_round_trip<layer_normalization<layer_normalization_opts{.epsilon = 1e-5, .center = false}>, shape<4, 4, 3>>(
      "ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = -1, .epsilon = 1e-05, .center = false, .scale = true}>");
  check_round_trip<layer_normalization<layer_normalization_opts{.axis = {1, 2, 3}, .scale = false}>, shape<4, 4, 3>>(
      "ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = {1, 2, 3}, .epsilon = 0.001, .center = true, .scale = false}>");
  check_round_trip<group_normalization<group_normalization_opts{.groups = 2}>, shape<4, 4, 8>>(
      "ctnn::group_normalization<ctnn::group_normalization_opts{.groups = 2, .epsilon = 0.001, .center = true, .scale = true}>");
  check_round_trip<group_normalization<group_normalization_opts{.groups = -1, .epsilon = 1e-5}>, shape<4, 4, 8>>(
      "ctnn::group_normalization<ctnn::group_normalization_opts{.groups = -1, .epsilon = 1e-05, .center = true, .scale = true}>");
  check_round_trip<group_normalization<>, shape<64>>(
      "ctnn::group_normalization<ctnn::group_normalization_opts{.groups = 32, .epsilon = 0.001, .center = true, .scale = true}>");
}

TEST_CASE("normalization config: the spellings Keras versions write are accepted", "[keras][keras_config][normalization]") {
  using namespace ctnn;
  using last = layer_normalization<>;
  using image = shape<4, 4, 3>;
  // LayerNormalization's axis: Keras 3 writes [-1] once built, tf.keras resolves it ([3] on an
  // image); -1 and 3 are accepted too. tf.keras has no rms_scaling entry.
  for (const json& axis : {json(-1), json(3), json::array({-1}), json::array({3})})
    CHECK(accepts<last, image>({{"axis", axis}, {"epsilon", 0.0010000000474974513}, {"center", true}, {"scale", true}}));
  CHECK_FALSE(accepts<last, image>({{"axis", json::array({1, 2, 3})}, {"epsilon", 1e-3}, {"center", true}, {"scale", true}}));
  CHECK_FALSE(accepts<last, image>({{"axis", -1}, {"epsilon", 1e-3}, {"center", true}, {"scale", true}, {"rms_scaling", true}}));
  using all = layer_normalization<layer_normalization_opts{.axis = {-3, -2, -1}}>;
  for (const json& axis : {json::array({1, 2, 3}), json::array({-3, -2, -1})})
    CHECK(accepts<all, image>({{"axis", axis}, {"epsilon", 1e-3}, {"center", true}, {"scale", true}}));
  CHECK_FALSE(accepts<all, image>({{"axis", json::array({-1})}, {"epsilon", 1e-3}, {"center", true}, {"scale", true}}));

  // GroupNormalization saves groups=-1 resolved to the channels (Keras builds it so); a type with
  // groups = -1 or groups = C accepts both, another number of groups neither.
  using instance = group_normalization<group_normalization_opts{.groups = -1}>;
  using eight = group_normalization<group_normalization_opts{.groups = 8}>;
  using two = group_normalization<group_normalization_opts{.groups = 2}>;
  for (const json& groups : {json(-1), json(8)}) {
    const json config = {{"groups", groups}, {"axis", -1}, {"epsilon", 1e-3}, {"center", true}, {"scale", true}};
    CHECK(accepts<instance, shape<4, 4, 8>>(config));
    CHECK(accepts<eight, shape<4, 4, 8>>(config));
    CHECK_FALSE(accepts<two, shape<4, 4, 8>>(config));
  }
  CHECK(accepts<two, shape<4, 4, 8>>({{"groups", 2}, {"axis", 3}, {"epsilon", 1e-3}, {"center", true}, {"scale", true}}));
}

TEST_CASE("normalization config: a file's configuration becomes the type, or is refused with the reason", "[keras][keras_config][normalization]") {
  // Keras's defaults where entries are left out; the axis list as tf.keras resolves it.
  CHECK(read("LayerNormalization", json::object(), {{10}}).cpp ==
        "ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = -1, .epsilon = 0.001, .center = true, .scale = true}>");
  CHECK(read("LayerNormalization", {{"axis", json::array({3})}, {"epsilon", 1e-6}}, {{4, 4, 3}}).cpp ==
        "ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = -1, .epsilon = 1e-06, .center = true, .scale = true}>");
  CHECK(read("LayerNormalization", {{"axis", json::array({-3, -2, -1})}}, {{4, 4, 3}}).cpp ==
        "ctnn::layer_normalization<ctnn::layer_normalization_opts{.axis = {1, 2, 3}, .epsilon = 0.001, .center = true, .scale = true}>");
  CHECK(read("GroupNormalization", json::object(), {{4, 4, 64}}).cpp ==
        "ctnn::group_normalization<ctnn::group_normalization_opts{.groups = 32, .epsilon = 0.001, .center = true, .scale = true}>");
  CHECK(read("GroupNormalization", {{"groups", -1}, {"axis", 3}}, {{4, 4, 8}}).output == extents{4, 4, 8});

  // A rule of the type, broken by a file's layer: the compile-time message, and the input.
  CHECK(fails("LayerNormalization", {{"axis", json::array({1, 2})}}, {{4, 4, 3}}) ==
        "ctnn::layer_normalization: ctnn normalises over the last axis (axis = -1) or over all the input's axes in order ({1, ..., rank}), "
        "no other set of axes; its input is (None, 4, 4, 3), its axis [1,2]");
  CHECK(fails("LayerNormalization", {{"axis", 0}}, {{4, 4, 3}}) ==
        "ctnn::layer_normalization: an axis is outside the input; Keras counts the batch axis as 0, so the input's axes are 1 to its rank, "
        "or -1 (the last) to -rank; its input is (None, 4, 4, 3), its axis 0");
  CHECK(fails("LayerNormalization", {{"rms_scaling", true}}, {{8}}) ==
        "ctnn::layer_normalization: rms_scaling = true is not supported; ctnn computes LayerNormalization with rms_scaling = false "
        "(Keras's default); its input is (None, 8)");
  CHECK(fails("LayerNormalization", {{"epsilon", 0.0}}, {{8}}) == "ctnn::layer_normalization: epsilon must be positive; its input is (None, 8), its epsilon 0.0");
  CHECK(fails("GroupNormalization", json::object(), {{4, 4, 16}}) ==
        "ctnn::group_normalization: there cannot be more groups than channels (the last axis); its input is (None, 4, 4, 16)");
  CHECK(fails("GroupNormalization", {{"groups", 3}}, {{4, 4, 8}}) ==
        "ctnn::group_normalization: the channels (the last axis) must be a multiple of groups, so that every group holds as many channels; "
        "its input is (None, 4, 4, 8), its groups 3");
  CHECK(fails("GroupNormalization", {{"groups", 0}}, {{4, 4, 8}}) ==
        "ctnn::group_normalization: groups must be positive, or -1 for one group per channel (instance normalization); its input is (None, 4, 4, 8), its groups 0");
  CHECK(fails("GroupNormalization", {{"groups", 2}, {"axis", 1}}, {{4, 4, 8}}) ==
        "ctnn::group_normalization: axis must be the channels, the last axis (-1); ctnn groups no other axis; its input is (None, 4, 4, 8), its groups 2, axis 1");
  CHECK(fails("GroupNormalization", {{"epsilon", 0.0}}, {{4, 4, 8}}) ==
        "ctnn::group_normalization: epsilon must be positive; its input is (None, 4, 4, 8), its epsilon 0.0");
}
