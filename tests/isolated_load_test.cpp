// ctnn::keras::load(model, path, isolation): files that crash libhdf5, make it loop or allocate
// without bound end in a file_error that names what happened (signal, time limit, memory limit,
// or the loader's own message), this process lives on, the model keeps its weights, and no child
// process or file descriptor is left behind; valid files load with exactly the weights of the
// in-process load. The hostile files are ../shared/hostile/ (its README says which is which).
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>
#include <ctnn/io/detail/isolated_protocol.hpp>
#include <ctnn/io/isolated_load.hpp>

#include "keras_models.hpp"
#include "support/isolated_child.hpp"
#include "support/keras_file_models.hpp"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using namespace std::chrono_literals;

namespace {

const std::filesystem::path files_dir = CTNN_KERAS_FILES_DIR;
constexpr bool sanitized = ctnn::keras::detail::sanitizer_reserves_address_space;
#if defined(__SANITIZE_ADDRESS__)
constexpr bool address_sanitized = true;
#elif defined(__has_feature)
constexpr bool address_sanitized = __has_feature(address_sanitizer);
#else
constexpr bool address_sanitized = false;
#endif

using tiny = keras_file_models::tiny;  // 23 parameters
// valid_keras2.h5's weights in Keras get_weights() order, flat (multiples of 1/8, exact in float32).
const std::vector<float> tiny_stored = {-0.625f, 0.25f, -0.25f, 0.625f, 0.125f, -0.375f, 0.5f,   0.0f,
                                        -0.5f,   0.375f, -0.125f, -0.625f, 0.25f,  -0.25f, 0.625f, 0.125f,
                                        -0.375f, 0.5f,   0.0f,   -0.5f,  0.375f, -0.125f, -0.625f};

using small_cgan = keras_file_models::cgan;  // 38 parameters

using cgan_keras3 = mnist_cgan::keras3::generator;    // the real conditional generator: 863,543 parameters
using cgan_tfkeras = mnist_cgan::tfkeras::generator;  // 605,880 parameters

/// Parameters no file holds (i + 0.5), set before a load that must fail and leave them so.
template <class Model>
std::vector<float> mark(Model& model) {
  std::vector<float> marked(Model::param_count);
  for (std::size_t i = 0; i < marked.size(); ++i) marked[i] = static_cast<float>(i % 1000) + 0.5f;
  model.set_weights_flat(marked);
  return marked;
}

template <class Model>
std::vector<float> parameters_of(const Model& model) {
  const auto values = model.parameters();
  return {values.begin(), values.end()};
}

/// What an isolated load's message says happened.
enum class cause { loader, signal, time_limit, memory_limit, exited_without_result };

const char* name_of(cause what) {
  switch (what) {
    case cause::loader: return "the loader's own message";
    case cause::signal: return "a signal";
    case cause::time_limit: return "the time limit";
    case cause::memory_limit: return "the memory limit";
    case cause::exited_without_result: return "an exit without a result";
  }
  return "?";
}

cause cause_of(const std::string& message) {
  if (message.find("within the time limit of") != std::string::npos) return cause::time_limit;
  if (message.find("was killed by signal") != std::string::npos) return cause::signal;
  if (message.find("memory limit") != std::string::npos) return cause::memory_limit;
  if (message.find("without a result") != std::string::npos) return cause::exited_without_result;
  return cause::loader;
}

/// Loads `path` isolated into a marked `Model`, which must fail with a file_error that starts
/// with the file's name and leaves the model's parameters as they were; returns the message.
template <class Model>
std::string failed_isolated_load(const std::filesystem::path& path, ctnn::keras::isolation limits) {
  Model model;
  const std::vector<float> before = mark(model);
  std::string message;
  try {
    ctnn::keras::load(model, path, limits);
    FAIL_CHECK("loaded without an error: " << path);
  } catch (const ctnn::keras::file_error& error) {
    message = error.what();
  }
  CHECK_THAT(message, StartsWith("ctnn::keras::load: " + path.string() + ": "));
  CHECK(message.size() < 4096 + 1024);  // the child's message is capped, the parent's note is short
  CHECK(parameters_of(model) == before);
  return message;
}

/// The descriptors this process has open now (Linux: /proc/self/fd), to show none is leaked.
std::size_t open_descriptors() {
  std::size_t count = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) ++count;
  return count;
}

