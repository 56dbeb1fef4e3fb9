#include <ctnn/layers/dot.hpp>
#include <ctnn/functional.hpp>

#include "both_paths.hpp"

inline constexpr auto a = ctnn::input<2, 3>{};
inline constexpr auto b = ctnn::input<3, 4>{};
inline constexpr auto out = ctnn::dot<ctnn::dot_opts{.axes = {2, 1}, .normalize = true}>{}(a, b);
using model = decltype(ctnn::functional(ctnn::inputs(a, b), out));

int main() { return layer_headers::compare_paths<model>(); }
