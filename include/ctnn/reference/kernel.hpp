// ctnn/reference/kernel.hpp: the reference forward path, one plain loop nest per layer kind.
//
// This is the oracle every faster path is tested against, so it is written to be obviously
// correct, not fast: direct loops that follow each layer's definition, with the geometry passed
// as run-time values so that every model of a kind shares one compiled loop nest.
#pragma once

#include <cstddef>

namespace ctnn::reference {

/// `reference::kernel<Layer>::run<In, Out>(params, x, y, batch)` computes `batch` samples of one
/// layer: x is batch * In::size values, y receives batch * Out::size values, params points at
/// the layer's weights in Keras order and layout. One specialisation per layer kind.
template <class Layer>
struct kernel;

}  // namespace ctnn::reference