/// Whether this process has no child left, running or zombie.
bool no_children_left() {
  int status = 0;
  return ::waitpid(-1, &status, WNOHANG) == -1 && errno == ECHILD;
}

}  // namespace

// ---- Valid files: the isolated load gives exactly the in-process load's weights -------------

TEST_CASE("isolated_load: the small valid files load with the stored weights, as in process", "[keras][isolated]") {
  for (const char* name : {"valid_keras2.h5", "valid_keras3_names.h5"}) {
    INFO(name);
    tiny isolated, in_process;
    mark(isolated);
    ctnn::keras::load(isolated, files_dir / name, ctnn::keras::isolation{});
    ctnn::keras::load(in_process, files_dir / name);
    CHECK(parameters_of(isolated) == tiny_stored);
    CHECK(parameters_of(isolated) == parameters_of(in_process));
  }
  // A .keras archive (libzip, then HDF5 from memory) and a Keras 3 weights file.
  for (const char* name : {"cgan_nested_keras3.keras", "cgan_flat_keras3.weights.h5"}) {
    INFO(name);
    small_cgan isolated, in_process;
    mark(isolated);
    const ctnn::keras::file_info isolated_info = ctnn::keras::load(isolated, files_dir / name, {.time_limit = 20s});
    const ctnn::keras::file_info in_process_info = ctnn::keras::load(in_process, files_dir / name);
    CHECK(parameters_of(isolated) == parameters_of(in_process));
    // What the file says of the model comes back from the worker too.
    CHECK(isolated_info.model_name == in_process_info.model_name);
    CHECK(isolated_info.layer_names == in_process_info.layer_names);
    CHECK(isolated_info.keras_version == in_process_info.keras_version);
    CHECK(isolated.parameters()[0] == -0.625f);  // make_keras3_files.py's first kernel value
  }
  // A model of three outputs: the request carries every output's position.
  keras_file_models::heads isolated, in_process;
  mark(isolated);
  ctnn::keras::load(isolated, files_dir / "functional_heads_tfkeras.h5", ctnn::keras::isolation{});
  ctnn::keras::load(in_process, files_dir / "functional_heads_tfkeras.h5");
  CHECK(parameters_of(isolated) == parameters_of(in_process));
  CHECK(isolated.parameters()[0] == -0.625f);
  // Shared layers: the request carries the layer of every position (a shared layer's calls are
  // several positions of one layer).
  keras_file_models::siamese shared_isolated, shared_in_process;
  mark(shared_isolated);
  const ctnn::keras::file_info shared_info =
      ctnn::keras::load(shared_isolated, files_dir / "shared_nested_encoder_tfkeras.h5", ctnn::keras::isolation{});
  ctnn::keras::load(shared_in_process, files_dir / "shared_nested_encoder_tfkeras.h5");
  CHECK(parameters_of(shared_isolated) == parameters_of(shared_in_process));
  CHECK(shared_info.layer_names == std::vector<std::string>{"a", "b", "encoder/dense", "encoder/dense_1", "subtract", "dense_2"});
}

TEST_CASE("isolated_load: a layer object as an activation crosses to the worker and is checked there", "[keras][isolated][activations]") {
  // The type's expected activation is a LeakyReLU object with its slope (the request's layer form).
  const std::filesystem::path file = files_dir / "activation_objects_keras3.keras";
  keras_file_models::activation_objects isolated, in_process;
  mark(isolated);
  ctnn::keras::load(isolated, file, ctnn::keras::isolation{});
  ctnn::keras::load(in_process, file);
  CHECK(parameters_of(isolated) == parameters_of(in_process));
  CHECK(isolated.parameters()[0] == -0.625f);
  using steeper = ctnn::sequential<ctnn::input<3>, ctnn::dense<4, ctnn::dense_opts{.activation = ctnn::activation_of<ctnn::leaky_relu<0.25>>}>,
                                   ctnn::dense<3>, ctnn::activation_layer<ctnn::activation_of<ctnn::relu<ctnn::relu_opts{.negative_slope = 0.25}>>>>;
  const std::string message = failed_isolated_load<steeper>(file, ctnn::keras::isolation{});
  CHECK_THAT(message, Contains("layer 1 'dense' (Dense): activation is {") &&
                          Contains("the type says {\"class_name\":\"LeakyReLU\",\"config\":{\"alpha\":0.25}}"));
}

