// The fused engine against the reference path (ctnn's plain per-layer loops, its oracle), on the
// seven benchmark models (bench_models.hpp), in one binary: items/s (samples) and GFLOP/s (from the compile-time FLOP count) per batch size
// and thread count. The heavy layers of models C, F and G also run alone, as one-layer ctnn models,
// and with oneDNN (Debian libdnnl-dev) through oneDNN beside them: the kernel-level anchor. The
// peak/fma_* benchmarks measure one core's FMA throughput at each vector width, so that every
// GFLOP/s figure of the same run has its fraction of peak.
// docs/performance.md has the results and how to reproduce them.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include <ctnn/ctnn.hpp>

#include "bench_models.hpp"

#if defined(CTNN_BENCH_ONEDNN)
#include <dnnl.hpp>
#endif
#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

using namespace ctnn;
using namespace bench_models;

namespace {

template <class Model>
void report(benchmark::State& state, std::size_t batch) {
  const auto samples = static_cast<double>(state.iterations() * batch);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * batch));
  state.counters["GFLOP/s"] =
      benchmark::Counter(samples * double(Model::flops_per_sample) * 1e-9, benchmark::Counter::kIsRate);
}

/// Fused: arguments batch size and threads. Reference (single-threaded): argument batch size.
template <class Model, bool Fused>
void forward_pass(benchmark::State& state) {
  const auto batch = static_cast<std::size_t>(state.range(0));
  Model model;
  model.initialize(1);
  typename Model::input_tensor x(batch);
  fill_uniform(x.values(), 2, 1.0f);
  typename Model::output_tensor y(batch);
  const threads use{Fused ? static_cast<unsigned>(state.range(1)) : 1u};
  for (auto _ : state) {
    if constexpr (Fused) model.predict(x.values(), y.values(), use);
    else model.reference_predict(x.data(), y.data(), batch);
    benchmark::DoNotOptimize(y.data());
    benchmark::ClobberMemory();
  }
  report<Model>(state, batch);
}
template <class Model>
void fused_path(benchmark::State& state) {
  forward_pass<Model, true>(state);
}
template <class Model>
void reference_path(benchmark::State& state) {
  forward_pass<Model, false>(state);
}

/// The same for model E, whose two inputs are noise and labels (every digit in turn).
template <bool Fused>
void cgan_forward_pass(benchmark::State& state) {
  const auto batch = static_cast<std::size_t>(state.range(0));
  model_e model;
  model.initialize(1);
  tensor<model_e::input_shape_at<0>> noise(batch);
  fill_uniform(noise.values(), 2, 1.0f);
  tensor<shape<1>> labels(batch);
  for (std::size_t n = 0; n < batch; ++n) labels.at(n, 0) = static_cast<float>(n % 10);
  model_e::output_tensor y(batch);
  const threads use{Fused ? static_cast<unsigned>(state.range(1)) : 1u};
  for (auto _ : state) {
    if constexpr (Fused) model.predict(noise.values(), labels.values(), y.values(), use);
    else model.reference_predict(noise.data(), labels.data(), y.data(), batch);
    benchmark::DoNotOptimize(y.data());
    benchmark::ClobberMemory();
  }
  report<model_e>(state, batch);
}

void fused_arguments(benchmark::internal::Benchmark* b) {
  b->ArgNames({"batch", "threads"});
  for (int batch : {1, 16, 64, 256})
    for (int thread_count : {1, 2}) b->Args({batch, thread_count});
  b->UseRealTime();
}
void reference_arguments(benchmark::internal::Benchmark* b) {
  b->ArgNames({"batch"});
  for (int batch : {1, 16, 64, 256}) b->Args({batch});
}
/// For F and G, about 0.2 GFLOP a sample: the reference loops would spend seconds on each call at
/// batch 64 and 256.
void short_reference_arguments(benchmark::internal::Benchmark* b) {
  b->ArgNames({"batch"});
  for (int batch : {1, 16}) b->Args({batch});
}
/// The one-layer models: one thread, one sample and a batch.
void layer_arguments(benchmark::internal::Benchmark* b) {
  b->ArgNames({"batch", "threads"});
  for (int batch : {1, 64}) b->Args({batch, 1});
}

