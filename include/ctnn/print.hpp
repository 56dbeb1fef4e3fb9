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
/// 1e3 or go below 1e-4.
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
    scientific_ = any && (largest >= 1e8f || smallest < 1e-4f || largest / smallest > 1000.0f);
    bool any_nan = false, any_negative_infinity = false, any_infinity = false;
    for (float v : values) {
      if (!std::isfinite(v)) {
        any_nan = any_nan || std::isnan(v);
        any_infinity = any_infinity || std::isinf(v);
        any_negative_infinity = any_negative_infinity || (std::isinf(v) && v < 0);
        continue;
      }
      const parts p = split(v);
      pad_left_ = std::max(pad_left_, p.integer.size());
      pad_right_ = std::max(pad_right_, p.fraction.size());
      if (scientific_) exponent_digits_ = std::max(exponent_digits_, p.exponent.size() - 1);
    }
    // "nan" and "-inf" must fit in the integer part and the point, as numpy widens them.
    const std::size_t word = any_infinity ? (any_negative_infinity ? 4 : 3) : (any_nan ? 3 : 0);
    if (word > pad_right_ + 1) pad_left_ = std::max(pad_left_, word - (pad_right_ + 1));
  }

  std::string operator()(float v) const {
    if (!std::isfinite(v)) {
      const std::string word = std::isnan(v) ? "nan" : (v < 0 ? "-inf" : "inf");
      const std::size_t width = pad_left_ + 1 + pad_right_ + (scientific_ ? 2 + exponent_digits_ : 0);
      return std::string(width > word.size() ? width - word.size() : 0, ' ') + word;
    }
    const parts p = split(v);
    std::string text = std::string(pad_left_ - p.integer.size(), ' ') + p.integer + "." + p.fraction;
    if (!scientific_) return text + std::string(pad_right_ - p.fraction.size(), ' ');
    text += std::string(pad_right_ - p.fraction.size(), '0');
    std::string digits = p.exponent.substr(1);
    digits.insert(0, exponent_digits_ - std::min(exponent_digits_, digits.size()), '0');
    return text + "e" + p.exponent[0] + digits;
  }

 private:
  struct parts {
    std::string integer, fraction, exponent;  // "-1", "25", "+05" (exponent only when scientific)
  };

  parts split(float v) const {
    const auto format = scientific_ ? std::chars_format::scientific : std::chars_format::fixed;
    char buffer[64];
    std::string text(buffer, std::to_chars(buffer, buffer + sizeof buffer, v, format).ptr);
    std::string exponent;
    if (scientific_) {
      const std::size_t e = text.find('e');
      exponent = text.substr(e + 1);
      text.resize(e);
    }
    std::size_t point = text.find('.');
    if (point != std::string::npos && text.size() - point - 1 > max_fraction_digits) {
      text.assign(buffer, std::to_chars(buffer, buffer + sizeof buffer, v, format, max_fraction_digits).ptr);
      if (scientific_) text.resize(text.find('e'));
      while (text.back() == '0') text.pop_back();
      if (text.back() == '.') text.pop_back();
      point = text.find('.');
    }
    if (point == std::string::npos) return {text, "", exponent};
    return {text.substr(0, point), text.substr(point + 1), exponent};
  }

  static constexpr int max_fraction_digits = 8;
  bool scientific_ = false;
  std::size_t pad_left_ = 0, pad_right_ = 0, exponent_digits_ = 0;
};

/// numpy's _formatArray: nested brackets, `separator` between elements, rows wrapped at
/// `line_width`, blank lines between blocks of rank 3 and more.
class numpy_layout {
 public:
  numpy_layout(std::span<const float> values, const std::vector<std::size_t>& dims, std::string separator,
               std::size_t line_width)
      : values_(values), dims_(dims), format_(values), separator_(std::move(separator)), line_width_(line_width) {
    strides_.assign(dims.size(), 1);
    for (std::size_t axis = dims.size(); axis-- > 1;) strides_[axis - 1] = strides_[axis] * dims[axis];
  }

  std::string format(const std::string& hanging_indent) const {
    return recurse(0, 0, hanging_indent, line_width_);
  }

 private:
  std::string recurse(std::size_t axis, std::size_t offset, const std::string& hanging_indent,
                      std::size_t width) const {
    if (axis == dims_.size()) return format_(values_[offset]);
    const std::string next_indent = hanging_indent + " ";
    const std::size_t next_width = width - 1;
    const std::size_t count = dims_[axis];
    std::string text;
    if (axis + 1 == dims_.size()) {
      std::string trimmed = separator_;
      while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
      const std::size_t element_width = width - std::max<std::size_t>(trimmed.size(), 1);
      std::string line = hanging_indent;
      for (std::size_t i = 0; i < count; ++i) {
        const std::string word = recurse(axis + 1, offset + i * strides_[axis], next_indent, next_width);
        if (line.size() + word.size() > element_width && line.size() > hanging_indent.size()) {
          while (!line.empty() && line.back() == ' ') line.pop_back();
          text += line + "\n";
          line = hanging_indent;
        }
        line += word;
        if (i + 1 < count) line += separator_;
      }
      text += line;
    } else {
      std::string line_separator = separator_;
      while (!line_separator.empty() && line_separator.back() == ' ') line_separator.pop_back();
      line_separator += std::string(dims_.size() - axis - 1, '\n');
      for (std::size_t i = 0; i < count; ++i) {
        text += hanging_indent + recurse(axis + 1, offset + i * strides_[axis], next_indent, next_width);
        if (i + 1 < count) text += line_separator;
      }
    }
    std::string bracketed(1, '[');
    bracketed.append(text, std::min(hanging_indent.size(), text.size()));
    bracketed += ']';
    return bracketed;
  }

  std::span<const float> values_;
  std::vector<std::size_t> dims_, strides_;
  numpy_float_format format_;
  std::string separator_;
  std::size_t line_width_;
};

inline void check_dims(std::span<const float> values, const std::vector<std::size_t>& dims) {
  std::size_t count = 1;
  for (std::size_t d : dims) count *= d;
  if (dims.empty() || count != values.size())
    throw std::invalid_argument("ctnn::numpy_str: " + std::to_string(values.size()) +
                                " values cannot be shown with the given dimensions");
}

}  // namespace detail

/// `print(a)` in numpy: `numpy_str(y.values(), {4, 4})` is the tutorial's
/// `print(yhat.reshape((4, 4)))`, i.e. "[[1. 1. 2. 2.]\n [1. 1. 2. 2.] ...".
inline std::string numpy_str(std::span<const float> values, const std::vector<std::size_t>& dims) {
  detail::check_dims(values, dims);
  return detail::numpy_layout(values, dims, " ", 75).format(" ");
}

/// `repr(a)` of a float32 array in numpy: "array([[1., 2.],\n       [3., 4.]], dtype=float32)".
inline std::string numpy_repr(std::span<const float> values, const std::vector<std::size_t>& dims) {
  detail::check_dims(values, dims);
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
