// ctnn/print.hpp: arrays printed exactly as numpy prints float32 arrays, so that a C++ program
// can show the same text as the Python notebook it was ported from.
#pragma once

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "ctnn/tensor.hpp"

namespace ctnn {

namespace detail {

/// numpy's default float formatting (precision 8, floatmode 'maxprec', no suppression): the
/// shortest digits that round-trip a float32, at most 8 after the point, one layout for the
/// whole array; scientific when a value reaches 1e8 or the non-zero magnitudes span more than
/// 1e3 or go below 1e-4, and then every value with as many digits as the longest needs.
class numpy_float_format {
 public:
  explicit numpy_float_format(std::span<const float> values) {
    float largest = 0.0f, smallest = 0.0f;
    bool any = false;
    for (float v : values) {
      if (!std::isfinite(v) || v == 0.0f) continue;
      const float magnitude = std::fabs(v);
      largest = any ? std::max(largest, magnitude) : magnitude;
      smallest = any ? std::min(smallest, magnitude) : magnitude;
      any = true;
    }
    // numpy compares the float32 extremes with Python floats, i.e. in double.
    scientific_ = any && (double(largest) >= 1e8 || double(smallest) < 1e-4 || largest / smallest > 1000.0f);
    bool any_nan = false, any_infinity = false, any_negative_infinity = false;
    for (float v : values) {
      if (std::isfinite(v)) {
        const parts p = shortest(v);
        pad_left_ = std::max(pad_left_, p.integer.size());
        fraction_digits_ = std::max(fraction_digits_, p.fraction.size());
        if (scientific_) exponent_digits_ = std::max(exponent_digits_, p.exponent.size() - 1);
      } else {
        any_nan = any_nan || std::isnan(v);
        any_infinity = any_infinity || std::isinf(v);
        any_negative_infinity = any_negative_infinity || (std::isinf(v) && v < 0);
      }
    }
    // Right of the integer part: the fraction, and in scientific notation "e+XX" too.
    right_width_ = fraction_digits_ + (scientific_ ? 2 + exponent_digits_ : 0);
    // "nan" and "-inf" must fit in the whole width, as numpy widens the integer part for them.
    const std::size_t word = any_infinity ? (any_negative_infinity ? 4 : 3) : (any_nan ? 3 : 0);
    if (word > right_width_ + 1) pad_left_ = std::max(pad_left_, word - (right_width_ + 1));
  }

  std::string operator()(float v) const {
    const std::size_t width = pad_left_ + 1 + right_width_;
    if (!std::isfinite(v)) {
      const std::string word = std::isnan(v) ? "nan" : (v < 0 ? "-inf" : "inf");
      return std::string(width > word.size() ? width - word.size() : 0, ' ') + word;
    }
    const parts p = scientific_ ? with_fraction_digits(v) : shortest(v);
    std::string text(pad_left_ - p.integer.size(), ' ');
    text += p.integer;
    text += '.';
    text += p.fraction;
    if (scientific_) {
      std::string digits = p.exponent.substr(1);
      digits.insert(0, exponent_digits_ - std::min(exponent_digits_, digits.size()), '0');
      text += 'e';
      text += p.exponent[0];
      text += digits;
    }
    text.resize(width, ' ');
    return text;
  }

 private:
  struct parts {
    std::string integer, fraction, exponent;  // "-1", "25", "+05" (exponent only when scientific)
  };

  std::chars_format notation() const { return scientific_ ? std::chars_format::scientific : std::chars_format::fixed; }

  static parts split(std::string text, bool scientific) {
    std::string exponent;
    if (scientific) {
      const std::size_t e = text.find('e');
      exponent = text.substr(e + 1);
      text.resize(e);
    }
    const std::size_t point = text.find('.');
    if (point == std::string::npos) return {text, "", exponent};
    return {text.substr(0, point), text.substr(point + 1), exponent};
  }

