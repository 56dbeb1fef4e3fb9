// The types ctnn-keras-type writes for the real models are exactly the types written by hand
// from their PROVENANCE tables, their static_asserts (shape, stored parameter count) hold, and
// they load their files.
#include <type_traits>

#include <catch2/catch.hpp>
#include <ctnn/io/keras.hpp>

#include "cifar10_discriminator_3formats_keras215_discriminator_h5.hpp"
#include "cifar10_discriminator_3formats_keras215_discriminator_keras.hpp"
#include "face_denoise_conv_keras213_windows_paths_generator_model_keras.hpp"
#include "fmnist_dcgan_convt_bn_selu_discriminator_h5.hpp"
#include "fmnist_dcgan_convt_bn_selu_generator_h5.hpp"
#include "fmnist_dcgan_keras38_native_discriminator_keras.hpp"
#include "fmnist_dcgan_keras38_native_generator_keras.hpp"
#include "fmnist_dcgan_upsampling_discriminator_h5.hpp"
#include "fmnist_dcgan_upsampling_generator_h5.hpp"
#include "fmnist_vae_decoder_cropping2d_keras38_decoder_model_keras.hpp"
#include "mnist_cgan_embedding_keras3_cgan_generator_h5.hpp"
#include "mnist_cgan_embedding_tfkeras_generator_h5.hpp"
#include "mnist_gan_maxpool_keras213_native_descriminator_keras.hpp"
#include "mnist_gan_maxpool_keras213_native_generator_keras.hpp"
#include "keras_models.hpp"

static_assert(std::is_same_v<generated_fmnist_dcgan_upsampling::generator, keras_models::fmnist_upsampling_generator>);
static_assert(std::is_same_v<generated_fmnist_dcgan_upsampling::discriminator, keras_models::fmnist_upsampling_discriminator>);
static_assert(std::is_same_v<generated_fmnist_dcgan_convt_bn_selu::generator, keras_models::fmnist_convt_generator>);
static_assert(std::is_same_v<generated_fmnist_dcgan_convt_bn_selu::discriminator, keras_models::fmnist_convt_discriminator>);
static_assert(std::is_same_v<generated_mnist_cgan_embedding_keras3::generator, keras_models::mnist_cgan_keras3::generator>);
static_assert(std::is_same_v<generated_mnist_cgan_embedding_tfkeras::generator, keras_models::mnist_cgan_tfkeras::generator>);
// Keras 3 and tf.keras 2.13-2.15 archives (.keras): config.json read the same way.
static_assert(std::is_same_v<generated_fmnist_dcgan_keras38_native::generator, keras_models::fmnist_keras38_generator>);
static_assert(std::is_same_v<generated_fmnist_dcgan_keras38_native::discriminator, keras_models::fmnist_keras38_discriminator>);
static_assert(std::is_same_v<generated_mnist_gan_maxpool_keras213_native::generator, keras_models::maxpool_gan_generator>);
static_assert(std::is_same_v<generated_face_denoise_conv_keras213_windows_paths::denoiser, keras_models::face_denoiser>);
static_assert(std::is_same_v<generated_cifar10_discriminator_3formats_keras215::discriminator, keras_models::cifar10_discriminator>);
static_assert(std::is_same_v<generated_cifar10_discriminator_3formats_keras215::discriminator_h5, keras_models::cifar10_discriminator>);
static_assert(std::is_same_v<generated_fmnist_vae_decoder_cropping2d_keras38::decoder, keras_models::vae_decoder>);
static_assert(std::is_same_v<generated_mnist_gan_maxpool_keras213_native::discriminator, keras_models::maxpool_gan_discriminator>);

TEST_CASE("the generated types load their files", "[keras][generator]") {
  const std::filesystem::path models = CTNN_MODELS_DIR;
  generated_fmnist_dcgan_upsampling::generator g;
  CHECK_NOTHROW(ctnn::keras::load_h5(g, models / "fmnist_dcgan_upsampling" / "generator.h5"));
  generated_fmnist_dcgan_convt_bn_selu::discriminator d;
  CHECK_NOTHROW(ctnn::keras::load_h5(d, models / "fmnist_dcgan_convt_bn_selu" / "discriminator.h5"));
  generated_mnist_cgan_embedding_tfkeras::generator cgan;
  CHECK_NOTHROW(ctnn::keras::load_h5(cgan, models / "mnist_cgan_embedding_tfkeras" / "generator.h5"));
  generated_fmnist_dcgan_keras38_native::generator keras3;
  CHECK_NOTHROW(ctnn::keras::load(keras3, models / "fmnist_dcgan_keras38_native" / "generator.keras"));
  generated_fmnist_vae_decoder_cropping2d_keras38::decoder decoder;
  CHECK_NOTHROW(ctnn::keras::load(decoder, models / "fmnist_vae_decoder_cropping2d_keras38" / "decoder_model.keras"));
  generated_mnist_gan_maxpool_keras213_native::discriminator pooled;
  CHECK_NOTHROW(ctnn::keras::load(pooled, models / "mnist_gan_maxpool_keras213_native" / "descriminator.keras"));
}