// ---- The heavy layers of models C, F and G, alone -----------------------------------------------
using c_transpose_1 = sequential<input<7, 7, 128>, conv2d_transpose<conv2d_transpose_opts{
                                                       .filters = 128, .kernel_size = 4, .strides = 2, .padding = padding::same}>>;
using c_transpose_2 = sequential<input<14, 14, 128>, conv2d_transpose<conv2d_transpose_opts{
                                                         .filters = 128, .kernel_size = 4, .strides = 2, .padding = padding::same}>>;
using c_conv = sequential<input<28, 28, 128>,
                          conv2d<conv2d_opts{.filters = 1, .kernel_size = 7, .padding = padding::same, .activation = activation::tanh}>>;

using f_transpose_4to8 = sequential<input<4, 4, 512>, dcgan::up<256>>;
using f_transpose_16to32 = sequential<input<16, 16, 128>, dcgan::up<64>>;
using f_transpose_32to64 = sequential<input<32, 32, 64>, dcgan::up<3, padding::same, 2, activation::tanh>>;

using g_conv_64to32 = sequential<input<64, 64, 3>, dcgan::down<64>>;
using g_conv_16to8 = sequential<input<16, 16, 128>, dcgan::down<256>>;
using g_conv_8to4 = sequential<input<8, 8, 256>, dcgan::down<512>>;
using g_conv_4x4_to_1 = sequential<input<4, 4, 512>, dcgan::down<1, padding::valid, 1, activation::sigmoid>>;

// ---- Depthwise convolutions: MobileNet v1's (alpha 0.25, 224 x 224) blocks, alone ---------------
// Each output value reads 9 inputs and 9 weights: the step is bound by memory. "GB/s" counts the
// floats a sample must read and write at least (its input and its output), to set beside
// peak/memory_copy's.
using h_depthwise_112 = sequential<input<112, 112, 8>,
                                   depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3, .padding = padding::same, .use_bias = false}>,
                                   batch_normalization<>, relu<relu_opts{.max_value = 6.0}>>;
using h_depthwise_112_s2 = sequential<input<112, 112, 16>,
                                      depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3, .strides = 2, .padding = padding::same,
                                                                             .use_bias = false}>,
                                      batch_normalization<>, relu<relu_opts{.max_value = 6.0}>>;
using h_depthwise_28 = sequential<input<28, 28, 64>,
                                  depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3, .padding = padding::same, .use_bias = false}>,
                                  batch_normalization<>, relu<relu_opts{.max_value = 6.0}>>;
using h_depthwise_14 = sequential<input<14, 14, 128>,
                                  depthwise_conv2d<depthwise_conv2d_opts{.kernel_size = 3, .padding = padding::same, .use_bias = false}>,
                                  batch_normalization<>, relu<relu_opts{.max_value = 6.0}>>;

// ---- Separable convolutions: the mini-Xception's (../shared/models/fer_mini_xception_separable_keras205) first
// and last blocks, each with its folded BatchNormalization and ReLU.
using x_separable_60 = sequential<input<60, 60, 8>,
                                  separable_conv2d<separable_conv2d_opts{.filters = 16, .kernel_size = 3, .padding = padding::same,
                                                                         .use_bias = false}>,
                                  batch_normalization<>, relu<>>;
using x_separable_8 = sequential<input<8, 8, 64>,
                                 separable_conv2d<separable_conv2d_opts{.filters = 128, .kernel_size = 3, .padding = padding::same,
                                                                        .use_bias = false}>,
                                 batch_normalization<>, relu<>>;

/// A one-layer model's fused or reference pass, with the bytes of its input and output per second.
template <class Model, bool Fused>
void memory_bound_pass(benchmark::State& state) {
  forward_pass<Model, Fused>(state);
  const double bytes = double(Model::input_shape_type::size + Model::output_shape_type::size) * sizeof(float);
  state.counters["GB/s"] =
      benchmark::Counter(double(state.iterations() * state.range(0)) * bytes * 1e-9, benchmark::Counter::kIsRate);
}

/// One core copying 64 MiB (read and write, beyond every cache): the memory bandwidth a
/// memory-bound step can hope for, in the same GB/s as memory_bound_pass.
void memory_copy(benchmark::State& state) {
  std::vector<float> from(std::size_t{16} << 20, 1.0f), to(from.size());
  for (auto _ : state) {
    std::copy(from.begin(), from.end(), to.begin());
    benchmark::DoNotOptimize(to.data());
    benchmark::ClobberMemory();
  }
  state.counters["GB/s"] = benchmark::Counter(double(state.iterations()) * double(2 * from.size() * sizeof(float)) * 1e-9,
                                              benchmark::Counter::kIsRate);
}

