// ctnn/reference/elementwise.hpp: the layers that map each value on its own (activation_layer,
// leaky_relu, relu, elu, rescaling, batch_normalization) and those that only reinterpret or pass
// data (input, reshape, flatten, dropout, gaussian_noise, gaussian_dropout, spatial_dropout2d)
// need no kernel of their own: their properties say what they compute,
// and reference::kernel's primary template (ctnn/reference/kernel.hpp) runs it. This header
// brings those layers in for the reference path.
#pragma once

#include "ctnn/layers/activation_layer.hpp"
#include "ctnn/layers/batch_normalization.hpp"
#include "ctnn/layers/dropout.hpp"
#include "ctnn/layers/elu.hpp"
#include "ctnn/layers/flatten.hpp"
#include "ctnn/layers/gaussian_noise.hpp"
#include "ctnn/layers/input.hpp"
#include "ctnn/layers/leaky_relu.hpp"
#include "ctnn/layers/relu.hpp"
#include "ctnn/layers/rescaling.hpp"
#include "ctnn/layers/reshape.hpp"
#include "ctnn/layers/spatial_dropout2d.hpp"
#include "ctnn/reference/kernel.hpp"