  /// The shortest round-trip digits, rounded to at most 8 after the point, trailing zeros trimmed.
  parts shortest(float v) const {
    char buffer[64];
    std::string text(buffer, std::to_chars(buffer, buffer + sizeof buffer, v, notation()).ptr);
    parts p = split(text, scientific_);
    if (p.fraction.size() > max_fraction_digits) {
      p = split(std::string(buffer, std::to_chars(buffer, buffer + sizeof buffer, v, notation(), max_fraction_digits).ptr),
                scientific_);
      while (!p.fraction.empty() && p.fraction.back() == '0') p.fraction.pop_back();
    }
    return p;
  }

  /// Scientific notation shows every value with the same number of digits, each rounded from
  /// its exact value (numpy's min_digits): 1e-5f next to 1.2345678f prints as 9.9999997e-06.
  parts with_fraction_digits(float v) const {
    char buffer[64];
    return split(std::string(buffer, std::to_chars(buffer, buffer + sizeof buffer, v, notation(),
                                                  static_cast<int>(fraction_digits_)).ptr),
                 true);
  }

  static constexpr std::size_t max_fraction_digits = 8;
  bool scientific_ = false;
  std::size_t pad_left_ = 0, fraction_digits_ = 0, exponent_digits_ = 0, right_width_ = 0;
};

/// numpy's _formatArray: nested brackets, `separator` between elements, rows wrapped at
/// `line_width`, blank lines between blocks of rank 3 and more. An array of more than 1000 values
/// is summarised as numpy does: three items at each end of every long axis, "..." between.
class numpy_layout {
 public:
  numpy_layout(std::span<const float> values, const std::vector<std::size_t>& dims, std::string separator,
               std::size_t line_width)
      : values_(values),
        dims_(dims),
        summarize_(values.size() > summary_threshold),
        separator_(std::move(separator)),
        line_width_(line_width),
        format_(shown_values()) {}

  std::string format(const std::string& hanging_indent) const {
    return recurse(0, 0, hanging_indent, line_width_);
  }

 private:
  static constexpr std::size_t summary_threshold = 1000, edge_items = 3;
  static constexpr std::size_t ellipsis = static_cast<std::size_t>(-1);

  std::size_t stride(std::size_t axis) const {
    std::size_t product = 1;
    for (std::size_t a = axis + 1; a < dims_.size(); ++a) product *= dims_[a];
    return product;
  }

  /// The indices shown along `axis`, with `ellipsis` where numpy writes "...".
  std::vector<std::size_t> shown_indices(std::size_t axis) const {
    std::vector<std::size_t> indices;
    const std::size_t count = dims_[axis];
    if (summarize_ && count > 2 * edge_items) {
      for (std::size_t i = 0; i < edge_items; ++i) indices.push_back(i);
      indices.push_back(ellipsis);
      for (std::size_t i = count - edge_items; i < count; ++i) indices.push_back(i);
    } else {
      for (std::size_t i = 0; i < count; ++i) indices.push_back(i);
    }
    return indices;
  }

  /// The values that will be printed: the float format is chosen from these alone.
  std::vector<float> shown_values() const {
    std::vector<float> shown;
    collect(0, 0, shown);
    return shown;
  }
  void collect(std::size_t axis, std::size_t offset, std::vector<float>& shown) const {
    if (axis == dims_.size()) {
      shown.push_back(values_[offset]);
      return;
    }
    for (std::size_t i : shown_indices(axis))
      if (i != ellipsis) collect(axis + 1, offset + i * stride(axis), shown);
  }

  static std::string rstripped(std::string text) {
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text;
  }

