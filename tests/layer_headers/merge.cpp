#include <ctnn/layers/merge.hpp>
#include <ctnn/functional.hpp>

#include "both_paths.hpp"

inline constexpr auto a = ctnn::input<2, 3>{};
inline constexpr auto b = ctnn::input<2, 3>::id<1>{};
inline constexpr auto out = ctnn::concatenate{}(ctnn::add{}(a, b), ctnn::multiply{}(a, b));
using model = decltype(ctnn::functional(ctnn::inputs(a, b), out));

int main() { return layer_headers::compare_paths<model>(); }