#if defined(CTNN_BENCH_ONEDNN)
/// The convolution (or transposed convolution) of a one-layer model through oneDNN, its geometry
/// read from the layer (NHWC tensors, "any" weight layout chosen by oneDNN, weights reordered once
/// before timing; the activation left out: a few operations per output against hundreds of FLOPs
/// or more). Arguments: batch size; one thread (oneDNN's OpenMP runtime obeys OMP_NUM_THREADS,
/// which docs/performance.md sets).
template <class Model>
void onednn(benchmark::State& state) {
  using namespace dnnl;
  using layer = typename Model::template layer<1>;
  using description = typename layer::description;
  constexpr conv_geometry g = description::template geometry<typename layer::input_shape>();
  static_assert(g.dilation_h == 1 && g.dilation_w == 1, "onednn<>: dilated layers would need oneDNN's dilates");
  const auto batch = static_cast<memory::dim>(state.range(0));
  dnnl::engine cpu(dnnl::engine::kind::cpu, 0);
  stream s(cpu);
  const memory::dims src_dims{batch, g.in_c, g.in_h, g.in_w};
  const memory::dims dst_dims{batch, g.out_c, g.out_h, g.out_w};
  const memory::dims weight_dims{g.out_c, g.in_c, g.kernel_h, g.kernel_w};
  const memory::dims strides{g.stride_h, g.stride_w};
  // Keras's padding in oneDNN's terms: the layer's own padding (or crop, when transposed) before,
  // and after whatever else gives the layer's output size. 'same' at stride 2 with a 4x4 kernel is
  // 1 and 1, PyTorch's padding=1; the 7x7 'same' conv 3 and 3; 'valid' 0 and 0.
  constexpr auto padding_after = [](bool transposed, int in, int out, int kernel, int stride, int before) {
    return transposed ? (in - 1) * stride + kernel - out - before : (out - 1) * stride + kernel - in - before;
  };
  const memory::dims pad_before{g.offset_h, g.offset_w};
  const memory::dims pad_after{padding_after(g.transpose, g.in_h, g.out_h, g.kernel_h, g.stride_h, g.offset_h),
                               padding_after(g.transpose, g.in_w, g.out_w, g.kernel_w, g.stride_w, g.offset_w)};
  auto src_md = memory::desc(src_dims, memory::data_type::f32, memory::format_tag::nhwc);
  auto dst_md = memory::desc(dst_dims, memory::data_type::f32, memory::format_tag::nhwc);
  auto any_weights = memory::desc(weight_dims, memory::data_type::f32, memory::format_tag::any);
  auto plain_weights = memory::desc(weight_dims, memory::data_type::f32, memory::format_tag::oihw);
  // A zero descriptor is oneDNN's "no bias", as the DCGAN layers have.
  const auto bias_md = description::opts.use_bias ? memory::desc({g.out_c}, memory::data_type::f32, memory::format_tag::a) : memory::desc();
  memory src(src_md, cpu), dst(dst_md, cpu), weights_plain(plain_weights, cpu);
  fill_uniform(std::span<float>(static_cast<float*>(src.get_data_handle()), src_md.get_size() / sizeof(float)), 1, 1.0f);
  fill_uniform(std::span<float>(static_cast<float*>(weights_plain.get_data_handle()), plain_weights.get_size() / sizeof(float)), 2, 0.05f);
  auto run = [&](auto primitive_desc, auto make_primitive) {
    memory weights(primitive_desc.weights_desc(), cpu);
    reorder(weights_plain, weights).execute(s, weights_plain, weights);
    auto primitive = make_primitive(primitive_desc);
    std::unordered_map<int, memory> args{{DNNL_ARG_SRC, src}, {DNNL_ARG_WEIGHTS, weights}, {DNNL_ARG_DST, dst}};
    if (description::opts.use_bias) {
      memory bias(bias_md, cpu);
      fill_uniform(std::span<float>(static_cast<float*>(bias.get_data_handle()), bias_md.get_size() / sizeof(float)), 3, 0.1f);
      args.emplace(DNNL_ARG_BIAS, bias);
    }
    for (auto _ : state) {
      primitive.execute(s, args);
      s.wait();
    }
  };
  if constexpr (g.transpose) {
    const deconvolution_forward::desc d(prop_kind::forward_inference, algorithm::deconvolution_direct, src_md,
                                        any_weights, bias_md, dst_md, strides, pad_before, pad_after);
    auto pd = deconvolution_forward::primitive_desc(d, cpu);
    run(pd, [](const auto& d) { return deconvolution_forward(d); });
  } else {
    const convolution_forward::desc d(prop_kind::forward_inference, algorithm::convolution_direct, src_md,
                                      any_weights, bias_md, dst_md, strides, pad_before, pad_after);
    auto pd = convolution_forward::primitive_desc(d, cpu);
    run(pd, [](const auto& d) { return convolution_forward(d); });
  }
  report<Model>(state, std::size_t(batch));
}
#endif

