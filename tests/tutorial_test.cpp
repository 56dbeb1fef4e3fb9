// The facts of the upsampling tutorial (../shared/seed/): both printed arrays, every summary,
// every parameter count, reproduced by ctnn.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>

using namespace ctnn;

namespace {

// In [6]: Sequential([UpSampling2D(input_shape=(2, 2, 1))])
using upsampling_model = sequential<input<2, 2, 1>, upsampling2d<>>;
// In [14]: Sequential([Conv2DTranspose(1, (1, 1), strides=(2, 2), input_shape=(2, 2, 1))])
using transpose_model = sequential<input<2, 2, 1>, conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = {1, 1}, .strides = {2, 2}}>>;
// In [11]: Dense(128 * 5 * 5, input_dim=100), Reshape((5, 5, 128)), UpSampling2D(), Conv2D(1, (3, 3), padding='same')
using upsampling_generator = sequential<input<100>, dense<128 * 5 * 5>, reshape<5, 5, 128>, upsampling2d<>,
                                        conv2d<conv2d_opts{.filters = 1, .kernel_size = {3, 3}, .padding = padding::same}>>;
// In [22]: Dense(128 * 5 * 5, input_dim=100), Reshape((5, 5, 128)), Conv2DTranspose(1, (3, 3), strides=(2, 2), padding='same')
using transpose_generator = sequential<input<100>, dense<128 * 5 * 5>, reshape<5, 5, 128>,
                                       conv2d_transpose<conv2d_transpose_opts{.filters = 1, .kernel_size = {3, 3}, .strides = {2, 2}, .padding = padding::same}>>;
// The cells that add UpSampling2D(size=(2, 3)) and UpSampling2D(interpolation='bilinear').
using grown_model = sequential<input<2, 2, 1>, upsampling2d<>, upsampling2d<upsampling2d_opts{.size = {2, 3}}>,
                               upsampling2d<upsampling2d_opts{.interpolation = interpolation::bilinear}>>;

