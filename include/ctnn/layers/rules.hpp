// ctnn/layers/rules.hpp: a layer's rules, written once, checked by the compiler on a type and by
// the file reader on a Keras configuration.
//
// A rule is a condition on the layer's options (`opts`) and the extents of its input (`in`; for a
// layer of several inputs, a merge, `in[i]` is input i's: ctnn::shapes_of), with its message:
//
//   CTNN_RULE(opts.filters > 0, "ctnn::conv2d: filters must be positive")
//
// The macro is there because C++20 takes a static_assert's message only as a string literal:
// it writes the condition twice from one spelling, once as a constexpr predicate (evaluated on
// values, at compile time and at run time) and once inside a static_assert that the compiler
// instantiates only for the first rule that is broken. So a wrong type still fails with exactly
// one static_assert, whose message is the rule's and whose note (GCC's "the comparison reduces
// to") holds the numbers when the condition is one comparison; and a file's layer that breaks the
// same rule gets a keras::config_error with the same words.
//
// Rules are checked in order and later rules may assume earlier ones hold (a rule that reads
// `in[2]` follows the one that requires three axes).
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

#include "ctnn/layers/keras_config.hpp"

namespace ctnn {

/// @brief One rule of a layer, as CTNN_RULE makes it: an empty type whose parts are captureless
/// lambdas, so that the compiler can evaluate and instantiate them from the type alone.
/// `Assert` holds the static_assert; it takes the options and the input shape as template
/// arguments, so that the compiler's note names them.
template <class Holds, class Assert, class Message>
struct rule {
  using assertion = Assert;
  static constexpr bool holds(const auto& opts, const auto& in) { return Holds{}(opts, in); }
  static constexpr std::string_view message() { return Message{}(); }
};

template <class Holds, class Assert, class Message>
constexpr rule<Holds, Assert, Message> make_rule(Holds, Assert, Message) {
  return {};
}

/// @brief A layer's rules in the order they are checked (`ctnn::rules(CTNN_RULE(...), ...)`).
template <class... Rules>
struct rule_list {
  static constexpr std::size_t none = sizeof...(Rules);

  /// The position of the first rule that does not hold, or `none`. The rules after a broken one
  /// are not evaluated: they may read what it guards.
  static constexpr std::size_t first_broken(const auto& opts, const auto& in) {
    std::size_t broken = none, i = 0;
    ((broken == none && !Rules::holds(opts, in) ? void(broken = i) : void(), ++i), ...);
    return broken;
  }
  static constexpr std::string_view message(std::size_t position) {
    std::string_view text;
    std::size_t at = 0;
    ((at++ == position ? void(text = Rules::message()) : void()), ...);
    return text;
  }
  template <std::size_t Position>
  using at = std::tuple_element_t<Position, std::tuple<Rules...>>;
};

template <class... Rules>
constexpr rule_list<Rules...> rules(Rules...) {
  return {};
}

/// @brief The inputs of a layer that reads several values (a merge), as its rules read them at
/// compile time: `in[i]` is the extents of input i, as a file's inputs are at run time (a span of
/// keras::extents). The `In` of its `CTNN_CHECK_RULES(rules, opts, shapes_of<Ins...>)`.
template <class... Ins>
struct shapes_of {
  static constexpr std::array<std::span<const std::size_t>, sizeof...(Ins)> dims{std::span<const std::size_t>(Ins::dims)...};
};

namespace keras {

/// ", its epsilon -1.0" after a refusal's shapes ("; its ..." where it names none).
inline std::string held_suffix(const std::string& held, bool first) { return held.empty() ? "" : (first ? "; its " : ", its ") + held; }

/// The same rules on a file's layer: throws config_error with the first broken rule's message
/// and the input's shape (none when `in` has no axes: a layer object given as an activation maps
/// a value not known there), then `held` when given: what the file's layer holds that the message
/// cannot say in words ("target_shape [7,7,127]").
template <class... Rules>
void require_rules(rule_list<Rules...> list, const auto& opts, std::span<const std::size_t> in, const std::string& held = {}) {
  const std::size_t broken = list.first_broken(opts, in);
  if (broken != list.none)
    throw config_error(std::string(list.message(broken)) +
                       (in.empty() ? "" : "; its input is " + keras_shape(extents(in.begin(), in.end()))) +  // an activation's object
                       held_suffix(held, in.empty()));
}

/// The same for a layer of several inputs, whose rules read `in[i]`; the message lists the inputs.
template <class... Rules>
void require_rules(rule_list<Rules...> list, const auto& opts, std::span<const extents> inputs, const std::string& held = {}) {
  const std::size_t broken = list.first_broken(opts, inputs);
  if (broken == list.none) return;
  std::string shapes = inputs.empty() ? "none" : "";
  for (std::size_t i = 0; i < inputs.size(); ++i)
    shapes += (i == 0 ? "" : i + 1 == inputs.size() ? " and " : ", ") + keras_shape(inputs[i]);
  throw config_error(std::string(list.message(broken)) + (inputs.size() == 1 ? "; its input is " : "; its inputs are ") + shapes +
                     held_suffix(held, false));
}

}  // namespace keras

}  // namespace ctnn

/// The body of a layer's `check<In>()` whose rules are the list `rules`, for the options (or
/// other values the rules read) `opts` and the input shape `In`: true when every rule holds;
/// otherwise the first broken rule's static_assert fires (the one error of the model) and the
/// result is false. A macro, not a function, so that the compiler's trail from the broken rule to
/// the model's `layer_at<Position, ...>` line stays short: Clang prints ten template contexts by
/// default and skips the middle ones, where that line is.
#define CTNN_CHECK_RULES(rules, opts, In)                                                                               \
  constexpr std::size_t ctnn_broken_rule = (rules).first_broken(opts, In::dims);                                      \
  if constexpr (ctnn_broken_rule != (rules).none) {                                                                    \
    typename std::remove_cvref_t<decltype(rules)>::template at<ctnn_broken_rule>::assertion{}.template operator()<opts, In>(); \
    return false;                                                                                                       \
  } else {                                                                                                              \
    return true;                                                                                                        \
  }

/// One rule: `condition` on `opts` (the layer's options) and `in` (its input extents, a
/// std::array at compile time, a span at run time), and its message, a string literal that starts
/// with the layer ("ctnn::conv2d: ..."). Write the condition as one comparison of named values
/// where you can: GCC's note then shows the numbers.
#define CTNN_RULE(condition, text)                                                                                      \
  ::ctnn::make_rule([]([[maybe_unused]] const auto& opts, [[maybe_unused]] const auto& in) constexpr -> bool {          \
    return condition;                                                                                                   \
  }, []<auto opts, class In>() consteval {                                                                             \
    [[maybe_unused]] constexpr auto in = In::dims;                                                                      \
    static_assert(condition, text); /* <- a rule of your model is broken; read the message */                        \
  }, [] { return ::std::string_view(text); })
