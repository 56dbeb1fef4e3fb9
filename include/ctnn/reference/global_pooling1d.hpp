// ctnn/reference/global_pooling1d.hpp: reference kernels of ctnn::global_max_pooling1d and
// ctnn::global_average_pooling1d: the 2-D poolings' loop over one window, the whole row.
#pragma once

#include "ctnn/layers/global_pooling1d.hpp"
#include "ctnn/reference/pooling2d.hpp"

namespace ctnn::reference {

template <global_pooling1d_opts Opts>
struct kernel<ctnn::global_max_pooling1d<Opts>> : pooling_kernel<ctnn::global_max_pooling1d<Opts>> {};
template <global_pooling1d_opts Opts>
struct kernel<ctnn::global_average_pooling1d<Opts>> : pooling_kernel<ctnn::global_average_pooling1d<Opts>> {};

}  // namespace ctnn::reference
