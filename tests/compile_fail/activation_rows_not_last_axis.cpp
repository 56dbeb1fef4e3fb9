// Compile-fail test: an activation of your own over whole rows of an axis other than the last.
// expect: ctnn: an activation that is not element-wise applies over the last axis only (axis = -1)
//
// docs/errors.md:
//   An activation that is not element-wise (softmax, or a type of yours with `apply_rows`) runs
//   over rows of the last axis once the producer's loop nest has written them; ctnn applies one
//   on no other axis. Here `center_columns` says axis 1.
// docs/errors.md, after the fix:
//   Give the type `axis = -1` and let `apply_rows` take rows of the last axis.
#include <cstddef>
#include <string_view>

#include <ctnn/ctnn.hpp>
using namespace ctnn;

struct center_columns {
  static constexpr std::string_view keras_name = "center_columns";
#ifdef CTNN_COMPILE_FAIL
  static constexpr int axis = 1;
#else
  static constexpr int axis = -1;
#endif
  static void apply_rows(float* y, std::size_t rows, std::size_t n) {
    for (std::size_t r = 0; r < rows; ++r, y += n) {
      float sum = 0.0f;
      for (std::size_t i = 0; i < n; ++i) sum += y[i];
      for (std::size_t i = 0; i < n; ++i) y[i] -= sum / float(n);
    }
  }
};

using model = sequential<input<4>, dense<3, dense_opts{.activation = activation_of<center_columns>}>>;
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
