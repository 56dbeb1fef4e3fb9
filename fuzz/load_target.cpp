// ctnn_fuzz_load: the input as a whole file, of any format, through ctnn::keras::load into every
// fixed type (fuzz_models.hpp). load tells the format by content, so one target reaches the
// .keras archive reader, the legacy .h5 reader and the Keras 3 .weights.h5 reader.
#include <cstddef>
#include <cstdint>

#include "fuzz_models.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const ctnn_fuzz::memory_file file(data, size);  // removed again when the input is done
  ctnn_fuzz::load_into_every_type(ctnn_fuzz::memory_file::path());
  return 0;
}
