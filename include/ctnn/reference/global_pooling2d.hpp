// ctnn/reference/global_pooling2d.hpp: reference kernels of ctnn::global_max_pooling2d and
// ctnn::global_average_pooling2d.
#pragma once

#include "ctnn/layers/global_pooling2d.hpp"
#include "ctnn/reference/kernel.hpp"
#include "ctnn/reference/pooling2d.hpp"

namespace ctnn::reference {

template <global_pooling2d_opts Opts>
struct kernel<ctnn::global_max_pooling2d<Opts>> : pooling_kernel<ctnn::global_max_pooling2d<Opts>> {};
template <global_pooling2d_opts Opts>
struct kernel<ctnn::global_average_pooling2d<Opts>> : pooling_kernel<ctnn::global_average_pooling2d<Opts>> {};

}  // namespace ctnn::reference