TEST_CASE("isolated_load: the broken small files fail with the in-process load's own message", "[keras][isolated]") {
  // Every file of tests/keras_files into one type: whatever the in-process load says (a wrong
  // architecture, a damaged file), the isolated load passes on word for word.
  std::size_t compared = 0;
  for (const auto& entry : std::filesystem::directory_iterator(files_dir)) {
    const auto& path = entry.path();
    if (path.extension() != ".h5" && path.extension() != ".keras") continue;
    INFO(path.filename().string());
    std::string in_process_message = "loaded";
    tiny in_process;
    try {
      ctnn::keras::load(in_process, path);
    } catch (const ctnn::keras::file_error& error) {
      in_process_message = error.what();
    }
    if (in_process_message == "loaded") continue;  // the valid ones: above
    const std::string message = failed_isolated_load<tiny>(path, {.time_limit = 20s});
    CHECK(message == in_process_message);
    ++compared;
  }
  CHECK(compared >= 30);  // every file of the folder but the two the tiny model loads (above)
}

#if defined(CTNN_MODELS_DIR)
TEST_CASE("isolated_load: real models load with the default limits, as in process", "[keras][isolated][real]") {
  const std::filesystem::path models = CTNN_MODELS_DIR;
  auto same_as_in_process = [&]<class Model>(Model*, const char* file) {
    INFO(file);
    Model isolated, in_process;
    ctnn::keras::load(isolated, models / file, ctnn::keras::isolation{});
    ctnn::keras::load(in_process, models / file);
    CHECK(parameters_of(isolated) == parameters_of(in_process));
  };
  same_as_in_process(static_cast<keras_models::cifar10_discriminator*>(nullptr), "cifar10_discriminator_3formats_keras215/discriminator.keras");
  same_as_in_process(static_cast<keras_models::cifar10_discriminator*>(nullptr), "cifar10_discriminator_3formats_keras215/discriminator.h5");
  same_as_in_process(static_cast<keras_models::cifar10_discriminator*>(nullptr), "cifar10_discriminator_3formats_keras215/discriminator_weights.h5");
  same_as_in_process(static_cast<cgan_keras3*>(nullptr), "mnist_cgan_embedding_keras3/cgan_generator.h5");
  same_as_in_process(static_cast<keras_models::fmnist_upsampling_generator*>(nullptr), "fmnist_dcgan_upsampling/generator.h5");
}

TEST_CASE("isolated_load: a memory limit too small for the file ends in a file_error naming it", "[keras][isolated][real]") {
  if constexpr (sanitized) {
    WARN("a sanitizer's build sets no address-space limit: nothing to check");
  } else {
    const std::filesystem::path file = std::filesystem::path(CTNN_MODELS_DIR) / "mnist_cgan_embedding_keras3/cgan_generator.h5";
    const std::string message = failed_isolated_load<cgan_keras3>(file, {.memory_limit_bytes = std::size_t{2} << 20});
    CHECK(cause_of(message) == cause::memory_limit);
    CHECK_THAT(message, Contains("2 MiB"));
    // With the default limit the same file loads (above); so it was the limit, not the file.
  }
}
#endif

// ---- Hostile files ------------------------------------------------------------------------

