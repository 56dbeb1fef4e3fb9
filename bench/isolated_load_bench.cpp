// What an isolated load costs: every Keras file of ../shared/models read in process
// (detail::read_keras_file, what load(model, path) runs) and isolated (detail::read_keras_file_isolated,
// what load(model, path, isolation) runs) with the default limits, alternately, in one run; the
// median of each and their ratio. Both give the same block (checked bit for bit), which
// set_weights_flat then copies into the model in either mode, so the models' engines are not
// instantiated here.
//
//   isolated_load_bench [--repeats N] [--ballast-mib M] [--memory]
//
// --ballast-mib M first allocates and touches M MiB, as a server with that much resident memory
// would have: fork() copies the page tables of all of it. --memory also finds, by bisection, the
// smallest memory_limit_bytes with which each file still loads, beside the default.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <ctnn/io/isolated_load.hpp>

#include "keras_models.hpp"  // tests/

namespace {

using clock_type = std::chrono::steady_clock;
namespace km = keras_models;

struct model_file {
  const char* path;  // under the models folder
  const ctnn::keras::detail::model_facts* facts;
  std::size_t param_count;
};

template <class Model>
model_file file_of(const char* path) {
  return {path, &ctnn::keras::detail::model_facts_of<Model>, Model::param_count};
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

double minimum(const std::vector<double>& values) { return *std::min_element(values.begin(), values.end()); }

/// User and system time of this process and of its reaped children, in milliseconds.
double cpu_milliseconds() {
  double total = 0;
  for (const int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
    rusage usage{};
    ::getrusage(who, &usage);
    total += (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-3;
  }
  return total;
}

double milliseconds_since(clock_type::time_point start) {
  return std::chrono::duration<double, std::milli>(clock_type::now() - start).count();
}

/// Whether `file` loads isolated under `limit`, asked from a fresh fork of this process: a
/// reading may use the free space of the heap it inherits, so each try starts from the same heap.
bool loads_within(const model_file& file, const std::filesystem::path& path, std::size_t limit) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    try {
      ctnn::keras::detail::read_keras_file_isolated(*file.facts, path, {.memory_limit_bytes = limit});
      ::_exit(0);
    } catch (const ctnn::keras::file_error&) {
      ::_exit(1);
    }
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/// The smallest memory limit (to 1 MiB) with which `file` still loads isolated.
std::size_t smallest_working_limit(const model_file& file, const std::filesystem::path& path) {
  std::size_t low = 0, high = std::size_t{4} << 30;  // low does not load (0 is not a limit), high does
  while (high - low > (std::size_t{1} << 20)) {
    const std::size_t middle = (low + high) / 2;
    (loads_within(file, path, middle) ? high : low) = middle;
  }
  return high;
}

}  // namespace

int main(int argc, char** argv) {
  int repeats = 21;
  std::size_t ballast_mib = 0;
  bool memory = false;
  for (int i = 1; i < argc; ++i) {
    const std::string argument = argv[i];
    if (argument == "--repeats" && i + 1 < argc) repeats = std::max(1, std::atoi(argv[++i]));
    else if (argument == "--ballast-mib" && i + 1 < argc) ballast_mib = static_cast<std::size_t>(std::atol(argv[++i]));
    else if (argument == "--memory") memory = true;
    else {
      std::fprintf(stderr, "usage: %s [--repeats N] [--ballast-mib M] [--memory]\n", argv[0]);
      return 2;
    }
  }
  std::vector<char> ballast(ballast_mib << 20);
  for (std::size_t i = 0; i < ballast.size(); i += 4096) ballast[i] = static_cast<char>(i);  // resident, not just mapped

  const std::filesystem::path models = CTNN_MODELS_DIR;
  const model_file files[] = {
      file_of<km::cifar10_discriminator>("cifar10_discriminator_3formats_keras215/discriminator.h5"),
      file_of<km::cifar10_discriminator>("cifar10_discriminator_3formats_keras215/discriminator.keras"),
      file_of<km::cifar10_discriminator>("cifar10_discriminator_3formats_keras215/discriminator_weights.h5"),
      file_of<km::emnist_generator>("emnist_dcgan_legacy_layout_named_weights_h5/dcgan_generator.weights.h5"),
      file_of<km::face_denoiser>("face_denoise_conv_keras213_windows_paths/generator_model.keras"),
      file_of<km::fmnist_convt_discriminator>("fmnist_dcgan_convt_bn_selu/discriminator.h5"),
      file_of<km::fmnist_convt_generator>("fmnist_dcgan_convt_bn_selu/generator.h5"),
      file_of<km::fmnist_keras38_discriminator>("fmnist_dcgan_keras38_native/discriminator.keras"),
      file_of<km::fmnist_keras38_generator>("fmnist_dcgan_keras38_native/generator.keras"),
      file_of<km::fmnist_upsampling_discriminator>("fmnist_dcgan_upsampling/discriminator.h5"),
      file_of<km::fmnist_upsampling_generator>("fmnist_dcgan_upsampling/generator.h5"),
      file_of<km::vae_decoder>("fmnist_vae_decoder_cropping2d_keras38/decoder_model.keras"),
      file_of<km::mnist_cgan_keras3::generator>("mnist_cgan_embedding_keras3/cgan_generator.h5"),
      file_of<km::mnist_cgan_tfkeras::generator>("mnist_cgan_embedding_tfkeras/generator.h5"),
      file_of<km::mnist_weights_only_discriminator>("mnist_dcgan_upsampling_weights_only_mit/mnist_discriminator.h5"),
      file_of<km::mnist_weights_only_generator>("mnist_dcgan_upsampling_weights_only_mit/mnist_generator.h5"),
      file_of<km::maxpool_gan_discriminator>("mnist_gan_maxpool_keras213_native/descriminator.keras"),
      file_of<km::maxpool_gan_generator>("mnist_gan_maxpool_keras213_native/generator.keras"),
      file_of<km::mlp_weights_only_generator>("mnist_mlp_gan_weights_only_keras3/generator.weights.h5"),
  };

  // --memory first, while this process has loaded nothing: the limit is on what a reading adds
  // to the address space, and a warm heap (free space left by earlier loads, which a fork
  // inherits) would hide what a reading needs.
  std::vector<std::size_t> least(std::size(files), 0);
  if (memory)
    for (std::size_t i = 0; i < std::size(files); ++i) least[i] = smallest_working_limit(files[i], models / files[i].path);

  std::printf("isolated_load_bench: %d repeats, in process and isolated alternately, ballast %zu MiB resident\n",
              repeats, ballast_mib);
  std::printf("wall ms: min / median; cpu ms: median user+sys of this process and its children\n");
  std::printf("%-70s %7s %6s %15s %15s %6s %6s %7s %7s", "file", "params", "KiB", "in process", "isolated", "ratio",
              "+ms", "cpu in", "cpu iso");
  if (memory) std::printf(" %9s %11s", "least MiB", "default MiB");
  std::printf("\n");
  int failures = 0;
  for (std::size_t f = 0; f < std::size(files); ++f) {
    const model_file& file = files[f];
    const std::filesystem::path path = models / file.path;
    std::vector<double> in_process, isolated, cpu_in_process, cpu_isolated;
    bool same = true;
    for (int r = 0; r < repeats; ++r) {
      double cpu = cpu_milliseconds();
      auto start = clock_type::now();
      const std::vector<float> direct = ctnn::keras::detail::read_keras_file(*file.facts, path).weights;
      in_process.push_back(milliseconds_since(start));
      cpu_in_process.push_back(cpu_milliseconds() - cpu);
      cpu = cpu_milliseconds();
      start = clock_type::now();
      const std::vector<float> contained = ctnn::keras::detail::read_keras_file_isolated(*file.facts, path, {}).weights;
      isolated.push_back(milliseconds_since(start));
      cpu_isolated.push_back(cpu_milliseconds() - cpu);
      same = same && direct.size() == contained.size() &&
             std::memcmp(direct.data(), contained.data(), direct.size() * sizeof(float)) == 0;
    }
    if (!same) ++failures;
    const double a = median(in_process), b = median(isolated);
    std::printf("%-70s %7zu %6ju %6.2f / %6.2f %6.2f / %6.2f %6.2f %6.2f %7.2f %7.2f", file.path, file.param_count,
                static_cast<std::uintmax_t>(std::filesystem::file_size(path) >> 10), minimum(in_process), a,
                minimum(isolated), b, b / a, b - a, median(cpu_in_process), median(cpu_isolated));
    if (memory)
      std::printf(" %9zu %11zu", least[f] >> 20,
                  ctnn::keras::detail::default_memory_limit(file.param_count, std::filesystem::file_size(path)) >> 20);
    std::printf("%s\n", same ? "" : "  DIFFERENT WEIGHTS");
  }
  return failures == 0 ? 0 : 1;
}
