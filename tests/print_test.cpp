// numpy's printing of float32 arrays. Every expected string was printed by numpy 1.24 (Debian
// python3-numpy) for the same values: str() for numpy_str, repr() for numpy_repr.
#include <catch2/catch.hpp>
#include <ctnn/print.hpp>

#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

using ctnn::numpy_repr;
using ctnn::numpy_str;

TEST_CASE("numpy_str aligns decimal points and trims zeros like numpy", "[print]") {
  CHECK(numpy_str(std::vector<float>{0.5f, 0.25f}, {2}) == "[0.5  0.25]");
  CHECK(numpy_str(std::vector<float>{-1.5f, 2.0f}, {2}) == "[-1.5  2. ]");
  CHECK(numpy_str(std::vector<float>{3.14159265f}, {1}) == "[3.1415927]");
}

TEST_CASE("numpy_str switches to scientific notation where numpy does", "[print]") {
  CHECK(numpy_str(std::vector<float>{1e-5f, 1.0f}, {2}) == "[1.e-05 1.e+00]");
  CHECK(numpy_str(std::vector<float>{-0.0f, 1e9f}, {2}) == "[-0.e+00  1.e+09]");
}

TEST_CASE("numpy_str widens the columns for nan and -inf", "[print]") {
  const float nan = std::numeric_limits<float>::quiet_NaN(), inf = std::numeric_limits<float>::infinity();
  CHECK(numpy_str(std::vector<float>{nan, -inf, 1.5f}, {3}) == "[ nan -inf  1.5]");
}

TEST_CASE("numpy_str wraps rows at 75 columns and nests blocks with blank lines", "[print]") {
  std::vector<float> values(30);
  std::iota(values.begin(), values.end(), 0.0f);
  CHECK(numpy_str(values, {30}) ==
        "[ 0.  1.  2.  3.  4.  5.  6.  7.  8.  9. 10. 11. 12. 13. 14. 15. 16. 17.\n"
        " 18. 19. 20. 21. 22. 23. 24. 25. 26. 27. 28. 29.]");
  CHECK(numpy_str(std::vector<float>{1, 2, 3, 4, 5, 6, 7, 8}, {2, 2, 2}) ==
        "[[[1. 2.]\n  [3. 4.]]\n\n [[5. 6.]\n  [7. 8.]]]");
}

TEST_CASE("numpy_repr writes array(..., dtype=float32) and moves dtype to its own line when long", "[print]") {
  CHECK(numpy_repr(std::vector<float>{1, 2, 3, 4}, {2, 2}) == "array([[1., 2.],\n       [3., 4.]], dtype=float32)");
  std::vector<float> sevenths(30);
  for (std::size_t i = 0; i < sevenths.size(); ++i) sevenths[i] = static_cast<float>(i) / 7.0f;
  CHECK(numpy_repr(sevenths, {2, 15}) ==
        "array([[0.        , 0.14285715, 0.2857143 , 0.42857143, 0.5714286 ,\n"
        "        0.71428573, 0.85714287, 1.        , 1.1428572 , 1.2857143 ,\n"
        "        1.4285715 , 1.5714285 , 1.7142857 , 1.8571428 , 2.        ],\n"
        "       [2.142857  , 2.2857144 , 2.4285715 , 2.5714285 , 2.7142856 ,\n"
        "        2.857143  , 3.        , 3.142857  , 3.2857144 , 3.4285715 ,\n"
        "        3.5714285 , 3.7142856 , 3.857143  , 4.        , 4.142857  ]],\n"
        "      dtype=float32)");
}

TEST_CASE("numpy_str refuses dimensions that do not match the values", "[print]") {
  CHECK_THROWS_AS(numpy_str(std::vector<float>{1, 2, 3}, {2, 2}), std::invalid_argument);
}

TEST_CASE("numpy_str in scientific notation shows every value with the longest value's digits", "[print]") {
  CHECK(numpy_str(std::vector<float>{1e-5f, 1.2345678f}, {2}) == "[9.9999997e-06 1.2345678e+00]");
  CHECK(numpy_str(std::vector<float>{1e-4f}, {1}) == "[1.e-04]");  // float32(1e-4) < 1e-4 in double
  const float inf = std::numeric_limits<float>::infinity();
  CHECK(numpy_str(std::vector<float>{1e-5f, -inf}, {2}) == "[1.e-05   -inf]");
}

TEST_CASE("numpy summarises arrays of more than 1000 values with three items at each end", "[print]") {
  std::vector<float> values(1001);
  std::iota(values.begin(), values.end(), 0.0f);
  CHECK(numpy_str(values, {1001}) == "[   0.    1.    2. ...  998.  999. 1000.]");
  std::vector<float> images(2 * 28 * 28);
  std::iota(images.begin(), images.end(), 0.0f);
  // 1567 / 1 > 1000: scientific, as numpy chooses from the shown values.
  CHECK(numpy_str(images, {2, 28, 28}) ==
        "[[[0.000e+00 1.000e+00 2.000e+00 ... 2.500e+01 2.600e+01 2.700e+01]\n"
        "  [2.800e+01 2.900e+01 3.000e+01 ... 5.300e+01 5.400e+01 5.500e+01]\n"
        "  [5.600e+01 5.700e+01 5.800e+01 ... 8.100e+01 8.200e+01 8.300e+01]\n"
        "  ...\n"
        "  [7.000e+02 7.010e+02 7.020e+02 ... 7.250e+02 7.260e+02 7.270e+02]\n"
        "  [7.280e+02 7.290e+02 7.300e+02 ... 7.530e+02 7.540e+02 7.550e+02]\n"
        "  [7.560e+02 7.570e+02 7.580e+02 ... 7.810e+02 7.820e+02 7.830e+02]]\n"
        "\n"
        " [[7.840e+02 7.850e+02 7.860e+02 ... 8.090e+02 8.100e+02 8.110e+02]\n"
        "  [8.120e+02 8.130e+02 8.140e+02 ... 8.370e+02 8.380e+02 8.390e+02]\n"
        "  [8.400e+02 8.410e+02 8.420e+02 ... 8.650e+02 8.660e+02 8.670e+02]\n"
        "  ...\n"
        "  [1.484e+03 1.485e+03 1.486e+03 ... 1.509e+03 1.510e+03 1.511e+03]\n"
        "  [1.512e+03 1.513e+03 1.514e+03 ... 1.537e+03 1.538e+03 1.539e+03]\n"
        "  [1.540e+03 1.541e+03 1.542e+03 ... 1.565e+03 1.566e+03 1.567e+03]]]");
}

TEST_CASE("numpy_repr names the shape of an empty batch", "[print]") {
  CHECK(numpy_repr(std::vector<float>{}, {0, 2}) == "array([], shape=(0, 2), dtype=float32)");
  CHECK(numpy_repr(std::vector<float>{}, {0}) == "array([], dtype=float32)");
}
