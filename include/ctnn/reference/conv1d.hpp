// ctnn/reference/conv1d.hpp: reference kernel of ctnn::conv1d: Conv2D's loop on one row.
#pragma once

#include "ctnn/layers/conv1d.hpp"
#include "ctnn/reference/conv2d.hpp"

namespace ctnn::reference {

template <conv1d_opts Opts>
struct kernel<ctnn::conv1d<Opts>> : convolution_kernel<ctnn::conv1d<Opts>> {};

}  // namespace ctnn::reference