#if defined(CTNN_HOSTILE_DIR)
namespace {

const std::filesystem::path hostile_dir = CTNN_HOSTILE_DIR;

/// A hostile file, the type it is loaded into, and what its isolated load ends in: in a plain
/// build (the child's signal, the address-space limit), and under AddressSanitizer (whose
/// interceptors report overlapping or overflowing copies and huge requests, exiting with status
/// 1, where a plain build's libhdf5 corrupts its heap unnoticed or dies by SIGSEGV). `fragment`
/// is part of the loader's own message, where that is the outcome.
struct hostile_case {
  const char* file;
  bool tiny_model;  // tiny (made from valid_keras2.h5) or the real Keras 3 cgan generator
  cause plain, under_asan;
  const char* fragment = "";
};

// What each file does today, found by loading it (libhdf5 1.10.8, Debian 12): the "crash-" files
// whose heap overflow happens inside libhdf5 itself go unnoticed in both builds (libhdf5 is not
// instrumented) and reach the loader, which refuses what the damaged file then says.
const hostile_case libhdf5_cases[] = {
    {"crash-0cba11094601789c647386a198d920f08fa54598", false, cause::loader, cause::loader, "is not valid Keras JSON"},
    {"crash-1bd8731e0bb863e081dde6cc6201ecb006f3ab2d", false, cause::loader, cause::loader, "is not valid Keras JSON"},
    {"crash-252f5afbd1f0fe5e97f3bcfa9b1d49033cbeb57d", true, cause::memory_limit, cause::memory_limit},
    {"crash-2cb8ed40995b48cf4e95bd8968eccaff77062bae", false, cause::signal, cause::exited_without_result},
    {"crash-2dab7d9e23efbc78422e5ad2a3bdcf93b42de4ad", false, cause::loader, cause::loader, "is not valid Keras JSON"},
    {"crash-3703d8acdb2bc8db12a5a0ca21883e29164bcef8", false, cause::memory_limit, cause::memory_limit},
    {"crash-3fa6a3b841cdc0471994171389ae2bdf4d9337c9", false, cause::loader, cause::exited_without_result, "graph differs"},
    {"crash-51056e1101454cfa46ef89f4ff127a2cad9621df", false, cause::loader, cause::loader, "is not valid Keras JSON"},
    {"crash-84cfc15a7d7e180655c0d79b2be64b9cb5171c27", true, cause::memory_limit, cause::memory_limit},
    {"crash-968c1f597c196f28d6e38b9d0d7d03081d0bf546", false, cause::loader, cause::loader, "is not valid Keras JSON"},
    {"crash-cf69510749dfb3183a786b6298f97d5cb0958d26", false, cause::loader, cause::loader, "is not valid Keras JSON"},
    {"crash-e7242e362ce5edcfbf2eb9420465309144a25bff", false, cause::loader, cause::exited_without_result, "cannot be listed"},
    {"crash-e8d93e4661922fec641ed168bb6aa09a4c491175", true, cause::signal, cause::exited_without_result},
    {"oom-824653e7bc13285676b6462897cf0cece4e9ea68", false, cause::loader, cause::loader, "is not valid Keras JSON"},
    {"oom-96e29c098798614d7dcd5523b3fc732857b802e7", false, cause::loader, cause::loader, "is not valid Keras JSON"},
    {"oom-ebcd6e73ab76b8d585299d133336e4d2766de409", false, cause::loader, cause::loader, "is not valid Keras JSON"},
    {"timeout-2072f30a8f8a1a14d189f426707a60079b13b79d", false, cause::time_limit, cause::time_limit},
    {"timeout-9d7400a143aa7a39deca499fe4e586133165fb00", false, cause::time_limit, cause::time_limit},
};

}  // namespace

TEST_CASE("isolated_load: files that crash libhdf5, loop in it or allocate without bound are contained",
          "[keras][isolated][hostile]") {
  if (sanitized && !address_sanitized) {
    WARN("the outcomes below are those of a plain build and of AddressSanitizer's: not checked under another sanitizer");
    return;
  }
  const std::size_t descriptors_before = open_descriptors();
  std::size_t files_seen = 0;
  for (const auto& entry : std::filesystem::directory_iterator(hostile_dir / "libhdf5")) {
    if (entry.path().filename() != "README.md") ++files_seen;
  }
  CHECK(files_seen == std::size(libhdf5_cases));  // a file added there gets its line here
  for (const hostile_case& test : libhdf5_cases) {
    const auto path = hostile_dir / "libhdf5" / test.file;
    INFO(test.file);
    // A time limit well above what any of them takes to fail (0.4 s under ASan) and short for a test.
    const ctnn::keras::isolation limits{.time_limit = 1500ms};
    const auto start = std::chrono::steady_clock::now();
    const std::string message =
        test.tiny_model ? failed_isolated_load<tiny>(path, limits) : failed_isolated_load<cgan_keras3>(path, limits);
    const auto took = std::chrono::steady_clock::now() - start;
    INFO(message);
    const cause expected = address_sanitized ? test.under_asan : test.plain;
    // A sanitizer's report ends the child with status 1, or with SIGABRT under
    // ASAN_OPTIONS=abort_on_error=1 (as scripts/test.sh runs the suite).
    const cause found = address_sanitized && cause_of(message) == cause::signal && message.find("(SIGABRT)") != std::string::npos
                            ? cause::exited_without_result
                            : cause_of(message);
    INFO("expected " << name_of(expected) << ", found " << name_of(found));
    CHECK(found == expected);
    switch (expected) {
      case cause::loader: CHECK_THAT(message, Contains(test.fragment)); break;
      case cause::signal: CHECK_THAT(message, Contains("killed by signal 11 (SIGSEGV) while reading the file")); break;
      case cause::time_limit:
        CHECK_THAT(message, Contains("time limit of 1500 ms"));
        CHECK(took < 1500ms + 1s);  // killed at the limit, not later
        break;
      case cause::memory_limit:
        CHECK_THAT(message, Contains(sanitized ? "the sanitizer refused an allocation" : "an allocation failed"));
        break;
      case cause::exited_without_result: CHECK_THAT(message, Contains("it reported: SUMMARY: AddressSanitizer: ")); break;
    }
  }
  CHECK(no_children_left());
  CHECK(open_descriptors() == descriptors_before);
}

