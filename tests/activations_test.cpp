// The inline activations, the activation layers (relu, elu, softmax, prelu), the layers that are
// the identity at inference and rescaling: hand-worked values (docs/layers.md's examples among
// them), the SIMD path against the scalar path bit for bit, and the fused engine's plans.
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/ctnn.hpp>
#include <ctnn/engine/simd.hpp>

using namespace ctnn;

namespace {

template <class Model>
std::vector<float> predict(std::vector<float> x) {
  Model model;
  model.initialize(7);
  const std::size_t batch = x.size() / Model::input_shape_type::size;
  const auto y = model.predict(typename Model::input_tensor(batch, x));
  std::vector<float> reference(y.size());
  model.reference_predict(x.data(), reference.data(), batch);
  const std::vector<float> fused(y.values().begin(), y.values().end());
  for (std::size_t i = 0; i < fused.size(); ++i) CHECK(fused[i] == Approx(reference[i]).margin(1e-6));
  return fused;
}

/// Values that probe every branch: both signs, zero, thresholds, caps, large magnitudes.
const std::vector<float> probes = {-100.0f, -20.0f, -8.0f, -6.0f, -1.5f, -1.0f, -0.5f, -1e-7f, -0.0f, 0.0f, 1e-7f, 0.125f,
                                   0.5f,    1.0f,   1.5f,  2.0f,  5.999f, 6.0f, 6.5f,  8.0f,   20.0f, 100.0f, 1e30f, -1e30f};

/// f on vectors of probes gives, lane by lane, exactly the floats it gives on each probe.
template <class F>
void same_on_vectors(F f) {
  for (std::size_t first = 0; first + engine::lanes <= probes.size(); ++first) {
    engine::vec v{};
    for (std::size_t i = 0; i < engine::lanes; ++i) v[i] = probes[first + i];
    const engine::vec w = f(v);
    for (std::size_t i = 0; i < engine::lanes; ++i) {
      const float scalar = f(probes[first + i]), lane = w[i];
      INFO("x = " << probes[first + i] << ": scalar " << scalar << ", lane " << lane);
      CHECK(std::memcmp(&scalar, &lane, sizeof(float)) == 0);
    }
  }
}

template <activation A>
void same_on_vectors_activation() {
  INFO(keras_name(A));
  same_on_vectors([](auto v) { return activate<A>(v); });
  for (float x : probes) {  // the compile-time path is the run-time one
    const float a = activate<A>(x), b = activate(A, x);
    CHECK(std::memcmp(&a, &b, sizeof(float)) == 0);
  }
}

}  // namespace

TEST_CASE("activations: hand-worked values of the new activations", "[activations]") {
  CHECK(activate(activation::leaky_relu, -2.0f) == Approx(-0.4f));
  CHECK(activate(activation::leaky_relu, 3.0f) == 3.0f);
  CHECK(activate(activation::elu, -1.0f) == Approx(std::exp(-1.0) - 1.0));
  CHECK(activate(activation::elu, 2.0f) == 2.0f);
  CHECK(activate(activation::silu, 1.0f) == Approx(1.0 / (1.0 + std::exp(-1.0))));
  CHECK(activate(activation::silu, -100.0f) == Approx(0.0).margin(1e-30));
  CHECK(activate(activation::gelu, 1.0f) == Approx(0.8413447460685429));   // docs/layers.md
  CHECK(activate(activation::gelu, -1.0f) == Approx(-0.15865525393145707));
  CHECK(activate(activation::softplus, 0.0f) == Approx(std::log(2.0)));
  CHECK(activate(activation::softplus, 100.0f) == 100.0f);                 // no overflow
  CHECK(activate(activation::softplus, -100.0f) == Approx(3.7200759760208356e-44).margin(1e-45));
  CHECK(activate(activation::relu6, 7.5f) == 6.0f);                        // docs/layers.md
  CHECK(activate(activation::relu6, -1.0f) == 0.0f);
  CHECK(activate(activation::relu6, 3.0f) == 3.0f);
  CHECK(activate(activation::softmax, 3.0f) == 3.0f);  // not element-wise: activate_rows does it
  CHECK(!is_elementwise(activation::softmax));
  CHECK(is_elementwise(activation::gelu));
  static_assert(keras_name(activation::silu) == "silu");
  static_assert(keras_alias(activation::silu) == "swish");
  std::array<float, 6> rows{0.0f, 1.0f, 2.0f, 5.0f, 5.0f, 5.0f};
  activate_rows(activation::softmax, rows.data(), 2, 3);
  CHECK(rows[0] == Approx(0.09003057317));
  CHECK(rows[1] == Approx(0.24472847105));
  CHECK(rows[2] == Approx(0.66524095577));
  CHECK(rows[3] == Approx(1.0 / 3));
  activate_rows(activation::tanh, rows.data(), 2, 3);  // element-wise ones: nothing more to do
  CHECK(rows[3] == Approx(1.0 / 3));
}

