// ctnn/io/npy.hpp on the files numpy wrote (tests/io_files/, make_io_files.py): the values it
// stored, every refusal and its message, and round trips: what ctnn writes is byte for byte what
// np.save writes, and reads back (make_io_files.py check DIR has numpy read it).
#include <cmath>
#include <cstddef>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/io/npy.hpp>

#include "support/scratch_dir.hpp"

namespace npy = ctnn::npy;
using Catch::Matchers::Contains;

namespace {

const std::filesystem::path files_dir = CTNN_IO_FILES_DIR;

std::vector<char> file_bytes(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

/// What `read` throws (an io_error), or "no error".
template <class Read>
std::string message_of(Read&& read) {
  try {
    read();
  } catch (const ctnn::io_error& error) {
    return error.what();
  }
  return "no error";
}

/// Bit for bit, so that -0.0 is not 0.0.
bool same_bits(float a, float b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// The values make_io_files.py wrote.
const std::vector<float> f4_2x3 = {0.5f, -1.25f, 0.1f, std::numeric_limits<float>::max(), -0.0f,
                                   std::numeric_limits<float>::denorm_min()};
const std::vector<double> f8_3 = {0.1, -2.5, 1e300};
const std::vector<float> small = {1.0f, 2.0f, 3.0f, 4.0f};

std::vector<float> f4_4d() {  // np.arange(24) / 4 - 1, shape (2, 2, 2, 3)
  std::vector<float> values;
  for (int i = 0; i < 24; ++i) values.push_back(float(i) / 4.0f - 1.0f);
  return values;
}

}  // namespace

TEST_CASE("npy: read_npy gives the shapes and values numpy wrote", "[io][npy]") {
  const npy::array a = npy::read_npy(files_dir / "f4_2x3.npy");
  CHECK(a.shape == std::vector<std::size_t>{2, 3});
  REQUIRE(a.values.size() == 6);
  for (std::size_t i = 0; i < 6; ++i) CHECK(same_bits(a.values[i], f4_2x3[i]));

  // float64 rounded to float: 0.1 to 0.1f, 1e300 beyond float's range to infinity, as numpy's astype.
  const npy::array b = npy::read_npy(files_dir / "f8_3.npy");
  CHECK(b.shape == std::vector<std::size_t>{3});
  CHECK(b.values == std::vector<float>{0.1f, -2.5f, std::numeric_limits<float>::infinity()});

  const npy::array scalar = npy::read_npy(files_dir / "f4_scalar.npy");  // 0-d: one value
  CHECK(scalar.shape.empty());
  CHECK(scalar.values == std::vector<float>{42.5f});

  const npy::array empty = npy::read_npy(files_dir / "f4_empty.npy");
  CHECK(empty.shape == std::vector<std::size_t>{0, 3});
  CHECK(empty.values.empty());

  const npy::array four = npy::read_npy(files_dir / "f4_4d.npy");
  CHECK(four.shape == std::vector<std::size_t>{2, 2, 2, 3});
  CHECK(four.values == f4_4d());
}

TEST_CASE("npy: format versions 2.0 and 3.0, and Python 2's long extents, are read", "[io][npy]") {
  for (const char* name : {"f4_v2.npy", "f4_v3.npy", "f4_long_shape.npy"}) {
    INFO(name);
    const npy::array a = npy::read_npy(files_dir / name);
    CHECK(a.shape == std::vector<std::size_t>{2, 2});
    CHECK(a.values == small);
  }
}

TEST_CASE("npy: read_npy<double> keeps float64 exactly, and widens float32", "[io][npy]") {
  const npy::array64 b = npy::read_npy<double>(files_dir / "f8_3.npy");
  CHECK(b.values == f8_3);
  const npy::array64 a = npy::read_npy<double>(files_dir / "f4_2x3.npy");
  REQUIRE(a.values.size() == 6);
  for (std::size_t i = 0; i < 6; ++i) CHECK(a.values[i] == double(f4_2x3[i]));
}

TEST_CASE("npy: read_npz reads np.savez and np.savez_compressed archives alike", "[io][npy][npz]") {
  for (const char* name : {"arrays_stored.npz", "arrays_compressed.npz"}) {
    INFO(name);
    const auto arrays = npy::read_npz(files_dir / name);
    REQUIRE(arrays.size() == 3);
    CHECK(arrays.at("x").shape == std::vector<std::size_t>{2, 2});
    CHECK(arrays.at("x").values == small);
    CHECK(arrays.at("y").values == std::vector<float>{0.1f, -2.5f, std::numeric_limits<float>::infinity()});
    CHECK(arrays.at("s").shape.empty());
    CHECK(arrays.at("s").values == std::vector<float>{42.5f});
    CHECK(npy::read_npz<double>(files_dir / name).at("y").values == f8_3);
    CHECK(npy::read_npz_array<double>(files_dir / name, "y").values == f8_3);
    CHECK(npy::read_npz_array(files_dir / name, "x.npy").values == small);  // numpy's member name works too
  }
  // One array of an archive whose other array ctnn cannot read.
  CHECK(npy::read_npz_array(files_dir / "int64_member.npz", "a").values == small);
}

TEST_CASE("npy: arrays become tensors of a sample shape, batch first, checked", "[io][npy][tensor]") {
  const auto x = npy::read_npy_tensor<ctnn::shape<2, 2, 3>>(files_dir / "f4_4d.npy");
  CHECK(x.batch_size() == 2);
  CHECK(x.at(1, 1, 0, 2) == 4.0f);  // element 1 * 12 + 1 * 6 + 0 * 3 + 2 = 20: 20 / 4 - 1
  CHECK(std::vector<float>(x.values().begin(), x.values().end()) == f4_4d());

  const auto y = npy::read_npz_tensor<ctnn::shape<2>>(files_dir / "arrays_compressed.npz", "x");
  CHECK(y.batch_size() == 2);
  CHECK(y.at(1, 0) == 3.0f);
  const auto scalars = npy::to_tensor<ctnn::shape<>>(npy::read_npy(files_dir / "f8_3.npy"));  // (3,): 3 samples of ()
  CHECK(scalars.batch_size() == 3);
  CHECK(npy::read_npy_tensor<ctnn::shape<3>>(files_dir / "f4_empty.npy").batch_size() == 0);

  const std::string f4_4d_path = (files_dir / "f4_4d.npy").string();
  CHECK(message_of([&] { npy::read_npy_tensor<ctnn::shape<2, 2, 2>>(files_dir / "f4_4d.npy"); }) ==
        "ctnn::npy::read_npy_tensor: " + f4_4d_path + ": the array's shape is (2, 2, 2, 3), the tensor's is (None, 2, 2, 2) (batch first)");
  CHECK(message_of([&] { npy::read_npy_tensor<ctnn::shape<2, 2, 2, 3>>(files_dir / "f4_4d.npy"); }) ==
        "ctnn::npy::read_npy_tensor: " + f4_4d_path + ": the array's shape is (2, 2, 2, 3), the tensor's is (None, 2, 2, 2, 3) (batch first)");
  CHECK(message_of([&] { npy::read_npz_tensor<ctnn::shape<3>>(files_dir / "arrays_stored.npz", "x"); }) ==
        "ctnn::npy::read_npz_tensor: " + (files_dir / "arrays_stored.npz").string() +
            ": array 'x': the array's shape is (2, 2), the tensor's is (None, 3) (batch first)");
  CHECK(message_of([&] { npy::read_npz_tensor<ctnn::shape<3>>(files_dir / "arrays_stored.npz", "z"); }) ==
        "ctnn::npy::read_npz_tensor: " + (files_dir / "arrays_stored.npz").string() +
            ": holds no array 'z' (it holds 'x', 'y', 's')");
  CHECK(message_of([&] { npy::to_tensor<ctnn::shape<28, 28, 1>>(npy::read_npy(files_dir / "f4_2x3.npy"), "x"); }) ==
        "ctnn::npy::to_tensor: x: the array's shape is (2, 3), the tensor's is (None, 28, 28, 1) (batch first)");
}

TEST_CASE("npy: every file ctnn cannot read is refused with its reason", "[io][npy][errors]") {
  struct refused {
    const char* name;
    const char* reason;  // the message after "ctnn::npy::read_npy: <path>: "
  };
  const refused files[] = {
      {"fortran_order.npy", "the array is in Fortran order (fortran_order: True): ctnn reads C order; save np.ascontiguousarray(a)"},
      {"big_endian.npy",
       "dtype '>f4' (float32, big-endian) is not supported: ctnn reads little-endian '<f4' (float32) and '<f8' (float64); "
       "save a.astype('<f4')"},
      {"int64.npy", "dtype '<i8' (int64) is not supported: ctnn reads '<f4' (float32) and '<f8' (float64)"},
      {"float16.npy", "dtype '<f2' (float16) is not supported: ctnn reads '<f4' (float32) and '<f8' (float64)"},
      {"object.npy", "dtype '|O' (object: pickled Python objects) is not supported: ctnn reads '<f4' (float32) and '<f8' (float64)"},
      {"structured.npy",
       "dtype '[('a', '<f4'), ('b', '<f4')]' is a structured dtype: ctnn reads '<f4' (float32) and '<f8' (float64)"},
      {"truncated_data.npy", "holds 20 bytes of data, but shape (2, 3) of float32 needs 24: it is truncated"},
      {"truncated_header.npy", "declares a header of 118 bytes, but holds 30 bytes in all: it is truncated or damaged"},
      {"header_past_end.npy", "declares a header of 65535 bytes, but holds 64 bytes in all: it is truncated or damaged"},
      {"not_npy.npy", "is not a .npy file (it does not start with \\x93NUMPY)"},
      {"version_4.npy", "is .npy format version 4.0: ctnn reads 1.0, 2.0 and 3.0"},
      {"shape_2_62.npy", "shape (4611686018427387904,) of float32 needs more than 2^64 - 1 bytes"},
      {"shape_2_40.npy", "holds 0 bytes of data, but shape (1099511627776,) of float32 needs 4398046511104: it is truncated"},
      {"bad_dict_no_shape.npy",
       "the header is not the dict numpy writes: it has no 'shape': a .npy header holds 'descr', 'fortran_order' and 'shape' "
       "(header: '{'descr': '<f4', 'fortran_order': False, }')"},
      {"bad_dict_not_a_dict.npy",
       "the header is not the dict numpy writes: it has '['<f4', False, (' at character 0 where '{' should be "
       "(header: '['<f4', False, (1,)]')"},
      {"bad_dict_negative.npy",
       "the header is not the dict numpy writes: it has '-1, 3), }' at character 51 where an extent (a whole number) should be "
       "(header: '{'descr': '<f4', 'fortran_order': False, 'shape': (-1, 3), }')"},
      {"bad_dict_unterminated.npy",
       "the header is not the dict numpy writes: it has 'fortran_order':' at character 17 where ',' or '}' should be "
       "(header: '{'descr': '<f4, 'fortran_order': False, 'shape': (1,), }')"},
  };
  for (const refused& file : files) {
    INFO(file.name);
    const std::filesystem::path path = files_dir / file.name;
    REQUIRE(std::filesystem::is_regular_file(path));
    CHECK(message_of([&] { npy::read_npy(path); }) == "ctnn::npy::read_npy: " + path.string() + ": " + file.reason);
    CHECK(message_of([&] { npy::read_npy<double>(path); }) == "ctnn::npy::read_npy: " + path.string() + ": " + file.reason);
  }
  CHECK(message_of([&] { npy::read_npy(files_dir / "no_such_file.npy"); }) ==
        "ctnn::npy::read_npy: " + (files_dir / "no_such_file.npy").string() + ": no such file");
  CHECK(message_of([&] { npy::read_npy(files_dir); }) == "ctnn::npy::read_npy: " + files_dir.string() + ": is a directory, not a file");
}

TEST_CASE("npy: every archive ctnn cannot read is refused with its reason, naming the array", "[io][npy][npz][errors]") {
  struct refused {
    const char* name;
    const char* reason;  // the message after "ctnn::npy::read_npz: <path>: "
  };
  const refused files[] = {
      {"int64_member.npz", "array 'b': dtype '<i8' (int64) is not supported: ctnn reads '<f4' (float32) and '<f8' (float64)"},
      {"member_not_npy.npz", "array 'notes.txt': is not a .npy file (it does not start with \\x93NUMPY)"},
      {"duplicate_names.npz", "holds two arrays named 'x'"},
      {"crc_error.npz", "array 'x': is damaged (CRC error)"},
      {"bomb.npz",
       "array 'x': declares 1000000000 bytes from 83 deflated bytes (the archive has 211): the archive is damaged or not what it claims"},
      {"truncated.npz", "is not a readable zip archive (Not a zip archive; an .npz file is a zip of .npy files)"},
      {"not_npz.npz",
       "is not a readable zip archive (Not a zip archive; an .npz file is a zip of .npy files; this one is a .npy file: read it "
       "with read_npy)"},
  };
  for (const refused& file : files) {
    INFO(file.name);
    const std::filesystem::path path = files_dir / file.name;
    REQUIRE(std::filesystem::is_regular_file(path));
    CHECK(message_of([&] { npy::read_npz(path); }) == "ctnn::npy::read_npz: " + path.string() + ": " + file.reason);
  }
  // The limit on what an archive may hold, all members together (x: 144 bytes, y: 152, s: 132).
  const std::filesystem::path stored = files_dir / "arrays_stored.npz";
  CHECK(npy::read_npz(stored, 428).size() == 3);
  CHECK(message_of([&] { npy::read_npz(stored, 427); }) ==
        "ctnn::npy::read_npz: " + stored.string() +
            ": array 's': declares 132 bytes, and the arrays before it 296: more than the 427 accepted (max_bytes)");
  CHECK(message_of([&] { npy::read_npz_array(stored, "x", 100); }) ==
        "ctnn::npy::read_npz_array: " + stored.string() +
            ": array 'x': declares 144 bytes: more than the 100 accepted (max_bytes)");
}

TEST_CASE("npy: headers numpy would not write are refused, and what numpy may write is read", "[io][npy][errors]") {
  // .npy bytes with the given header dict (padded as numpy pads) and float32 data of `values` values.
  const auto npy_file = [](const std::string& dict, std::size_t values = 0) {
    std::string bytes = "\x93NUMPY\x01";
    bytes += '\0';
    std::string header = dict;
    header.append((64 - (10 + header.size() + 1) % 64) % 64, ' ');
    header += '\n';
    bytes += static_cast<char>(header.size() & 0xff);
    bytes += static_cast<char>(header.size() >> 8);
    return bytes + header + std::string(values * 4, '\0');
  };
  const auto parse = [](const std::string& bytes) {
    return npy::parse_npy(std::as_bytes(std::span<const char>(bytes.data(), bytes.size())), "test.npy");
  };
  const auto refusal = [&](const std::string& dict) { return message_of([&] { parse(npy_file(dict, 6)); }); };

  // Accepted: double quotes, no trailing comma, keys in any order, spaces, "(2,3)".
  CHECK(parse(npy_file("{\"shape\":(2,3),\"fortran_order\":False,\"descr\":\"<f4\"}", 6)).shape == std::vector<std::size_t>{2, 3});
  CHECK(parse(npy_file("{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }", 6)).values.size() == 3);

  const std::string prefix = "ctnn::npy::parse_npy: test.npy: the header is not the dict numpy writes: it ";
  CHECK_THAT(refusal("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), 'extra': 1}"),
             Contains(prefix + "holds the key 'extra': a .npy header holds 'descr', 'fortran_order' and 'shape'"));
  CHECK_THAT(refusal("{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': (6,)}"),
             Contains(prefix + "gives 'descr' twice"));
  CHECK_THAT(refusal("{'descr': '<f4', 'fortran_order': 0, 'shape': (6,)}"),
             Contains(prefix + "gives 'fortran_order' as '0, 'shape': (6,)', not True or False"));
  CHECK_THAT(refusal("{'descr': '<f4', 'fortran_order': False, 'shape': 6}"),
             Contains(prefix + "gives 'shape' as '6}', not a tuple of extents"));
  CHECK_THAT(refusal("{'descr': '<f4', 'fortran_order': False, 'shape': (6)}"),
             Contains(prefix + "gives 'shape' as (n) without a comma: that is a number, not a tuple"));
  CHECK_THAT(refusal("{'descr': '<f4', 'fortran_order': False, 'shape': (2.0, 3)}"),
             Contains(prefix + "has '.0, 3)}' at character 52 where ',' or ')' should be"));
  CHECK_THAT(refusal("{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999999999999,)}"),
             Contains(prefix + "gives 'shape' an extent larger than 18446744073709551615"));
  CHECK_THAT(refusal("{'descr': '<f4', 'fortran_order': False, 'shape': (1099511627776, 1099511627776)}"),
             Contains("shape (1099511627776, 1099511627776) of float32 needs more than 2^64 - 1 bytes"));
  CHECK_THAT(refusal("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3)} x"),
             Contains(prefix + "has 'x' at character 58 where the end of the header should be"));
  CHECK_THAT(refusal("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3)"),
             Contains(prefix + "has nothing more at character 118 where ',' or '}' should be"));
  CHECK_THAT(refusal("{'descr': 'f4\\n', 'fortran_order': False, 'shape': (2, 3)}"),
             Contains(prefix + "has '\\\\n', 'fortran_or' at character 13 where the end of the string should be"));
  CHECK_THAT(refusal("{'descr': '<U3', 'fortran_order': False, 'shape': (2,)}"),
             Contains("dtype '<U3' (str: Unicode strings) is not supported"));
  CHECK_THAT(refusal("{'descr': '<q9', 'fortran_order': False, 'shape': (2,)}"), Contains("dtype '<q9' is not supported"));
  std::string many_axes = "{'descr': '<f4', 'fortran_order': False, 'shape': (";
  for (int i = 0; i < 65; ++i) many_axes += "1, ";
  CHECK_THAT(refusal(many_axes + ")}"), Contains(prefix + "gives 'shape' more than 64 axes"));
  // A header of more than 1 MiB is not read, whatever the file holds.
  std::string big = "\x93NUMPY\x02";
  big += std::string("\0\x01\0\x10\0", 5);  // version 2.0, header length 2^20 + 1
  big += std::string((std::size_t{1} << 20) + 1, ' ');
  CHECK(message_of([&] { parse(big); }) ==
        "ctnn::npy::parse_npy: test.npy: declares a header of 1048577 bytes: ctnn reads headers of at most 1048576");
  CHECK(message_of([&] { parse("\x93NUMPY"); }) == "ctnn::npy::parse_npy: test.npy: is not a .npy file: 6 bytes, too short to hold its header");
}

TEST_CASE("npy: write_npy writes the bytes np.save writes", "[io][npy][write]") {
  const ctnn_test::scratch_dir dir("npy_write");
  npy::write_npy(dir / "a.npy", {2, 3}, f4_2x3);
  CHECK(file_bytes(dir / "a.npy") == file_bytes(files_dir / "f4_2x3.npy"));
  npy::write_npy(dir / "b.npy", {3}, f8_3);
  CHECK(file_bytes(dir / "b.npy") == file_bytes(files_dir / "f8_3.npy"));
  npy::write_npy(dir / "s.npy", {}, std::vector<float>{42.5f});
  CHECK(file_bytes(dir / "s.npy") == file_bytes(files_dir / "f4_scalar.npy"));
  npy::write_npy(dir / "e.npy", {0, 3}, std::span<const float>());
  CHECK(file_bytes(dir / "e.npy") == file_bytes(files_dir / "f4_empty.npy"));
  // A tensor: its batch first.
  const auto x = npy::read_npy_tensor<ctnn::shape<2, 2, 3>>(files_dir / "f4_4d.npy");
  npy::write_npy(dir / "x.npy", x);
  CHECK(file_bytes(dir / "x.npy") == file_bytes(files_dir / "f4_4d.npy"));
  // And an array read, written again.
  npy::write_npy(dir / "c.npy", npy::read_npy<double>(files_dir / "f8_3.npy"));
  CHECK(file_bytes(dir / "c.npy") == file_bytes(files_dir / "f8_3.npy"));
}

TEST_CASE("npy: write_npz writes stored and deflated archives that read back", "[io][npy][npz][write]") {
  const ctnn_test::scratch_dir dir("npz_write");
  const npy::array x{{2, 2}, small};
  const npy::array64 y{{3}, f8_3};
  for (const auto how : {npy::compression::stored, npy::compression::deflated}) {
    const std::filesystem::path path = dir / (how == npy::compression::stored ? "stored.npz" : "deflated.npz");
    npy::write_npz(path, {{"x", x}, {"y", y}, {"e", {{0, 3}, std::span<const float>()}}}, how);
    const auto arrays = npy::read_npz<double>(path);
    REQUIRE(arrays.size() == 3);
    CHECK(arrays.at("x").shape == x.shape);
    CHECK(arrays.at("x").values == std::vector<double>{1, 2, 3, 4});
    CHECK(arrays.at("y").values == f8_3);  // written as float64
    CHECK(arrays.at("e").shape == std::vector<std::size_t>{0, 3});
  }
  CHECK(std::filesystem::file_size(dir / "deflated.npz") < std::filesystem::file_size(dir / "stored.npz"));

  // read_npz's result written again: the same arrays.
  const auto read = npy::read_npz(files_dir / "arrays_compressed.npz");
  npy::write_npz(dir / "again.npz", read, npy::compression::deflated);
  const auto again = npy::read_npz(dir / "again.npz");
  REQUIRE(again.size() == read.size());
  for (const auto& [name, values] : read) {
    INFO(name);
    CHECK(again.at(name).shape == values.shape);
    CHECK(again.at(name).values == values.values);
  }
  // No arrays: numpy's empty archive.
  npy::write_npz(dir / "empty.npz", {});
  CHECK(std::filesystem::file_size(dir / "empty.npz") == 22);
  CHECK(npy::read_npz(dir / "empty.npz").empty());
}

TEST_CASE("npy: writing refuses shapes that do not hold the values, and names it cannot use", "[io][npy][write][errors]") {
  const ctnn_test::scratch_dir dir("npy_write_errors");
  const auto invalid = [](auto&& write) -> std::string {
    try {
      write();
    } catch (const std::invalid_argument& error) {
      return error.what();
    }
    return "no error";
  };
  const std::string a = (dir / "a.npy").string(), z = (dir / "z.npz").string();
  CHECK(invalid([&] { npy::write_npy(dir / "a.npy", {2, 2}, std::span<const float>(small).first(3)); }) ==
        "ctnn::npy::write_npy: " + a + ": shape (2, 2) does not hold the 3 values given");
  CHECK(invalid([&] { npy::write_npy(dir / "a.npy", std::vector<std::size_t>(65, 1), std::span<const float>(small).first(1)); }) ==
        "ctnn::npy::write_npy: " + a + ": the shape has 65 axes: numpy reads at most 64");
  CHECK(!std::filesystem::exists(dir / "a.npy"));
  const npy::array x{{2, 2}, small};
  CHECK(invalid([&] { npy::write_npz(dir / "z.npz", {{"x", x}, {"x", x}}); }) == "ctnn::npy::write_npz: " + z + ": array 'x': is given twice");
  CHECK(invalid([&] { npy::write_npz(dir / "z.npz", {{"", x}}); }) == "ctnn::npy::write_npz: " + z + ": an array has an empty name");
  CHECK(invalid([&] { npy::write_npz(dir / "z.npz", {{"x", {{3}, std::span<const float>(small)}}}); }) ==
        "ctnn::npy::write_npz: " + z + ": array 'x': shape (3,) does not hold the 4 values given");
  CHECK(!std::filesystem::exists(dir / "z.npz"));

  const std::filesystem::path nowhere = dir / "no_such_folder" / "a.npy";
  CHECK(message_of([&] { npy::write_npy(nowhere, x); }) == "ctnn::npy::write_npy: " + nowhere.string() + ": cannot be written (No such file or directory)");
  const std::filesystem::path nowhere_npz = dir / "no_such_folder" / "z.npz";
  CHECK_THAT(message_of([&] { npy::write_npz(nowhere_npz, {{"x", x}}); }),
             Contains("ctnn::npy::write_npz: " + nowhere_npz.string() + ": cannot be written ("));
}

TEST_CASE("npy: files ctnn writes are what numpy reads", "[io][npy][for-numpy]") {
  // make_io_files.py check DIR reads these with numpy (CTNN_IO_OUTPUT_DIR=DIR keeps them there).
  const ctnn_test::scratch_dir dir("npy_for_numpy", true);
  const std::vector<float> f4 = {-0.5f, -0.25f, 0.0f, 0.25f, 0.5f, 0.75f};  // np.arange(6) * 0.25 - 0.5
  const std::vector<double> f8 = {0.1, 1e300, -3.0};
  npy::write_npy(dir / "written_f4.npy", {2, 3}, f4);
  npy::write_npy(dir / "written_f8.npy", {3}, f8);
  npy::write_npy(dir / "written_scalar.npy", {}, std::vector<float>{42.5f});
  npy::write_npy(dir / "written_empty.npy", {0, 3}, std::span<const float>());
  npy::write_npy(dir / "written_tensor.npy", npy::read_npy_tensor<ctnn::shape<2, 2, 3>>(files_dir / "f4_4d.npy"));
  const npy::array x{{2, 3}, f4};
  const npy::array64 y{{3}, f8};
  npy::write_npz(dir / "written_stored.npz", {{"x", x}, {"y", y}});
  npy::write_npz(dir / "written_deflated.npz", {{"x", x}, {"y", y}}, npy::compression::deflated);
  CHECK(npy::read_npy(dir / "written_f4.npy").values == f4);
  CHECK(npy::read_npz_array<double>(dir / "written_deflated.npz", "y").values == f8);
}

TEST_CASE("npy: every cut and every flipped byte of a file is read or refused, never read out of bounds", "[io][npy][errors]") {
  const ctnn_test::scratch_dir dir("npy_hostile");
  const std::vector<char> npy_file = file_bytes(files_dir / "f4_2x3.npy");
  for (std::size_t length = 0; length < npy_file.size(); ++length) {
    INFO("cut at " << length);
    CHECK_THROWS_AS(npy::parse_npy(std::as_bytes(std::span<const char>(npy_file.data(), length))), ctnn::io_error);
  }
  for (std::size_t at = 0; at < npy_file.size(); ++at) {
    std::vector<char> flipped = npy_file;
    flipped[at] = static_cast<char>(flipped[at] ^ 0x5a);
    try {
      const npy::array a = npy::parse_npy(std::as_bytes(std::span<const char>(flipped)));
      CHECK(a.values.size() == 6);  // a flipped value or padding byte: still six values
    } catch (const ctnn::io_error&) {
    }
  }
  for (const char* name : {"arrays_stored.npz", "arrays_compressed.npz"}) {
    const std::vector<char> archive = file_bytes(files_dir / name);
    for (std::size_t at = 0; at < archive.size(); ++at) {
      for (const bool cut : {true, false}) {
        std::vector<char> bytes(archive.begin(), archive.begin() + std::ptrdiff_t(cut ? at : archive.size()));
        if (!cut) bytes[at] = static_cast<char>(bytes[at] ^ 0x5a);
        std::ofstream(dir / "x.npz", std::ios::binary).write(bytes.data(), std::streamsize(bytes.size()));
        INFO(name << (cut ? ": cut at " : ": flipped at ") << at);
        try {
          const auto arrays = npy::read_npz(dir / "x.npz");
          CHECK(arrays.size() <= 3);
        } catch (const ctnn::io_error&) {
        }
      }
    }
  }
}