TEST_CASE("isolated_load: files that hit ctnn's own code end in the loader's own message, as in process",
          "[keras][isolated][hostile]") {
  for (const auto& entry : std::filesystem::directory_iterator(hostile_dir / "ctnn")) {
    const auto& path = entry.path();
    if (path.extension() != ".h5") continue;
    INFO(path.filename().string());
    const bool cgan_file = path.filename().string().starts_with("cgan_");  // the tf.keras cgan, its input made 1e30
    const ctnn::keras::isolation limits{.time_limit = 20s};
    const std::string message =
        cgan_file ? failed_isolated_load<cgan_tfkeras>(path, limits) : failed_isolated_load<tiny>(path, limits);
    INFO(message);
    REQUIRE(cause_of(message) == cause::loader);  // only then is loading it in this process safe
    std::string in_process_message;
    try {
      if (cgan_file) {
        cgan_tfkeras model;
        ctnn::keras::load(model, path);
      } else {
        tiny model;
        ctnn::keras::load(model, path);
      }
    } catch (const ctnn::keras::file_error& error) {
      in_process_message = error.what();
    }
    CHECK(message == in_process_message);
  }
  CHECK(no_children_left());
}
#endif

// ---- The parent's side against a child that misbehaves ------------------------------------
//
// ctnn_test::run_isolated_child runs any child body; these children lie about what they send, send too
// much, too little, die or hang, and the parent must refuse each with its reason and reap it.

namespace {

using header = ctnn::keras::detail::isolated_result_header;
constexpr const ctnn::keras::detail::model_facts& tiny_facts = ctnn::keras::detail::model_facts_of<tiny>;
const std::string where = "ctnn::keras::load: lying_child: ";

template <class Body>
std::string isolated_failure(Body&& body, std::chrono::milliseconds time_limit = 5s) {
  try {
    ctnn_test::run_isolated_child(tiny_facts, where, time_limit, std::size_t{256} << 20, body);
  } catch (const ctnn::keras::file_error& error) {
    return error.what();
  }
  return "no error";
}

[[noreturn]] void send_and_exit(int fd, header sent, const void* payload, std::size_t bytes, int status = 0) {
  ctnn::keras::detail::write_fully(fd, &sent, sizeof sent);
  ctnn::keras::detail::write_fully(fd, payload, bytes);
  ::_exit(status);
}

/// A worker's whole answer: the weights, then the file's names (their size, their bytes), then
/// `extra` bytes more.
[[noreturn]] void send_weights_and_exit(int fd, const std::vector<float>& weights, const std::string& info, std::string_view extra = {}) {
  const header sent{.kind = header::weights, .length = weights.size()};
  const std::uint64_t info_size = info.size();
  ctnn::keras::detail::write_fully(fd, &sent, sizeof sent);
  ctnn::keras::detail::write_fully(fd, weights.data(), weights.size() * sizeof(float));
  ctnn::keras::detail::write_fully(fd, &info_size, sizeof info_size);
  ctnn::keras::detail::write_fully(fd, info.data(), info.size());
  ctnn::keras::detail::write_fully(fd, extra.data(), extra.size());
  ::_exit(0);
}

const std::string no_names = ctnn::keras::detail::write_file_info({});

}  // namespace

TEST_CASE("isolated_load: the parent takes exactly the weights an honest child sends", "[keras][isolated][protocol]") {
  const std::vector<float> weights = tiny_stored;
  const std::vector<float> got = ctnn_test::run_isolated_child(tiny_facts, where, 5s, 0, [&](int fd) { send_weights_and_exit(fd, weights, no_names); });
  CHECK(got == weights);
  CHECK(no_children_left());
}