TEST_CASE("activations: every SIMD path returns exactly what the scalar path returns", "[activations][simd]") {
  same_on_vectors_activation<activation::relu>();
  same_on_vectors_activation<activation::leaky_relu>();
  same_on_vectors_activation<activation::elu>();
  same_on_vectors_activation<activation::silu>();
  same_on_vectors_activation<activation::gelu>();
  same_on_vectors_activation<activation::softplus>();
  same_on_vectors_activation<activation::relu6>();
  same_on_vectors([](auto v) { return relu<>::apply(v); });
  same_on_vectors([](auto v) { return relu<relu_opts{.max_value = 6.0}>::apply(v); });
  same_on_vectors([](auto v) { return relu<relu_opts{.max_value = 1.0, .negative_slope = 0.1, .threshold = 0.5}>::apply(v); });
  same_on_vectors([](auto v) { return relu<relu_opts{.max_value = 0.0, .negative_slope = 0.3}>::apply(v); });
  same_on_vectors([](auto v) { return elu<>::apply(v); });
  same_on_vectors([](auto v) { return elu<0.5>::apply(v); });
  same_on_vectors([](auto v) { return rescaling<1.0 / 127.5, -1.0>::apply(v); });
  // relu<> is activation::relu, elu<> is activation::elu, value for value
  for (float x : probes) {
    CHECK(relu<>::apply(x) == activate(activation::relu, x));
    CHECK(elu<>::apply(x) == activate(activation::elu, x));
  }
  // An element-wise layer as an activation computes what the layer computes, on every path.
  same_on_vectors_activation<activation_of<leaky_relu<0.3>>>();
  same_on_vectors_activation<activation_of<relu<relu_opts{.max_value = 1.0, .negative_slope = 0.1, .threshold = 0.5}>>>();
  same_on_vectors_activation<activation_of<elu<0.5>>>();
  for (float x : probes) CHECK(activate(activation_of<elu<0.5>>, x) == elu<0.5>::apply(x));
}

