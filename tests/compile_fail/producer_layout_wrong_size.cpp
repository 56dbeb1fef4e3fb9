// Compile-fail test: a producer of your own whose contract's kernel layout does not cover its kernel.
// expect: ctnn: a producer's contract names its kernel, and its layout covers exactly that weight
//
// docs/errors.md:
//   A producer states where each kernel value is (ctnn/producer_contract.hpp): the engine's
//   packing and the reference kernel read the kernel through that layout, so it must cover the
//   weight it names, value for value. Here `linear_out_in`'s layout is [4, 3] while its weight
//   is [3, 5]: the input has 5 values, not 4.
// docs/errors.md, after the fix:
//   Build the layout from the same extents as the weight: `kernel_layout::cells_out_in(1, in, 3)`.
#include <cstddef>
#include <string_view>

#include <ctnn/ctnn.hpp>
using namespace ctnn;

struct linear_out_in {
  static constexpr std::string_view keras_class = "LinearOutIn";
  static constexpr std::string_view keras_name = "linear_out_in";
  static constexpr producer_kind producer = producer_kind::matrix_product;
  static constexpr activation function = activation::linear;
  template <class In>
  static consteval bool check() {
    return true;
  }
  template <class In>
  static constexpr auto output_dims() {
    return dense_output(3, In::dims);
  }
  template <class In>
  static constexpr weight_list weights() {
    return {{"weight", {3, In::dims[In::rank - 1]}, true, initializer::glorot_uniform}};
  }
  template <class In>
  static constexpr producer_contract contract() {
#ifdef CTNN_COMPILE_FAIL
    constexpr std::size_t in = 4;
#else
    constexpr std::size_t in = In::dims[In::rank - 1];
#endif
    return {0, producer_contract::no_weight, kernel_layout::cells_out_in(1, in, 3), 2 * In::size * 3};
  }
};

template <>
struct ctnn::reference::kernel<linear_out_in> {
  template <class In, class Out>
  static void run(const float* params, const float* x, float* y, std::size_t batch) {
    constexpr kernel_layout layout = linear_out_in::contract<In>().layout;
    constexpr producer_weights w = weights_of_producer<linear_out_in, In>();
    reference::dense(batch * (In::size / layout.in), layout, w.kernel(params), w.bias(params), activation::linear, x, y);
  }
};

using model = sequential<input<5>, linear_out_in>;
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
