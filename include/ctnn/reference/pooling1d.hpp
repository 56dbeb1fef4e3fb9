// ctnn/reference/pooling1d.hpp: reference kernels of ctnn::max_pooling1d and
// ctnn::average_pooling1d: the 2-D poolings' loop over their windows on one row.
#pragma once

#include "ctnn/layers/pooling1d.hpp"
#include "ctnn/reference/pooling2d.hpp"

namespace ctnn::reference {

template <pooling1d_opts Opts>
struct kernel<ctnn::max_pooling1d<Opts>> : pooling_kernel<ctnn::max_pooling1d<Opts>> {};
template <pooling1d_opts Opts>
struct kernel<ctnn::average_pooling1d<Opts>> : pooling_kernel<ctnn::average_pooling1d<Opts>> {};

}  // namespace ctnn::reference