TEST_CASE("activations: an element-wise layer with settings of its own as a producer's activation", "[activations][engine]") {
  // Kernel [[1, -1, 2], [0, 1, -3]] (2 inputs, 3 units), bias [0, 0, 1]: x = (2, 1) gives the
  // sums (2, -1, 2), x = (-1, 1) gives (-1, 2, -4).
  using leaky = sequential<input<2>, dense<3, dense_opts{.activation = activation_of<leaky_relu<0.3>>}>>;
  using capped = sequential<input<2>, dense<3, dense_opts{.activation = activation_of<relu<relu_opts{.max_value = 1.5, .threshold = 0.5}>>}>>;
  using soft = sequential<input<2>, dense<3, dense_opts{.activation = activation_of<elu<0.5>>}>>;
  CHECK(leaky::plan::describe() == "Dense(1) + LeakyReLU\n");
  const std::vector<float> kernel{1, -1, 2, 0, 1, -3}, bias{0, 0, 1}, x{2, 1, -1, 1};
  auto run = [&]<class Model>(Model model) {
    model.set_weights({kernel, bias});
    const auto y = model.predict(typename Model::input_tensor(2, x));
    std::vector<float> reference(6);
    model.reference_predict(x.data(), reference.data(), 2);
    const std::vector<float> fused(y.values().begin(), y.values().end());
    CHECK(fused == reference);
    return fused;
  };
  CHECK(run(leaky{}) == std::vector<float>{2, -0.3f, 2, -0.3f, 2, -1.2f});
  CHECK(run(capped{}) == std::vector<float>{1.5f, 0, 1.5f, 0, 1.5f, 0});  // x <= 0.5 gives 0, the rest capped at 1.5
  const auto e = run(soft{});  // 0.5 * (exp(x) - 1) below 0
  CHECK(e[1] == Approx(0.5 * std::expm1(-1.0)));
  CHECK(e[5] == Approx(0.5 * std::expm1(-4.0)));
  CHECK(e[0] == 2);
  // On a convolution's vectors (20 filters: whole vectors and a partial one), fused = reference.
  using conv = sequential<input<4, 4, 3>, conv2d<conv2d_opts{.filters = 20, .kernel_size = 3, .activation = activation_of<leaky_relu<0.3>>}>>;
  conv c;
  c.initialize(11);
  std::vector<float> image(2 * 4 * 4 * 3);
  for (std::size_t i = 0; i < image.size(); ++i) image[i] = float(i % 7) - 3.0f;
  const auto y = c.predict(conv::input_tensor(2, image));
  std::vector<float> reference(y.size());
  c.reference_predict(image.data(), reference.data(), 2);
  bool negative = false;
  for (std::size_t i = 0; i < reference.size(); ++i) {
    CHECK(y.values()[i] == Approx(reference[i]).margin(1e-5));
    negative = negative || reference[i] < 0;
  }
  CHECK(negative);  // the slope's branch ran
}

TEST_CASE("activations: the layers' hand-worked values, both paths (docs/layers.md)", "[activations]") {
  // ReLU as Keras computes it: x == threshold takes the negative branch (0)
  using capped = sequential<input<5>, relu<relu_opts{.max_value = 6.0, .negative_slope = 0.5, .threshold = 1.0}>>;
  CHECK(predict<capped>({-1, 0.5f, 1, 2, 8}) == std::vector<float>{-1, -0.25f, 0, 2, 6});
  // Keras's documented examples of keras.activations.relu and layers.ReLU
  CHECK(predict<sequential<input<5>, relu<>>>({-10, -5, 0, 5, 10}) == std::vector<float>{0, 0, 0, 5, 10});
  CHECK(predict<sequential<input<5>, relu<relu_opts{.negative_slope = 0.5}>>>({-10, -5, 0, 5, 10}) ==
        std::vector<float>{-5, -2.5f, 0, 5, 10});
  CHECK(predict<sequential<input<5>, relu<relu_opts{.max_value = 5.0}>>>({-10, -5, 0, 5, 10}) == std::vector<float>{0, 0, 0, 5, 5});
  CHECK(predict<sequential<input<5>, relu<relu_opts{.threshold = 5.0}>>>({-10, -5, 0, 5, 10}) == std::vector<float>{0, 0, 0, 0, 10});

  const auto e = predict<sequential<input<2>, elu<0.5>>>({-1, 2});
  CHECK(e[0] == Approx(-0.316060279));
  CHECK(e[1] == 2.0f);

  const auto s = predict<sequential<input<2, 2>, softmax<1>>>({0, 1, 0, 3});
  CHECK(s[0] == Approx(0.5));
  CHECK(s[1] == Approx(0.119202922));
  CHECK(s[2] == Approx(0.5));
  CHECK(s[3] == Approx(0.880797078));
  const auto last = predict<sequential<input<2, 2>, softmax<>>>({0, 1, 0, 3});
  CHECK(last[0] == Approx(0.268941421));
  CHECK(last[3] == Approx(0.952574127));
  const auto act = predict<sequential<input<2, 2>, activation_layer<activation::softmax>>>({0, 1, 0, 3});
  CHECK(act == last);

  const auto r = predict<sequential<input<3>, rescaling<1.0 / 127.5, -1.0>>>({0, 127.5f, 255});
  CHECK(r[0] == -1.0f);
  CHECK(r[1] == Approx(0.0).margin(1e-6));
  CHECK(r[2] == Approx(1.0));

  using noisy = sequential<input<2, 2, 1>, gaussian_noise<0.1>, spatial_dropout2d<0.2>, gaussian_dropout<0.3>>;
  static_assert(noisy::param_count == 0);
  CHECK(predict<noisy>({1, -2, 3, -4}) == std::vector<float>{1, -2, 3, -4});
}

