// Compile-fail test: a layer description (written outside ctnn) without its rules.
// expect: ctnn: a layer description needs `template <class... In> static consteval bool check()`
// expect-gcc: 'ctnn::detail::has_check<scale_by_two>' evaluates to false
//
// docs/errors.md:
//   A layer of your own is a description (ctnn/layers/layer.hpp, docs/design.md "How to add a
//   layer"). Its name and Keras class make it a `layer_description`; when the model uses it, ctnn
//   checks the other members one by one and names the first that is missing. The note names the
//   layer. Here `scale_by_two` has no `check`.
// docs/errors.md, after the fix:
//   Give the description its rules, even when there are none: `return true;`.
#include <string_view>

#include <ctnn/ctnn.hpp>
using namespace ctnn;

struct scale_by_two : same_shape_layer {
  static constexpr std::string_view keras_class = "ScaleByTwo";
  static constexpr std::string_view keras_name = "scale_by_two";
#ifndef CTNN_COMPILE_FAIL
  template <class In>
  static consteval bool check() {
    return true;
  }
#endif
  template <class Value>
  static Value apply(Value v) {
    return v * 2.0f;
  }
};

using model = sequential<input<5>, dense<3>, scale_by_two>;
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
