// ctnn/ctnn.hpp: everything ctnn offers, in one include.
#pragma once

#include "ctnn/activation.hpp"
#include "ctnn/conv_arithmetic.hpp"
#include "ctnn/hyperparameters.hpp"
#include "ctnn/initializers.hpp"
#include "ctnn/shape.hpp"
#include "ctnn/summary.hpp"
#include "ctnn/tensor.hpp"
#include "ctnn/weights.hpp"

#include "ctnn/layers/activation_layer.hpp"
#include "ctnn/layers/batch_normalization.hpp"
#include "ctnn/layers/conv2d.hpp"
#include "ctnn/layers/conv2d_transpose.hpp"
#include "ctnn/layers/dense.hpp"
#include "ctnn/layers/dropout.hpp"
#include "ctnn/layers/flatten.hpp"
#include "ctnn/layers/input.hpp"
#include "ctnn/layers/leaky_relu.hpp"
#include "ctnn/layers/reshape.hpp"
#include "ctnn/layers/upsampling2d.hpp"
#include "ctnn/layers/zero_padding2d.hpp"

#include "ctnn/reference/conv2d.hpp"
#include "ctnn/reference/conv2d_transpose.hpp"
#include "ctnn/reference/dense.hpp"
#include "ctnn/reference/elementwise.hpp"
#include "ctnn/reference/upsampling2d.hpp"
#include "ctnn/reference/zero_padding2d.hpp"

#include "ctnn/print.hpp"
#include "ctnn/sequential.hpp"
