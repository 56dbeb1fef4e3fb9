// Compile-fail test: a value computed from itself.
// expect-gcc: use of 'x' before deduction of 'auto'
// expect-clang: variable 'x' declared with deduced type 'const auto' cannot appear in its own initializer
//
// docs/errors.md:
//   There is no ctnn message: a cycle cannot be written. A value's type holds the types of
//   everything it is computed from, so the compiler refuses the definition. Clang 14 says
//   `variable 'x' declared with deduced type 'const auto' cannot appear in its own initializer`.
// docs/errors.md, after the fix:
//   Build the value from earlier values only.
#include <ctnn/ctnn.hpp>
using namespace ctnn;
inline constexpr auto in = input<4>{};
#ifdef CTNN_COMPILE_FAIL
inline constexpr auto x = add{}(in, x | dense<4>{});
#else
inline constexpr auto x = add{}(in, in | dense<4>{});
#endif
int main() { return 0; }