// ---- One core's FMA peak --------------------------------------------------------------------------
#if defined(__x86_64__) || defined(__i386__)
/// A chain waits for its previous FMA (4 cycles on current Intel and AMD cores) and a core
/// issues two FMAs a cycle, so 8 independent chains keep both pipes busy; 12 leave a margin and,
/// with the two operands, still fit in AVX2's 16 vector registers.
inline constexpr int fma_chain_count = 12;

/// `fma_chain_count` independent multiply-add chains of `rounds` FMAs each, on registers, with no
/// memory traffic: what bounds the fused kernels' inner loops. Width::fmadd is the FMA of one
/// vector width; it is compiled for its instruction set and inlined only into a function that is
/// too (Width::chains), so this file can measure widths beyond its own -march.
template <class Width>
[[gnu::always_inline]] inline float fma_chains(std::int64_t rounds, float scale, float offset) {
  using vec = typename Width::vec;
  vec sums[fma_chain_count];
  // Distinct starting values: identical chains could be merged into one.
#pragma GCC unroll 12
  for (int c = 0; c < fma_chain_count; ++c) sums[c] = vec{} + float(c);
  const vec a = vec{} + scale;
  const vec b = vec{} + offset;
  for (std::int64_t r = 0; r < rounds; ++r) {
#pragma GCC unroll 12
    for (int c = 0; c < fma_chain_count; ++c) Width::fmadd(sums[c], a, b);
  }
  vec total{};
  for (const vec& sum : sums) total += sum;
  float result = 0.0f;
  for (std::size_t i = 0; i < sizeof(vec) / sizeof(float); ++i) result += total[i];
  return result;
}

