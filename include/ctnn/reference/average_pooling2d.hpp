// ctnn/reference/average_pooling2d.hpp: reference kernel of ctnn::average_pooling2d.
#pragma once

#include "ctnn/layers/average_pooling2d.hpp"
#include "ctnn/reference/kernel.hpp"
#include "ctnn/reference/pooling2d.hpp"

namespace ctnn::reference {

template <pooling2d_opts Opts>
struct kernel<ctnn::average_pooling2d<Opts>> : pooling_kernel<ctnn::average_pooling2d<Opts>> {};

}  // namespace ctnn::reference