TEST_CASE("isolated_load: the worker refuses a request whose graph no model type has", "[keras][isolated][protocol]") {
  namespace kd = ctnn::keras::detail;
  // Model(x, [dense_1, dense_2, dense]): x 0, dense 1, dense_1 2, dense_2 3; outputs {2, 3, 1}.
  const kd::model_facts& facts = kd::model_facts_of<keras_file_models::heads>;
  auto job_of = [](const kd::model_facts& model) {
    const std::string request = kd::isolated_request(model, "heads.h5", std::size_t{1} << 30);
    return kd::isolated_job(std::span<const char>(request.data(), request.size())).facts.output_positions.size();
  };
  CHECK(job_of(facts) == 3);
  // One output only: dense_2 (position 3) is then on no path to an output.
  kd::model_facts first_only = facts;
  const std::array<std::size_t, 1> first{2};
  first_only.output_positions = first;
  CHECK_THROWS_WITH(job_of(first_only), Contains("position 3 is on no path to an output"));
  // A position that reads a later one (a cycle, or an order no type has).
  std::vector<kd::position_facts> positions(facts.positions.begin(), facts.positions.end());
  const std::array<std::size_t, 1> later{3};
  positions[1].reads = later;
  kd::model_facts backwards = facts;
  backwards.positions = positions;
  CHECK_THROWS_WITH(job_of(backwards), Contains("position 1 reads position 3, not one before it"));
  // Layers numbered with a gap, or a "shared" layer whose calls have other weights: no type has them.
  kd::model_facts gap = facts;
  const std::array<std::size_t, 4> skips{0, 1, 3, 3};
  gap.layer_of_position = skips;
  CHECK_THROWS_WITH(job_of(gap), Contains("layers are numbered with a gap: layer 3 is called, layer 2 is not"));
  // A layer first called after a later one is fine (a shared layer's deepest call decides).
  kd::model_facts shuffled = facts;
  const std::array<std::size_t, 4> later_first{0, 2, 1, 3};
  shuffled.layer_of_position = later_first;
  CHECK(job_of(shuffled) == 3);
  // A layer count that is not the layers', and weights past the parameter block.
  kd::model_facts miscounted = facts;
  miscounted.layer_count = 1;
  CHECK_THROWS_WITH(job_of(miscounted), Contains("the model's layer count 1 is not its layers'"));
  std::vector<kd::position_facts> shifted(facts.positions.begin(), facts.positions.end());
  shifted[3].param_offset = facts.param_count - 1;
  kd::model_facts overflowing = facts;
  overflowing.positions = shifted;
  CHECK_THROWS_WITH(job_of(overflowing), Contains("position 3's weights end past the model's 27 parameters"));
  kd::model_facts mixed = facts;
  const std::array<std::size_t, 4> merged{0, 1, 1, 2};
  mixed.layer_of_position = merged;
  CHECK_THROWS_WITH(job_of(mixed), Contains("position 2 calls layer 1 with another class or other weights than its first call"));
}

TEST_CASE("isolated_load: a child that lies about its result is refused", "[keras][isolated][protocol]") {
  const std::vector<float> weights(tiny::param_count + 1, 1.0f);
  CHECK(isolated_failure([&](int fd) {
          send_and_exit(fd, header{.kind = header::weights, .length = weights.size()}, weights.data(), weights.size() * 4);
        }) == where + "the reading process sent a malformed result (24 weights where the model has 23); it was killed and "
                      "nothing was loaded");
  CHECK_THAT(isolated_failure([&](int fd) { send_weights_and_exit(fd, tiny_stored, no_names, "x"); }),
             Contains("malformed result (more bytes than its header announced)"));
  // Names larger than any file of the model has, or bytes that are no names.
  CHECK_THAT(isolated_failure([&](int fd) { send_weights_and_exit(fd, tiny_stored, std::string(std::size_t{6} << 20, 'n')); }),
             Contains("malformed result (names of 6291456 bytes)"));
  CHECK_THAT(isolated_failure([&](int fd) { send_weights_and_exit(fd, tiny_stored, "not names"); }),
             Contains("malformed result (the names: its text length is 7308604895910981486); nothing was loaded"));
  CHECK_THAT(isolated_failure([&](int fd) {
               send_and_exit(fd, header{.kind = header::loader_error, .length = std::uint64_t{1} << 40}, "x", 1);
             }),
             Contains("malformed result (a message of 1099511627776 bytes)"));
  CHECK_THAT(isolated_failure([&](int fd) { send_and_exit(fd, header{.magic = 7, .kind = header::weights, .length = 23}, "", 0); }),
             Contains("malformed result (a header without its mark)"));
  CHECK_THAT(isolated_failure([&](int fd) { send_and_exit(fd, header{.kind = 99}, "", 0); }),
             Contains("malformed result (a result of unknown kind 99)"));
  // Half the weights, then a clean exit: no result.
  CHECK(isolated_failure([&](int fd) {
          send_and_exit(fd, header{.kind = header::weights, .length = 23}, weights.data(), 10 * sizeof(float));
        }) == where + "the reading process exited with status 0 without a result (a sanitizer's report, or the file "
                      "crashes libhdf5 or the loader)");
  CHECK(no_children_left());
}

