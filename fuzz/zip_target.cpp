// ctnn_fuzz_zip: the input as the members of a .keras archive (config.json, metadata.json and
// model.weights.h5), written into a valid zip and loaded through ctnn::keras::load into every
// fixed type. A mutation of a whole .keras file (ctnn_fuzz_load) almost always breaks the
// archive's checksums and stops there; this target reaches what lies behind them: the
// architecture read from config.json and the weights opened from memory by HDF5's core driver.
//
// Input layout (libFuzzer's FuzzedDataProvider): the last byte chooses which members exist and
// how each is compressed; then config.json and metadata.json, each ended by a backslash and any
// other character (a backslash in the text is doubled); the rest is model.weights.h5.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <unistd.h>
#include <zip.h>

#include <fuzzer/FuzzedDataProvider.h>

#include "fuzz_models.hpp"

namespace {

[[noreturn]] void die(const char* what, zip_t* archive) {
  std::fprintf(stderr, "ctnn_fuzz_zip: %s: %s\n", what, archive != nullptr ? zip_strerror(archive) : "");
  std::abort();
}

void add_member(zip_t* archive, const char* name, const void* bytes, std::size_t size, bool deflate) {
  zip_source_t* source = zip_source_buffer(archive, bytes, size, 0);
  if (source == nullptr) die("zip_source_buffer", archive);
  const zip_int64_t index = zip_file_add(archive, name, source, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(source);
    die("zip_file_add", archive);
  }
  if (zip_set_file_compression(archive, zip_uint64_t(index), deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 1) != 0)
    die("zip_set_file_compression", archive);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider input(data, size);
  const auto choice = input.ConsumeIntegral<std::uint8_t>();
  const std::string config = input.ConsumeRandomLengthString(size);
  const std::string metadata = input.ConsumeRandomLengthString(size);
  const std::vector<std::uint8_t> weights = input.ConsumeRemainingBytes<std::uint8_t>();

  // A per-process file in shared memory: libzip writes an archive through a temporary file that
  // it renames, which a memfd path cannot take. Forked fuzzing processes have their own.
  static const std::string path = "/dev/shm/ctnn_fuzz_zip_" + std::to_string(getpid()) + ".keras";
  std::remove(path.c_str());
  int code = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (archive == nullptr) die("zip_open", nullptr);
  if ((choice & 1) == 0) add_member(archive, "config.json", config.data(), config.size(), (choice & 2) != 0);
  if ((choice & 4) == 0) add_member(archive, "metadata.json", metadata.data(), metadata.size(), (choice & 8) != 0);
  if ((choice & 16) == 0) add_member(archive, "model.weights.h5", weights.data(), weights.size(), (choice & 32) != 0);
  if (zip_close(archive) != 0) die("zip_close", archive);  // an archive with no members is not written

  ctnn_fuzz::load_into_every_type(path);
  std::remove(path.c_str());
  return 0;
}
