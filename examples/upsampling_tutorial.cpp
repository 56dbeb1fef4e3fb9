// The upsampling tutorial (Keras: UpSampling2D and Conv2DTranspose in GAN generators), cell by
// cell, in C++. Each block prints what the notebook prints; the layer names passed to summary()
// are the ones the notebook's Keras session gave its layers, so the tables read the same.
#include <ctnn/ctnn.hpp>

#include <cmath>
#include <iostream>

using namespace ctnn;

int main() {
  // In [5]: X = np.array([[1, 2], [3, 4]]).reshape((1, 2, 2, 1))
  const tensor<shape<2, 2, 1>> X(1, {1, 2, 3, 4});

  // In [6]: model = Sequential(); model.add(UpSampling2D(input_shape=(2, 2, 1))); model.summary()
  using upsampling_model = sequential<input<2, 2, 1>, upsampling2d<>>;
  std::cout << upsampling_model::summary("sequential_1", {"up_sampling2d"}) << "\n";

  // In [7]: yhat = model.predict(X); yhat
  const upsampling_model model;
  const auto yhat = model.predict(X);
  std::cout << numpy_repr(yhat) << "\n\n";

  // In [8]: print(yhat.reshape((4, 4)))
  std::cout << numpy_str(yhat.values(), {4, 4}) << "\n\n";

  // model.add(UpSampling2D(size=(2, 3))) and model.add(UpSampling2D(interpolation='bilinear')):
  // the shapes follow at compile time.
  using grown = sequential<input<2, 2, 1>, upsampling2d<>, upsampling2d<upsampling2d_opts{.size = {2, 3}}>,
                           upsampling2d<upsampling2d_opts{.interpolation = interpolation::bilinear}>>;
  static_assert(grown::output_shape == shape<16, 24, 1>{});
  std::cout << "with size=(2, 3) and a bilinear UpSampling2D added: output " << grown::output_shape_type::to_keras_string()
            << "\n";
  // (not in the notebook) bilinear on X: TF2's half-pixel centres.
  using bilinear = sequential<input<2, 2, 1>, upsampling2d<upsampling2d_opts{.interpolation = interpolation::bilinear}>>;
  std::cout << numpy_str(bilinear{}.predict(X).values(), {4, 4}) << "\n\n";

  // In [11]: Dense(128 * 5 * 5, input_dim=100), Reshape((5, 5, 128)), UpSampling2D(),
  //          Conv2D(1, (3, 3), padding='same'); model.summary()
  using upsampling_generator = sequential<input<100>, dense<128 * 5 * 5>, reshape<5, 5, 128>, upsampling2d<>,
                                          conv2d<conv2d_opts{.filters = 1, .kernel_size = {3, 3}, .padding = padding::same}>>;
  static_assert(upsampling_generator::output_shape == shape<10, 10, 1>{});
  static_assert(upsampling_generator::param_count == 324'353);
  std::cout << upsampling_generator::summary("sequential_4", {"dense_2", "reshape_1", "up_sampling2d_2", "conv2d_1"})
            << "\n";

  // In [14]: Conv2DTranspose(1, (1, 1), strides=(2, 2), input_shape=(2, 2, 1)); model.summary()
  using transpose_model =
      sequential<input<2, 2, 1>, conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = {1, 1}, .strides = {2, 2}}>>;
  std::cout << transpose_model::summary("sequential_6", {"conv2d_transpose"}) << "\n";

  // In [16]: model.set_weights([np.asarray([[[[1]]]]), np.asarray([0])])
  transpose_model transpose;
  transpose.set_weights({{1.0f}, {0.0f}});
  // In [17], In [19]: yhat = model.predict(X); print(yhat.reshape((4, 4)))
  std::cout << numpy_str(transpose.predict(X).values(), {4, 4}) << "\n\n";

  // In [22]: Dense(128 * 5 * 5, input_dim=100), Reshape((5, 5, 128)),
  //          Conv2DTranspose(1, (3, 3), strides=(2, 2), padding='same'); model.summary()
  using transpose_generator =
      sequential<input<100>, dense<128 * 5 * 5>, reshape<5, 5, 128>,
                 conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = {3, 3}, .strides = {2, 2}, .padding = padding::same}>>;
  static_assert(transpose_generator::output_shape == shape<10, 10, 1>{});
  std::cout << transpose_generator::summary("sequential_9", {"dense_5", "reshape_3", "conv2d_transpose_2"}) << "\n";

  // Both generators at work (not in the notebook): Keras's initial weights drawn from seed 1, a
  // latent point drawn from seed 2, one 10x10 image each, shown to three decimals.
  tensor<shape<100>> latent(1);
  fill_uniform(latent.values(), 2, 1.0f);
  upsampling_generator g1;
  g1.initialize(1);
  transpose_generator g2;
  g2.initialize(1);
  auto rounded = [](auto image) {
    for (float& v : image.values()) v = std::round(v * 1000.0f) / 1000.0f + 0.0f;  // + 0 turns -0 into 0
    return image;
  };
  std::cout << "UpSampling2D generator, image for one latent point:\n"
            << numpy_str(rounded(g1.predict(latent)).values(), {10, 10}) << "\n\n";
  std::cout << "Conv2DTranspose generator, image for the same point:\n"
            << numpy_str(rounded(g2.predict(latent)).values(), {10, 10}) << "\n";
}