TEST_CASE("isolated_load: the loader's message, bad_alloc and the allocation-failed mark come through",
          "[keras][isolated][protocol]") {
  const std::string long_message = where + std::string(4096 - where.size(), 'm');
  CHECK(isolated_failure([&](int fd) {
          send_and_exit(fd, header{.kind = header::loader_error, .length = long_message.size()}, long_message.data(),
                        long_message.size());
        }) == long_message);
  const std::string short_message = where + "layer 1 'dense' (Dense): no kernel";
  const std::string marked = isolated_failure([&](int fd) {
    send_and_exit(fd, header{.kind = header::loader_error, .flags = header::allocation_failed, .length = short_message.size()},
                  short_message.data(), short_message.size());
  });
  CHECK_THAT(marked, StartsWith(short_message + " [an allocation failed: the reading process reached its memory limit"));
  CHECK_THAT(isolated_failure([&](int fd) { send_and_exit(fd, header{.kind = header::out_of_memory}, "", 0); }),
             StartsWith(where + "reading the file needed more memory than the memory limit allows") &&
                 Contains("std::bad_alloc"));
  // A child that exits with a status other than 0 after a complete result is not believed.
  CHECK_THAT(isolated_failure([&](int fd) {
               send_and_exit(fd, header{.kind = header::weights, .length = 23}, tiny_stored.data(), 23 * sizeof(float), 2);
             }),
             Contains("exited with status 2 without a result"));
}

TEST_CASE("isolated_load: a child that dies, hangs or floods its diagnostics is reported and reaped",
          "[keras][isolated][protocol]") {
  CHECK(isolated_failure([](int) {
          std::raise(SIGSEGV);  // run_isolated_child has reset its handler: the test framework's, a sanitizer's
          ::_exit(0);
        }) == where + "the reading process was killed by signal 11 (SIGSEGV) while reading the file: the file crashes "
                      "libhdf5 or the loader (a malformed or hostile file); nothing was loaded");
  const auto start = std::chrono::steady_clock::now();
  CHECK_THAT(isolated_failure(
                 [](int) {
                   for (;;) ::pause();
                 },
                 300ms),
             StartsWith(where + "reading the file did not finish within the time limit of 300 ms (isolation::time_limit)"));
  CHECK(std::chrono::steady_clock::now() - start < 2s);
  // Four megabytes of diagnostics: the parent drains them (the child would block otherwise) and
  // keeps the line that says most.
  const std::string message = isolated_failure([](int) {
    const std::string noise(4096, 'n');
    const char first[] = "==1==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x1\n";
    ctnn::keras::detail::write_fully(STDERR_FILENO, first, sizeof first - 1);
    for (int i = 0; i < 1024; ++i) ctnn::keras::detail::write_fully(STDERR_FILENO, noise.data(), noise.size());
    const char summary[] = "\nSUMMARY: AddressSanitizer: heap-buffer-overflow in H5HG_read\n";
    ctnn::keras::detail::write_fully(STDERR_FILENO, summary, sizeof summary - 1);
    ::_exit(1);
  });
  CHECK(message == where + "the reading process exited with status 1 without a result (a sanitizer's report, or the "
                           "file crashes libhdf5 or the loader); it reported: SUMMARY: AddressSanitizer: "
                           "heap-buffer-overflow in H5HG_read");
  CHECK(no_children_left());
}

