// ctnn/reference/kernel.hpp: the reference forward path, one plain loop nest per layer kind.
//
// This is the oracle every faster path is tested against, so it is written to be obviously
// correct, not fast: direct loops that follow each layer's definition, with the geometry passed
// as run-time values so that every model of a kind shares one compiled loop nest.
#pragma once

#include <cstddef>

/// The reference loops are compiled once per program, never inlined into each model: they are
/// the oracle, not the fast path, and a test suite with hundreds of models must build quickly.
#if defined(__GNUC__) || defined(__clang__)
#define CTNN_REFERENCE_LOOP __attribute__((noinline)) inline
#else
#define CTNN_REFERENCE_LOOP inline
#endif

namespace ctnn::reference {

/// `reference::kernel<Layer>::run<In, Out>(params, x, y, batch)` computes `batch` samples of one
/// layer: x is batch * In::size values, y receives batch * Out::size values, params points at
/// the layer's weights in Keras order and layout. One specialisation per layer kind.
template <class Layer>
struct kernel;

}  // namespace ctnn::reference