TEST_CASE("activations: prelu's weights, shapes and values", "[activations][prelu]") {
  using gan = sequential<input<4, 4, 3>, prelu<1, 2>>;
  static_assert(gan::param_count == 3);
  static_assert(gan::weight_layout[0].spec.rank == 3 && gan::weight_layout[0].spec.dims[2] == 3);
  static_assert(sequential<input<4, 4, 3>, prelu<>>::param_count == 48);
  static_assert(sequential<input<4, 4, 3>, prelu<3>>::param_count == 16);
  static_assert(gan::layer<1>::description::keras_name == "p_re_lu");

  using row = sequential<input<2, 3>, prelu<1>>;  // alpha [1, 3]: one per column
  row m;
  m.set_weights({{0.5f, 0.25f, 2.0f}});
  const auto y = m.predict(row::input_tensor(1, {-2, -4, -1, 3, -8, 1}));
  CHECK(std::vector<float>(y.values().begin(), y.values().end()) == std::vector<float>{-1, -1, -2, 3, -2, 1});
  std::vector<float> reference(6);
  const std::vector<float> x{-2, -4, -1, 3, -8, 1};
  m.reference_predict(x.data(), reference.data(), 1);
  CHECK(reference == std::vector<float>{-1, -1, -2, 3, -2, 1});
}

TEST_CASE("activations: a producer's softmax ends its step, and the element-wise layers fuse", "[activations][engine]") {
  using m = sequential<input<4>, dense<5, dense_opts{.activation = activation::softmax}>, leaky_relu<0.2>, dense<3>, relu<relu_opts{.max_value = 6.0}>,
                       gaussian_noise<0.1>, elu<>, rescaling<2.0, 1.0>>;
  CHECK(m::plan::describe() == "Dense(1) + softmax\nreference LeakyReLU(2)\nDense(3) + ReLU(4) + ELU(6) + Rescaling(7)\n");
  using c = sequential<input<3, 3, 2>, conv2d<conv2d_opts{.filters = 4, .kernel_size = 3, .padding = padding::same, .activation = activation::gelu}>,
                       spatial_dropout2d<0.5>, prelu<1, 2>, softmax<>>;
  CHECK(c::plan::describe() == "Conv2D(1) + gelu\nreference PReLU(3)\nreference Softmax(4)\n");
  // The rows of a producer's softmax sum to 1 in both paths, whatever the thread count.
  m model;
  model.initialize(3);
  std::vector<float> x(4 * 37);
  for (std::size_t i = 0; i < x.size(); ++i) x[i] = float(i % 11) * 0.25f - 1.0f;
  const auto one = model.predict(m::input_tensor(37, x), threads{1});
  const auto all = model.predict(m::input_tensor(37, x));
  CHECK(std::memcmp(one.values().data(), all.values().data(), one.size() * sizeof(float)) == 0);
  using probabilities = sequential<input<4>, dense<5, dense_opts{.activation = activation::softmax}>>;
  probabilities p;
  p.initialize(3);
  const auto y = p.predict(probabilities::input_tensor(37, x));
  for (std::size_t n = 0; n < 37; ++n) {
    double sum = 0;
    for (std::size_t k = 0; k < 5; ++k) sum += y.values()[n * 5 + k];
    CHECK(sum == Approx(1.0));
  }
}