TEST_CASE("isolated_load: loads from several threads at once each get their own result, undelayed",
          "[keras][isolated][threads]") {
  // A child forked by one thread holds copies of the pipes other threads made before it: a pipe
  // then reaches its end only when that child ends too. One thread keeps a child alive for 1.5 s
  // (a hanging file, stopped by its time limit) while three others load valid files 10 times each;
  // each of those must take its result and reap its child without waiting for the hanging one.
  const std::size_t descriptors_before = open_descriptors();
  std::string hanging_message;
  std::thread hanging([&] {
    hanging_message = isolated_failure(
        [](int) {
          for (;;) ::pause();
        },
        1500ms);
  });
  std::vector<std::vector<float>> loaded(3 * 10);
  std::vector<double> slowest(3, 0.0);
  std::vector<std::thread> loaders;
  for (std::size_t t = 0; t < 3; ++t) {
    loaders.emplace_back([&, t] {
      std::this_thread::sleep_for(100ms);  // after the hanging child exists
      for (std::size_t i = 0; i < 10; ++i) {
        const auto start = std::chrono::steady_clock::now();
        tiny model;
        ctnn::keras::load(model, files_dir / "valid_keras2.h5", ctnn::keras::isolation{});
        loaded[t * 10 + i] = parameters_of(model);
        slowest[t] = std::max(slowest[t], std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
      }
    });
  }
  for (auto& loader : loaders) loader.join();
  hanging.join();
  for (const auto& weights : loaded) CHECK(weights == tiny_stored);
  for (const double seconds : slowest) CHECK(seconds < 1.0);  // not held until the hanging child ends
  CHECK_THAT(hanging_message, Contains("within the time limit of 1500 ms"));
  CHECK(no_children_left());
  CHECK(open_descriptors() == descriptors_before);
}

TEST_CASE("isolated_load: beside a thread that loads in process and predicts, every isolated load succeeds",
          "[keras][isolated][threads]") {
  // The worker is a fresh process: HDF5's global lock, which another thread holds during its own
  // load, is not the worker's (a forked child inherited it held, and waited for it until the time
  // limit: 22 of 300 loads failed so). 300 isolated loads of a valid file, while a second thread
  // loads the same file in process and predicts with it, all get the stored weights.
  std::atomic<bool> stop{false};
  std::atomic<std::size_t> background_loads{0}, background_failures{0};
  std::thread background([&] {
    tiny model;
    std::vector<float> y(2 * 2);
    const std::vector<float> x = {0.5f, -1.0f, 2.0f, 0.25f, 1.0f, 1.0f, -0.5f, 0.0f};
    while (!stop.load()) {
      try {
        ctnn::keras::load(model, files_dir / "valid_keras2.h5");
        model.predict(x, y);
      } catch (const std::exception&) {
        background_failures.fetch_add(1);
      }
      background_loads.fetch_add(1);
    }
  });
  while (background_loads.load() == 0) std::this_thread::yield();
  std::size_t loaded = 0;
  std::vector<std::string> failures;
  for (int i = 0; i < 300; ++i) {
    tiny model;
    try {
      ctnn::keras::load(model, files_dir / "valid_keras2.h5", {.time_limit = 20s});
      loaded += parameters_of(model) == tiny_stored ? 1 : 0;
    } catch (const std::exception& error) {
      if (failures.size() < 3) failures.emplace_back(error.what());
    }
  }
  stop.store(true);
  background.join();
  INFO((failures.empty() ? std::string() : failures.front()));
  INFO(background_loads.load() << " in-process loads beside");
  CHECK(loaded == 300);
  CHECK(background_failures.load() == 0);
  CHECK(background_loads.load() > 1);
  CHECK(no_children_left());
}

TEST_CASE("isolated_load: a worker that cannot be started is the caller's error, not the file's", "[keras][isolated]") {
  tiny model;
  const std::vector<float> before = mark(model);
  const std::filesystem::path missing = "/nonexistent/ctnn-keras-worker";
  try {
    ctnn::keras::load(model, files_dir / "valid_keras2.h5", {.worker = missing});
    FAIL("loaded without a worker");
  } catch (const ctnn::keras::file_error& error) {
    FAIL("blamed on the file: " << error.what());
  } catch (const std::system_error& error) {
    CHECK_THAT(error.what(), Contains("cannot start the worker program /nonexistent/ctnn-keras-worker"));
    CHECK(error.code().value() == ENOENT);
  }
  CHECK(parameters_of(model) == before);
  // A program that is not a worker (it exits without a word): reported as an exit without a result.
  const std::string message = failed_isolated_load<tiny>(files_dir / "valid_keras2.h5", {.time_limit = 5s, .worker = "/bin/true"});
  CHECK_THAT(message, Contains("exited with status 0 without a result"));
  CHECK(no_children_left());
}
