// Runs every random model linked in (scripts/stress.sh builds all of them, portable and with
// -march=native) and reports: one line per model to --results (a TSV that
// `scripts/random_models.py table` turns into the per-kind table), the models beyond the
// tolerance, and, with --dump DIR --every K, every K-th model's weights, inputs and reference
// output for scripts/check_random_against_torch.py. Exit status 1 when any model fails.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "random_models.hpp"

int main(int argc, char** argv) {
  std::string results_path, dump_dir, label = "build";
  std::size_t every = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string option = argv[i], value = argv[i + 1];
    if (option == "--results") results_path = value;
    else if (option == "--dump") dump_dir = value;
    else if (option == "--every") every = std::stoul(value);
    else if (option == "--label") label = value;
    else {
      std::cerr << "usage: " << argv[0] << " [--results FILE.tsv] [--dump DIR --every K] [--label NAME]\n";
      return 2;
    }
  }
  std::ofstream results;
  if (!results_path.empty()) {
    results.open(results_path);
    results << "# index\tstructure\tkinds\toutput kind\tdifference\toutput scale\tthreads identical\talone identical\n";
  }
  const auto cases = random_models::sorted_cases();
  std::size_t failures = 0;
  double worst = 0.0;
  const auto start = std::chrono::steady_clock::now();
  for (const random_models::model_case* c : cases) {
    random_models::run_request request;
    request.index = c->index;
    request.seed = 1000 + c->index;
    if (!dump_dir.empty() && every > 0 && c->index % every == 0)
      request.dump_path = dump_dir + "/model_" + std::to_string(c->index) + ".json";
    const random_models::outcome o = c->run(request);
    worst = std::max(worst, o.difference);
    const bool failed = !(o.difference <= random_models::tolerance) || !o.threads_identical || !o.alone_identical || !o.finite;
    if (failed) {
      ++failures;
      std::printf("FAILED model %zu (%s: %s): difference %.3g (tolerance %.1g), output scale %.3g, threads identical %d, "
                  "alone identical %d, finite %d\n",
                  c->index, c->structure, c->kinds, o.difference, random_models::tolerance, o.output_scale,
                  o.threads_identical, o.alone_identical, o.finite);
    }
    if (results)
      results << c->index << '\t' << c->structure << '\t' << c->kinds << '\t' << c->output_kind << '\t' << o.difference << '\t'
              << o.output_scale << '\t' << o.threads_identical << '\t' << o.alone_identical << '\n';
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%s: %zu models, %zu failed, worst difference %.3g (tolerance %.1g), %.2f s\n", label.c_str(), cases.size(),
              failures, worst, random_models::tolerance, seconds);
  return failures == 0 ? 0 : 1;
}