static_assert(upsampling_model::output_shape == shape<4, 4, 1>{} && upsampling_model::param_count == 0);
static_assert(transpose_model::output_shape == shape<4, 4, 1>{} && transpose_model::param_count == 2);
static_assert(upsampling_generator::output_shape == shape<10, 10, 1>{});
static_assert(upsampling_generator::layer<1>::weights.parameter_count() == 323'200);
static_assert(upsampling_generator::layer<3>::output_shape{} == shape<10, 10, 128>{});
static_assert(upsampling_generator::layer<4>::weights.parameter_count() == 1'153);
static_assert(upsampling_generator::param_count == 324'353 && upsampling_generator::trainable_param_count == 324'353);
static_assert(transpose_generator::output_shape == shape<10, 10, 1>{});
static_assert(transpose_generator::layer<3>::weights.parameter_count() == 1'153);
static_assert(transpose_generator::param_count == 324'353 && transpose_generator::non_trainable_param_count == 0);
static_assert(grown_model::output_shape == shape<16, 24, 1>{});

const tensor<shape<2, 2, 1>> tutorial_input(1, {1, 2, 3, 4});  // X = [[1, 2], [3, 4]].reshape((1, 2, 2, 1))

}  // namespace

TEST_CASE("UpSampling2D doubles rows and columns (In [7], In [8])", "[tutorial]") {
  const upsampling_model model;
  const auto yhat = model.predict(tutorial_input);
  CHECK(numpy_repr(yhat) ==
        "array([[[[1.],\n         [1.],\n         [2.],\n         [2.]],\n\n"
        "        [[1.],\n         [1.],\n         [2.],\n         [2.]],\n\n"
        "        [[3.],\n         [3.],\n         [4.],\n         [4.]],\n\n"
        "        [[3.],\n         [3.],\n         [4.],\n         [4.]]]], dtype=float32)");
  CHECK(numpy_str(yhat.values(), {4, 4}) ==
        "[[1. 1. 2. 2.]\n [1. 1. 2. 2.]\n [3. 3. 4. 4.]\n [3. 3. 4. 4.]]");
}

TEST_CASE("Conv2DTranspose with a 1x1 kernel of weight 1 spaces the input out (In [16] - In [19])", "[tutorial]") {
  transpose_model model;
  model.set_weights({{1.0f}, {0.0f}});  // weights = [np.asarray([[[[1]]]]), np.asarray([0])]
  const auto yhat = model.predict(tutorial_input);
  CHECK(numpy_str(yhat.values(), {4, 4}) ==
        "[[1. 0. 2. 0.]\n [0. 0. 0. 0.]\n [3. 0. 4. 0.]\n [0. 0. 0. 0.]]");
}

TEST_CASE("the generators' summaries are Keras's tables", "[tutorial]") {
  CHECK(upsampling_generator::summary() ==
        "Model: \"sequential\"\n"
        "_________________________________________________________________\n"
        "Layer (type)                 Output Shape              Param #   \n"
        "=================================================================\n"
        "dense (Dense)                (None, 3200)              323200    \n"
        "_________________________________________________________________\n"
        "reshape (Reshape)            (None, 5, 5, 128)         0         \n"
        "_________________________________________________________________\n"
        "up_sampling2d (UpSampling2D) (None, 10, 10, 128)       0         \n"
        "_________________________________________________________________\n"
        "conv2d (Conv2D)              (None, 10, 10, 1)         1153      \n"
        "=================================================================\n"
        "Total params: 324,353\n"
        "Trainable params: 324,353\n"
        "Non-trainable params: 0\n"
        "_________________________________________________________________\n");
  CHECK(transpose_generator::summary() ==
        "Model: \"sequential\"\n"
        "_________________________________________________________________\n"
        "Layer (type)                 Output Shape              Param #   \n"
        "=================================================================\n"
        "dense (Dense)                (None, 3200)              323200    \n"
        "_________________________________________________________________\n"
        "reshape (Reshape)            (None, 5, 5, 128)         0         \n"
        "_________________________________________________________________\n"
        "conv2d_transpose (Conv2DTran (None, 10, 10, 1)         1153      \n"
        "=================================================================\n"
        "Total params: 324,353\n"
        "Trainable params: 324,353\n"
        "Non-trainable params: 0\n"
        "_________________________________________________________________\n");
}

#ifdef CTNN_SEED_TUTORIAL
namespace {

std::string seed_text() {
  std::ifstream file(CTNN_SEED_TUTORIAL);
  REQUIRE(file.good());
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

/// The notebook export dropped Keras's lines of '=' (the rule under the header and above the
/// totals); everything else must stand in the tutorial verbatim.
std::string as_exported(const std::string& summary) {
  std::istringstream lines(summary);
  std::string kept;
  for (std::string line; std::getline(lines, line);)
    if (line.find_first_not_of('=') != std::string::npos) kept += line + "\n";
  return kept;
}

}  // namespace

TEST_CASE("every summary in the tutorial notebook is printed by ctnn, with the notebook's names", "[tutorial][seed]") {
  const std::string seed = seed_text();
  const std::string tables[] = {
      upsampling_model::summary("sequential_1", {"up_sampling2d"}),
      upsampling_generator::summary("sequential_4", {"dense_2", "reshape_1", "up_sampling2d_2", "conv2d_1"}),
      transpose_model::summary("sequential_6", {"conv2d_transpose"}),
      transpose_generator::summary("sequential_9", {"dense_5", "reshape_3", "conv2d_transpose_2"}),
  };
  for (const std::string& table : tables) {
    INFO(as_exported(table));
    CHECK(seed.find(as_exported(table)) != std::string::npos);
  }
}

TEST_CASE("both arrays the tutorial prints are printed by ctnn", "[tutorial][seed]") {
  const std::string seed = seed_text();
  const upsampling_model upsample;
  const auto doubled = upsample.predict(tutorial_input);
  CHECK(seed.find(numpy_repr(doubled) + "\n") != std::string::npos);
  CHECK(seed.find(numpy_str(doubled.values(), {4, 4}) + "\n") != std::string::npos);
  transpose_model transpose;
  transpose.set_weights({{1.0f}, {0.0f}});
  CHECK(seed.find(numpy_str(transpose.predict(tutorial_input).values(), {4, 4}) + "\n") != std::string::npos);
}
#endif
