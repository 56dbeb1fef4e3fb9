// ctnn/detail/require.hpp: the one mechanism behind every compile-time rule of a layer.
#pragma once

/// One rule of a layer's `check<In>()`: when `condition` is false, a single static_assert fires
/// with `message`, and the remaining rules are discarded (they sit in the `else` branch), so the
/// compiler prints this rule's message and nothing after it. GCC adds "the comparison reduces to
/// (a == b)" with the numbers, so write each condition as one comparison of named values.
///
///   CTNN_REQUIRE(Units > 0, "ctnn::dense: units must be positive")
///   CTNN_REQUIRE(...)
///   return true;
#define CTNN_REQUIRE(condition, message)                                                         \
  if constexpr (!(condition)) {                                                                  \
    static_assert(condition, message); /* <- a rule of your model is broken; read the message */ \
    return false;                                                                                \
  } else
