// ctnn/detail/meta.hpp: the few type-level tools ctnn's model machinery uses, in one place.
//
// Hand-written rather than taken from Boost.Hana: each is a line or two, and in the hot spots
// of compile time (every model instantiates them for every position) Hana's general versions
// cost more to compile than they save to read. docs/design.md ("Metaprogramming") says why; the
// measurements are in docs/performance.md's history ("Boost.Hana in the model machinery").
#pragma once

#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>

namespace ctnn::detail {

/// A list of types, as a type.
template <class... T>
struct type_list {
  static constexpr std::size_t size = sizeof...(T);
};

/// The I-th type of a type_list.
template <std::size_t I, class List>
struct type_at;
template <std::size_t I, class... T>
struct type_at<I, type_list<T...>> {
  using type = std::tuple_element_t<I, std::tuple<T...>>;
};
template <std::size_t I, class List>
using type_at_t = typename type_at<I, List>::type;

/// The first of a pack of types.
template <class... T>
using first_of = std::tuple_element_t<0, std::tuple<T...>>;

template <class T, class List>
inline constexpr bool contains = false;
template <class T, class... L>
inline constexpr bool contains<T, type_list<L...>> = (std::is_same_v<T, L> || ...);

/// How many of `All...` are T.
template <class T, class... All>
inline constexpr std::size_t occurrences = (std::size_t{0} + ... + (std::is_same_v<T, All> ? 1 : 0));

/// Where T is in the list (the list's size when it is not there).
template <class T, class... L>
consteval std::size_t index_in(type_list<L...>) {
  constexpr bool same[] = {std::is_same_v<T, L>..., false};
  std::size_t i = 0;
  while (i < sizeof...(L) && !same[i]) ++i;
  return i;
}

/// f(integral_constant<0>, ..., integral_constant<Count - 1>): a pack of indices to fold over,
/// as in `over_indices<N>([&](auto... i) { (do_something<i>(), ...); })`.
template <std::size_t Count, class F>
constexpr decltype(auto) over_indices(F&& f) {
  return [&]<std::size_t... I>(std::index_sequence<I...>) -> decltype(auto) {
    return f(std::integral_constant<std::size_t, I>{}...);
  }(std::make_index_sequence<Count>{});
}

/// f(integral_constant<I>) for I = 0 .. Count - 1, in order.
template <std::size_t Count, class F>
constexpr void for_each_index(F&& f) {
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (f(std::integral_constant<std::size_t, I>{}), ...);
  }(std::make_index_sequence<Count>{});
}

/// The one spelling of "no position": a step without an upsampling, a value in no slot.
inline constexpr std::size_t none = std::size_t(-1);

}  // namespace ctnn::detail
