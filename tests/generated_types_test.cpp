// The types ctnn-keras-type writes for the real models are exactly the types written by hand
// from their PROVENANCE tables, their static_asserts (shape, stored parameter count) hold, and
// they load their files.
#include <type_traits>

#include <catch2/catch.hpp>
#include <ctnn/io/keras_h5.hpp>

#include "fmnist_dcgan_convt_bn_selu_discriminator.hpp"
#include "fmnist_dcgan_convt_bn_selu_generator.hpp"
#include "fmnist_dcgan_upsampling_discriminator.hpp"
#include "fmnist_dcgan_upsampling_generator.hpp"
#include "mnist_cgan_embedding_keras3_cgan_generator.hpp"
#include "mnist_cgan_embedding_tfkeras_generator.hpp"
#include "keras_models.hpp"

static_assert(std::is_same_v<generated_fmnist_dcgan_upsampling::generator, keras_models::fmnist_upsampling_generator>);
static_assert(std::is_same_v<generated_fmnist_dcgan_upsampling::discriminator, keras_models::fmnist_upsampling_discriminator>);
static_assert(std::is_same_v<generated_fmnist_dcgan_convt_bn_selu::generator, keras_models::fmnist_convt_generator>);
static_assert(std::is_same_v<generated_fmnist_dcgan_convt_bn_selu::discriminator, keras_models::fmnist_convt_discriminator>);
static_assert(std::is_same_v<generated_mnist_cgan_embedding_keras3::generator, keras_models::mnist_cgan_keras3::generator>);
static_assert(std::is_same_v<generated_mnist_cgan_embedding_tfkeras::generator, keras_models::mnist_cgan_tfkeras::generator>);

TEST_CASE("the generated types load their files", "[keras][generator]") {
  const std::filesystem::path models = CTNN_MODELS_DIR;
  generated_fmnist_dcgan_upsampling::generator g;
  CHECK_NOTHROW(ctnn::keras::load_h5(g, models / "fmnist_dcgan_upsampling" / "generator.h5"));
  generated_fmnist_dcgan_convt_bn_selu::discriminator d;
  CHECK_NOTHROW(ctnn::keras::load_h5(d, models / "fmnist_dcgan_convt_bn_selu" / "discriminator.h5"));
  generated_mnist_cgan_embedding_tfkeras::generator cgan;
  CHECK_NOTHROW(ctnn::keras::load_h5(cgan, models / "mnist_cgan_embedding_tfkeras" / "generator.h5"));
}
