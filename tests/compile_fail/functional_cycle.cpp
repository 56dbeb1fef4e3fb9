// Compile-fail test: a cycle. A value's type holds the types of its inputs, so a value cannot
// be computed from itself: the compiler refuses the definition.
// expect-gcc: use of 'x' before deduction of 'auto'
// expect-clang: variable 'x' declared with deduced type 'const auto' cannot appear in its own initializer
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto in = input<4>{};
#ifdef CTNN_COMPILE_FAIL
inline constexpr auto x = add{}(in, x | dense<4>{});
#else
inline constexpr auto x = add{}(in, in | dense<4>{});
#endif
int main() { return 0; }
