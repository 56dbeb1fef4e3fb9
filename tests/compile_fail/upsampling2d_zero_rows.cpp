// Compile-fail test: an upsampling2d with a zero row factor.
// expect: ctnn::upsampling2d: size must be positive (rows)
#include <ctnn/ctnn.hpp>
using namespace ctnn;
#ifdef CTNN_COMPILE_FAIL
using model = sequential<input<4, 4, 1>, upsampling2d<upsampling2d_opts{.size = {0, 2}}>>;
#else
using model = sequential<input<4, 4, 1>, upsampling2d<upsampling2d_opts{.size = {1, 2}}>>;
#endif
// Using the model as a program would must add no error after the first.
int main() { model m; return int(m.predict(model::input_tensor(1)).size()) + int(model::param_count); }
