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
