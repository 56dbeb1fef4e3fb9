// The fused engine against the reference path (ctnn's plain per-layer loops, its oracle), on the
// five benchmark models (bench_models.hpp), in one binary: items/s (samples) and GFLOP/s (from the compile-time FLOP count) per batch size
// and thread count. With oneDNN (Debian libdnnl-dev) the heavy layers of model C also run through
// oneDNN, beside the same layers as one-layer ctnn models: the kernel-level anchor.
// docs/performance.md has the results and how to reproduce them.
#include <benchmark/benchmark.h>

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

// ---- The heavy layers of model C, alone ----------------------------------------------------------
using c_transpose_1 = sequential<input<7, 7, 128>, conv2d_transpose<conv2d_transpose_opts{
                                                       .filters = 128, .kernel_size = 4, .strides = 2, .padding = padding::same}>>;
using c_transpose_2 = sequential<input<14, 14, 128>, conv2d_transpose<conv2d_transpose_opts{
                                                         .filters = 128, .kernel_size = 4, .strides = 2, .padding = padding::same}>>;
using c_conv = sequential<input<28, 28, 128>,
                          conv2d<conv2d_opts{.filters = 1, .kernel_size = 7, .padding = padding::same, .activation = activation::tanh}>>;

#if defined(CTNN_BENCH_ONEDNN)
/// The same layer through oneDNN (NHWC tensors, "any" weight layout chosen by oneDNN, weights
/// reordered once before timing). Arguments: batch size; one thread (oneDNN's OpenMP runtime
/// obeys OMP_NUM_THREADS, which docs/performance.md sets).
template <class Model, bool Transposed>
void onednn(benchmark::State& state) {
  using namespace dnnl;
  using layer = typename Model::template layer<1>;
  using in = typename layer::input_shape;
  using out = typename layer::output_shape;
  constexpr auto opts = layer::description::opts;
  const auto batch = static_cast<memory::dim>(state.range(0));
  dnnl::engine cpu(dnnl::engine::kind::cpu, 0);
  stream s(cpu);
  const memory::dims src_dims{batch, memory::dim(in::dims[2]), memory::dim(in::dims[0]), memory::dim(in::dims[1])};
  const memory::dims dst_dims{batch, memory::dim(out::dims[2]), memory::dim(out::dims[0]), memory::dim(out::dims[1])};
  const memory::dims weight_dims{memory::dim(out::dims[2]), memory::dim(in::dims[2]), opts.kernel_size.h, opts.kernel_size.w};
  const memory::dims bias_dims{memory::dim(out::dims[2])};
  const memory::dims strides{opts.strides.h, opts.strides.w};
  auto src_md = memory::desc(src_dims, memory::data_type::f32, memory::format_tag::nhwc);
  auto dst_md = memory::desc(dst_dims, memory::data_type::f32, memory::format_tag::nhwc);
  auto any_weights = memory::desc(weight_dims, memory::data_type::f32, memory::format_tag::any);
  auto bias_md = memory::desc(bias_dims, memory::data_type::f32, memory::format_tag::a);
  auto plain_weights = memory::desc(weight_dims, memory::data_type::f32, memory::format_tag::oihw);
  // Paddings that give Keras's 'same' output: for the transposed convs, crop 1 before, 1 after;
  // for the 7x7 conv, 3 on each side.
  const memory::dims pad = Transposed ? memory::dims{1, 1} : memory::dims{3, 3};
  memory src(src_md, cpu), dst(dst_md, cpu), bias(bias_md, cpu), weights_plain(plain_weights, cpu);
  fill_uniform(std::span<float>(static_cast<float*>(src.get_data_handle()), src_md.get_size() / sizeof(float)), 1, 1.0f);
  fill_uniform(std::span<float>(static_cast<float*>(weights_plain.get_data_handle()), plain_weights.get_size() / sizeof(float)), 2, 0.05f);
  fill_uniform(std::span<float>(static_cast<float*>(bias.get_data_handle()), bias_md.get_size() / sizeof(float)), 3, 0.1f);
  auto run = [&](auto primitive_desc, auto make_primitive) {
    memory weights(primitive_desc.weights_desc(), cpu);
    reorder(weights_plain, weights).execute(s, weights_plain, weights);
    auto primitive = make_primitive(primitive_desc);
    const std::unordered_map<int, memory> args{
        {DNNL_ARG_SRC, src}, {DNNL_ARG_WEIGHTS, weights}, {DNNL_ARG_BIAS, bias}, {DNNL_ARG_DST, dst}};
    for (auto _ : state) {
      primitive.execute(s, args);
      s.wait();
    }
  };
  if constexpr (Transposed) {
    const deconvolution_forward::desc d(prop_kind::forward_inference, algorithm::deconvolution_direct, src_md,
                                        any_weights, bias_md, dst_md, strides, pad, pad);
    auto pd = deconvolution_forward::primitive_desc(d, cpu);
    run(pd, [](const auto& d) { return deconvolution_forward(d); });
  } else {
    const convolution_forward::desc d(prop_kind::forward_inference, algorithm::convolution_direct, src_md,
                                      any_weights, bias_md, dst_md, strides, pad, pad);
    auto pd = convolution_forward::primitive_desc(d, cpu);
    run(pd, [](const auto& d) { return convolution_forward(d); });
  }
  report<Model>(state, std::size_t(batch));
}
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

BENCHMARK(fused_path<c_transpose_1>)->Name("C_layer_transpose_7to14/fused")->ArgNames({"batch", "threads"})->Args({1, 1})->Args({64, 1});
BENCHMARK(fused_path<c_transpose_2>)->Name("C_layer_transpose_14to28/fused")->ArgNames({"batch", "threads"})->Args({1, 1})->Args({64, 1});
BENCHMARK(fused_path<c_conv>)->Name("C_layer_conv_7x7_to_1/fused")->ArgNames({"batch", "threads"})->Args({1, 1})->Args({64, 1});
#if defined(CTNN_BENCH_ONEDNN)
BENCHMARK(onednn<c_transpose_1, true>)->Name("C_layer_transpose_7to14/onednn")->ArgName("batch")->Arg(1)->Arg(64);
BENCHMARK(onednn<c_transpose_2, true>)->Name("C_layer_transpose_14to28/onednn")->ArgName("batch")->Arg(1)->Arg(64);
BENCHMARK(onednn<c_conv, false>)->Name("C_layer_conv_7x7_to_1/onednn")->ArgName("batch")->Arg(1)->Arg(64);
#endif

BENCHMARK_MAIN();
