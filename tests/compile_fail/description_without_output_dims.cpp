// Compile-fail test: a layer description (written outside ctnn) without its shape rule.
// expect: ctnn: a layer description needs `template <class... In> static constexpr auto output_dims()`
// expect-gcc: 'ctnn::detail::has_output_dims<crop_last_channel, ctnn::shape<3> >' evaluates to false
//
// docs/errors.md:
//   The shape rule is asked for once the layer's rules hold for the shape it receives (a rule
//   such as "the input must be an image" guards what the shape rule reads), so this message comes
//   after the layer's own. The note names the layer and its input shape. Here
//   `crop_last_channel` has rules and weights but no `output_dims`.
// docs/errors.md, after the fix:
//   Give the description its output extents as a std::array.
#include <array>
#include <cstddef>
#include <string_view>

#include <ctnn/ctnn.hpp>
using namespace ctnn;

struct crop_last_channel {
  static constexpr std::string_view keras_class = "CropLastChannel";
  static constexpr std::string_view keras_name = "crop_last_channel";
  template <class In>
  static consteval bool check() {
    return true;
  }
#ifndef CTNN_COMPILE_FAIL
  template <class In>
  static constexpr auto output_dims() {
    auto dims = In::dims;
    dims[In::rank - 1] -= 1;
    return dims;
  }
#endif
  template <class In>
  static constexpr weight_list weights() {
    return {};
  }
};

template <>
struct ctnn::reference::kernel<crop_last_channel> {
  template <class In, class Out>
  static void run(const float*, const float* x, float* y, std::size_t batch) {
    constexpr std::size_t in = In::dims[In::rank - 1], out = in - 1;
    for (std::size_t row = 0; row < batch * In::size / in; ++row)
      for (std::size_t c = 0; c < out; ++c) y[row * out + c] = x[row * in + c];
  }
};

using model = sequential<input<5>, dense<3>, crop_last_channel>;
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