/// The FMA of `Lanes` floats on x86: the vector type, the instruction in a function compiled for
/// it, the chains (fma_chains) compiled for it too, and whether this CPU (and its OS) has it.
template <std::size_t Lanes>
struct x86_fma;
template <>
struct x86_fma<4> {
  typedef float vec __attribute__((vector_size(16)));
  [[gnu::target("fma")]] static void fmadd(vec& sum, const vec& a, const vec& b) {
    sum = vec(_mm_fmadd_ps(__m128(sum), __m128(a), __m128(b)));
  }
  [[gnu::target("fma"), gnu::noinline, gnu::flatten]] static float chains(std::int64_t rounds, float scale, float offset) {
    return fma_chains<x86_fma>(rounds, scale, offset);
  }
  static bool supported() { return __builtin_cpu_supports("fma"); }
};
template <>
struct x86_fma<8> {
  typedef float vec __attribute__((vector_size(32)));
  [[gnu::target("avx2,fma")]] static void fmadd(vec& sum, const vec& a, const vec& b) {
    sum = vec(_mm256_fmadd_ps(__m256(sum), __m256(a), __m256(b)));
  }
  [[gnu::target("avx2,fma"), gnu::noinline, gnu::flatten]] static float chains(std::int64_t rounds, float scale, float offset) {
    return fma_chains<x86_fma>(rounds, scale, offset);
  }
  static bool supported() { return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"); }
};
template <>
struct x86_fma<16> {
  typedef float vec __attribute__((vector_size(64)));
  [[gnu::target("avx512f")]] static void fmadd(vec& sum, const vec& a, const vec& b) {
    sum = vec(_mm512_fmadd_ps(__m512(sum), __m512(a), __m512(b)));
  }
  [[gnu::target("avx512f"), gnu::noinline, gnu::flatten]] static float chains(std::int64_t rounds, float scale, float offset) {
    return fma_chains<x86_fma>(rounds, scale, offset);
  }
  static bool supported() { return __builtin_cpu_supports("avx512f"); }
};

/// Single-thread FMA throughput at one vector width, in GFLOP/s (2 FLOPs per lane and FMA).
template <std::size_t Lanes>
void fma_peak(benchmark::State& state) {
  using width = x86_fma<Lanes>;
  if (!width::supported()) {
    state.SkipWithError("this CPU lacks the FMA of this width");
    return;
  }
  if (Lanes == engine::lanes) state.SetLabel("the fused engine's width (ctnn::engine::lanes)");
  constexpr std::int64_t rounds = 4096;
  float scale = 0.5f;  // the chains converge (to 2 * offset): no overflow, no subnormals
  float offset = 1.0f;
  for (auto _ : state) {
    // Values the compiler cannot see, so that it cannot fold the chains.
    benchmark::DoNotOptimize(scale);
    benchmark::DoNotOptimize(offset);
    float result = width::chains(rounds, scale, offset);
    benchmark::DoNotOptimize(result);
  }
  const double flops_per_iteration = double(rounds) * fma_chain_count * Lanes * 2;
  state.counters["GFLOP/s"] =
      benchmark::Counter(double(state.iterations()) * flops_per_iteration * 1e-9, benchmark::Counter::kIsRate);
}

template <std::size_t Lanes>
void register_fma_peak() {
  benchmark::RegisterBenchmark(("peak/fma_" + std::to_string(Lanes * 32)).c_str(), fma_peak<Lanes>);
}

/// The engine's width, and every wider one the machine may have (known at run time only).
[[maybe_unused]] const bool fma_peaks_registered = [] {
  register_fma_peak<engine::lanes>();
  if (engine::lanes < 8) register_fma_peak<8>();
  if (engine::lanes < 16) register_fma_peak<16>();
  return true;
}();
#endif

}  // namespace

BENCHMARK(fused_path<model_a>)->Name("A/fused")->Apply(fused_arguments);
BENCHMARK(reference_path<model_a>)->Name("A/reference")->Apply(reference_arguments);
BENCHMARK(fused_path<model_b>)->Name("B/fused")->Apply(fused_arguments);
BENCHMARK(reference_path<model_b>)->Name("B/reference")->Apply(reference_arguments);
BENCHMARK(fused_path<model_c>)->Name("C/fused")->Apply(fused_arguments);
BENCHMARK(reference_path<model_c>)->Name("C/reference")->Apply(reference_arguments);
BENCHMARK(fused_path<model_d>)->Name("D/fused")->Apply(fused_arguments);
BENCHMARK(reference_path<model_d>)->Name("D/reference")->Apply(reference_arguments);
BENCHMARK(cgan_forward_pass<true>)->Name("E/fused")->Apply(fused_arguments);
BENCHMARK(cgan_forward_pass<false>)->Name("E/reference")->Apply(reference_arguments);
BENCHMARK(fused_path<model_f>)->Name("F/fused")->Apply(fused_arguments);
BENCHMARK(reference_path<model_f>)->Name("F/reference")->Apply(short_reference_arguments);
BENCHMARK(fused_path<model_g>)->Name("G/fused")->Apply(fused_arguments);
BENCHMARK(reference_path<model_g>)->Name("G/reference")->Apply(short_reference_arguments);