  std::string recurse(std::size_t axis, std::size_t offset, const std::string& hanging_indent,
                      std::size_t width) const {
    if (axis == dims_.size()) return format_(values_[offset]);
    const std::string next_indent = hanging_indent + " ";
    const std::size_t next_width = width - 1;
    const std::vector<std::size_t> indices = shown_indices(axis);
    std::string text;
    if (axis + 1 == dims_.size()) {
      const std::size_t element_width = width - std::max<std::size_t>(rstripped(separator_).size(), 1);
      std::string line = hanging_indent;
      for (std::size_t k = 0; k < indices.size(); ++k) {
        const std::string word = indices[k] == ellipsis
                                     ? std::string("...")
                                     : recurse(axis + 1, offset + indices[k] * stride(axis), next_indent, next_width);
        if (line.size() + word.size() > element_width && line.size() > hanging_indent.size()) {
          text += rstripped(line) + "\n";
          line = hanging_indent;
        }
        line += word;
        if (k + 1 < indices.size()) line += separator_;
      }
      text += line;
    } else {
      const std::string line_separator = rstripped(separator_) + std::string(dims_.size() - axis - 1, '\n');
      for (std::size_t k = 0; k < indices.size(); ++k) {
        text += hanging_indent;
        text += indices[k] == ellipsis ? std::string("...")
                                       : recurse(axis + 1, offset + indices[k] * stride(axis), next_indent, next_width);
        if (k + 1 < indices.size()) text += line_separator;
      }
    }
    std::string bracketed(1, '[');
    bracketed.append(text, std::min(hanging_indent.size(), text.size()));
    bracketed += ']';
    return bracketed;
  }

  std::span<const float> values_;
  std::vector<std::size_t> dims_;
  bool summarize_;
  std::string separator_;
  std::size_t line_width_;
  numpy_float_format format_;
};

inline void check_dims(std::span<const float> values, const std::vector<std::size_t>& dims, const char* caller) {
  std::size_t count = 1;
  for (std::size_t d : dims) count *= d;
  if (dims.empty() || count != values.size())
    throw std::invalid_argument(std::string(caller) + ": " + std::to_string(values.size()) +
                                " values cannot be shown with the given dimensions");
}

}  // namespace detail

/// `print(a)` in numpy: `numpy_str(y.values(), {4, 4})` is the tutorial's
/// `print(yhat.reshape((4, 4)))`, i.e. "[[1. 1. 2. 2.]\n [1. 1. 2. 2.] ...".
inline std::string numpy_str(std::span<const float> values, const std::vector<std::size_t>& dims) {
  detail::check_dims(values, dims, "ctnn::numpy_str");
  return detail::numpy_layout(values, dims, " ", 75).format(" ");
}

/// `repr(a)` of a float32 array in numpy: "array([[1., 2.],\n       [3., 4.]], dtype=float32)".
inline std::string numpy_repr(std::span<const float> values, const std::vector<std::size_t>& dims) {
  detail::check_dims(values, dims, "ctnn::numpy_repr");
  if (values.empty() && dims.size() > 1) {  // numpy names the shape of an empty array
    std::string shape = "(";
    for (std::size_t axis = 0; axis < dims.size(); ++axis) shape += (axis == 0 ? "" : ", ") + std::to_string(dims[axis]);
    return "array([], shape=" + shape + "), dtype=float32)";
  }
  const std::string prefix = "array(";
  std::string text = prefix + detail::numpy_layout(values, dims, ", ", 75 - 1).format(std::string(prefix.size() + 1, ' ')) + ",";
  const std::string dtype = "dtype=float32)";
  const std::size_t last_line = text.size() - (text.rfind('\n') == std::string::npos ? 0 : text.rfind('\n') + 1);
  if (last_line + dtype.size() + 1 > 75) {
    text += '\n';
    text.append(prefix.size(), ' ');
  } else {
    text += ' ';
  }
  return text + dtype;
}

/// A whole batch with its batch axis, as numpy shows `model.predict(x)`.
template <class Shape>
std::string numpy_str(const tensor<Shape>& t) {
  return numpy_str(t.values(), t.dims());
}
template <class Shape>
std::string numpy_repr(const tensor<Shape>& t) {
  return numpy_repr(t.values(), t.dims());
}

}  // namespace ctnn