BENCHMARK(fused_path<c_transpose_1>)->Name("C_layer_transpose_7to14/fused")->Apply(layer_arguments);
BENCHMARK(fused_path<c_transpose_2>)->Name("C_layer_transpose_14to28/fused")->Apply(layer_arguments);
BENCHMARK(fused_path<c_conv>)->Name("C_layer_conv_7x7_to_1/fused")->Apply(layer_arguments);
BENCHMARK(fused_path<f_transpose_4to8>)->Name("F_layer_transpose_4to8/fused")->Apply(layer_arguments);
BENCHMARK(fused_path<f_transpose_16to32>)->Name("F_layer_transpose_16to32/fused")->Apply(layer_arguments);
BENCHMARK(fused_path<f_transpose_32to64>)->Name("F_layer_transpose_32to64/fused")->Apply(layer_arguments);
BENCHMARK(fused_path<g_conv_64to32>)->Name("G_layer_conv_64to32/fused")->Apply(layer_arguments);
BENCHMARK(fused_path<g_conv_16to8>)->Name("G_layer_conv_16to8/fused")->Apply(layer_arguments);
BENCHMARK(fused_path<g_conv_8to4>)->Name("G_layer_conv_8to4/fused")->Apply(layer_arguments);
BENCHMARK(fused_path<g_conv_4x4_to_1>)->Name("G_layer_conv_4x4_to_1/fused")->Apply(layer_arguments);
BENCHMARK(memory_copy)->Name("peak/memory_copy")->UseRealTime();
BENCHMARK(memory_bound_pass<h_depthwise_112, true>)->Name("H_layer_depthwise_112/fused")->Apply(layer_arguments);
BENCHMARK(memory_bound_pass<h_depthwise_112, false>)->Name("H_layer_depthwise_112/reference")->Apply(layer_arguments);
BENCHMARK(memory_bound_pass<h_depthwise_112_s2, true>)->Name("H_layer_depthwise_112_s2/fused")->Apply(layer_arguments);
BENCHMARK(memory_bound_pass<h_depthwise_112_s2, false>)->Name("H_layer_depthwise_112_s2/reference")->Apply(layer_arguments);
BENCHMARK(memory_bound_pass<h_depthwise_28, true>)->Name("H_layer_depthwise_28/fused")->Apply(layer_arguments);
BENCHMARK(memory_bound_pass<h_depthwise_28, false>)->Name("H_layer_depthwise_28/reference")->Apply(layer_arguments);
BENCHMARK(memory_bound_pass<h_depthwise_14, true>)->Name("H_layer_depthwise_14/fused")->Apply(layer_arguments);
BENCHMARK(memory_bound_pass<h_depthwise_14, false>)->Name("H_layer_depthwise_14/reference")->Apply(layer_arguments);
BENCHMARK(fused_path<x_separable_60>)->Name("X_layer_separable_60/fused")->Apply(layer_arguments);
BENCHMARK(reference_path<x_separable_60>)->Name("X_layer_separable_60/reference")->Apply(layer_arguments);
BENCHMARK(fused_path<x_separable_8>)->Name("X_layer_separable_8/fused")->Apply(layer_arguments);
BENCHMARK(reference_path<x_separable_8>)->Name("X_layer_separable_8/reference")->Apply(layer_arguments);
#if defined(CTNN_BENCH_ONEDNN)
BENCHMARK(onednn<c_transpose_1>)->Name("C_layer_transpose_7to14/onednn")->ArgName("batch")->Arg(1)->Arg(64);
BENCHMARK(onednn<c_transpose_2>)->Name("C_layer_transpose_14to28/onednn")->ArgName("batch")->Arg(1)->Arg(64);
BENCHMARK(onednn<c_conv>)->Name("C_layer_conv_7x7_to_1/onednn")->ArgName("batch")->Arg(1)->Arg(64);
BENCHMARK(onednn<f_transpose_4to8>)->Name("F_layer_transpose_4to8/onednn")->ArgName("batch")->Arg(1)->Arg(64);
BENCHMARK(onednn<f_transpose_16to32>)->Name("F_layer_transpose_16to32/onednn")->ArgName("batch")->Arg(1)->Arg(64);
BENCHMARK(onednn<f_transpose_32to64>)->Name("F_layer_transpose_32to64/onednn")->ArgName("batch")->Arg(1)->Arg(64);
BENCHMARK(onednn<g_conv_64to32>)->Name("G_layer_conv_64to32/onednn")->ArgName("batch")->Arg(1)->Arg(64);
BENCHMARK(onednn<g_conv_16to8>)->Name("G_layer_conv_16to8/onednn")->ArgName("batch")->Arg(1)->Arg(64);
BENCHMARK(onednn<g_conv_8to4>)->Name("G_layer_conv_8to4/onednn")->ArgName("batch")->Arg(1)->Arg(64);
BENCHMARK(onednn<g_conv_4x4_to_1>)->Name("G_layer_conv_4x4_to_1/onednn")->ArgName("batch")->Arg(1)->Arg(64);
#endif

BENCHMARK_MAIN();
