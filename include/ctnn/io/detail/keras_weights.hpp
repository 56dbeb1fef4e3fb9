// ctnn/io/detail/keras_weights.hpp: where a Keras file keeps each layer's weights, in either layout.
//
// - Legacy (Keras 2's `.h5`, and Keras 3's `model.save("x.h5")`): a group per layer under
//   /model_weights (a full save) or the root (save_weights), listing its datasets in the attribute
//   weight_names ("dense_1/kernel:0", "dense/kernel"); a nested model's layers all sit in the
//   group of the outermost model, told apart by the owner in their names.
// - Keras 3 (`model.weights.h5` inside a `.keras` archive, and `.weights.h5`; tf.keras 2.13-2.15
//   too): `layers/<stem>[_k]/vars/<i>`, where the group is named after the layer's class
//   (snake_case, a counter per class in model order, not the layer's name) and the variables are
//   numbered in get_weights() order, without names. tf.keras 2.13 writes
//   `_layer_checkpoint_dependencies` for `layers`, with gaps in the counters; a file saved on
//   Windows may hold the path in one link name with backslashes. Nested models sit at
//   `layers/<model>/layers/...`; `optimizer/` and `metrics/` are training state, never read.
#pragma once

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include <hdf5.h>

#include "ctnn/io/detail/h5_file.hpp"
#include "ctnn/io/detail/keras_architecture.hpp"

namespace ctnn::keras::detail {

/// A weight as a file stores it.
struct stored_weight {
  std::string group;  ///< the HDF5 group that holds it, from the root ("model_weights/dense_1", "layers/dense/vars")
  std::string name;   ///< its dataset in that group ("dense_1/kernel:0", "0")
  std::string stem;   ///< its name as a weight of its layer ("kernel"); "" where the file numbers weights (Keras 3)
};

/// The groups and datasets of a Keras 3 weights file, by path, with backslashes read as '/'.
class keras3_tree {
 public:
  /// The tree of `file`, refused when it holds more than `most_objects` groups and datasets.
  keras3_tree(const h5_file& file, std::size_t most_objects) : file_(file), most_objects_(most_objects) {
    nodes_[""].real = "/";
    visit("", "", 0);
  }

  bool is_group(const std::string& path) const {
    const auto found = nodes_.find(path);
    return found != nodes_.end() && !found->second.dataset;
  }
  bool is_dataset(const std::string& path) const {
    const auto found = nodes_.find(path);
    return found != nodes_.end() && found->second.dataset;
  }
  /// The object's path in the file (what HDF5 opens); "" for a level that exists only in names.
  const std::string& real(const std::string& path) const { return nodes_.at(path).real; }
  const std::vector<std::string>& children(const std::string& path) const { return nodes_.at(path).children; }

  /// Every group that holds datasets directly (a layer's `vars`), outside the training state.
  std::vector<std::string> variable_groups() const {
    std::vector<std::string> groups;
    for (const auto& entry : nodes_) {  // (not a structured binding: Clang 14 cannot capture one)
      const std::string& path = entry.first;
      if (!entry.second.dataset && std::any_of(entry.second.children.begin(), entry.second.children.end(),
                                               [&](const std::string& child) { return is_dataset(join(path, child)); }))
        groups.push_back(path);
    }
    return groups;
  }

  static std::string join(const std::string& parent, const std::string& child) {
    return parent.empty() ? child : parent + "/" + child;
  }

 private:
  struct node {
    std::string real;
    bool dataset = false;
    std::vector<std::string> children;
  };

  /// Whether the link `components` (below the normalized path `parent`) is a model's training
  /// state: Keras 3 saves a compiled model's `optimizer` (and `metrics`) beside its `layers` and
  /// `vars`, and a nested model compiled on its own (a GAN's discriminator) keeps its own there,
  /// as layers/sequential_1/optimizer. A layer's group is never named so: it sits in a `layers`
  /// container, named after its class.
  static bool training_state(const std::string& parent, const std::vector<std::string>& components) {
    std::string above = parent.substr(parent.rfind('/') + 1);  // "" at the root
    for (const std::string& component : components) {
      if ((component == "optimizer" || component == "metrics") && above != "layers" && above != "_layer_checkpoint_dependencies")
        return true;
      above = component;
    }
    return false;
  }

  void visit(const std::string& normalized, const std::string& real, int depth) {
    constexpr int deepest = 24;
    if (depth > deepest) file_.fail("the weights nest groups more than " + std::to_string(deepest) + " deep");
    const handle group = file_.open_group(file_.root(), real.empty() ? "/" : real, "the weights");
    for (const std::string& link : file_.links(group.get(), "the group '" + real + "'")) {
      // "a\\b" is the path a/b written by Windows: each component is a level of its own.
      std::vector<std::string> components;
      for (std::size_t start = 0; start <= link.size();) {
        std::size_t end = link.find('\\', start);
        if (end == std::string::npos) end = link.size();
        if (end > start) components.push_back(link.substr(start, end - start));
        start = end + 1;
      }
      if (components.empty() || training_state(normalized, components)) continue;
      const std::string link_real = real.empty() ? link : real + "/" + link;
      const handle object = file_.open_object(group.get(), link, "the group '" + real + "'");
      const H5I_type_t type = H5Iget_type(object.get());
      if (type != H5I_GROUP && type != H5I_DATASET) continue;
      std::string path = normalized;
      for (const std::string& component : components) {
        std::string child = join(path, component);
        if (!nodes_.contains(child)) {  // a level first seen here (map lookups: a group may hold 100,000 links)
          nodes_[path].children.push_back(component);
          nodes_.emplace(child, node{});
        }
        path = std::move(child);
        if (nodes_.size() > most_objects_)
          file_.fail("the weights file holds more than " + std::to_string(most_objects_) + " groups and datasets outside the "
                     "training state; no Keras file of this model does");
      }
      node& here = nodes_[path];
      here.real = link_real;
      here.dataset = type == H5I_DATASET;
      if (type == H5I_GROUP) visit(path, link_real, depth + 1);
    }
  }

  const h5_file& file_;
  std::size_t most_objects_;
  std::map<std::string, node> nodes_;
};

/// Where each layer's weights are in one file, legacy or Keras 3 layout.
class weight_store {
 public:
  enum class layout { legacy, keras3 };

  /// The most groups and datasets a Keras 3 weights file may hold where no model says (ctnn-keras-type).
  static constexpr std::size_t most_objects = 200'000;

  /// The weights of `file`; a Keras 3 file holding more than `most_objects` groups and datasets
  /// (its training state aside) is refused as it is listed.
  explicit weight_store(const h5_file& file, std::size_t most_keras3_objects = most_objects)
      : file_(file), layout_(detect(file)) {
    if (layout_ == layout::keras3) {
      tree_.emplace(file, most_keras3_objects);
    } else {
      root_ = file.has_link(file.root(), "model_weights") ? "model_weights" : "";
    }
  }

  layout kind() const { return layout_; }
  /// The weights the file stores for `layer`, in the file's order (Keras 3: get_weights() order).
  /// A layer that has none may have no group at all when `may_be_absent`.
  std::vector<stored_weight> of(const file_layer& layer, bool may_be_absent, const std::string& what) {
    return layout_ == layout::keras3 ? keras3_weights(layer, may_be_absent, what) : legacy_weights(layer, may_be_absent, what);
  }

  /// The extents of a stored weight.
  std::vector<std::size_t> dims(const stored_weight& weight, const std::string& what) const {
    const handle group = open(weight.group, what);
    return h5_file::extents(file_.open_dataset(group.get(), weight.name, what).get());
  }

  /// Reads a float32 weight of exactly `dims` into `destination`.
  void read(const stored_weight& weight, const std::vector<std::size_t>& dims, std::span<float> destination,
            const std::string& what) const {
    if (weight.stem.empty()) {  // a number says little: messages name the dataset by its whole path
      handle root = open("", what);
      file_.read_floats(root.get(), weight.group + "/" + weight.name, dims, destination, what);
      return;
    }
    handle group = open(weight.group, what);
    file_.read_floats(group.get(), weight.name, dims, destination, what);
  }

  /// Keras 3 layout: every group of variables the layers read did not claim, as "layers/dense_2
  /// (2 arrays)"; a file with weights for layers the type lacks is not the type's.
  std::vector<std::string> unclaimed() const {
    std::vector<std::string> left;
    if (!tree_) return left;
    for (const std::string& group : tree_->variable_groups()) {
      if (claimed_.contains(group) || group == "vars") continue;  // the model's own (empty) variables
      std::size_t count = 0;
      for (const std::string& child : tree_->children(group)) count += tree_->is_dataset(keras3_tree::join(group, child)) ? 1 : 0;
      left.push_back(group.substr(0, group.size() - (group.ends_with("/vars") ? 5 : 0)) + " (" + std::to_string(count) +
                     (count == 1 ? " array)" : " arrays)"));
    }
    return left;
  }

  /// Keras 3 layout: every group that holds variables ("layers/dense/vars"), in name order.
  std::vector<std::string> variable_groups() const { return tree_ ? tree_->variable_groups() : std::vector<std::string>{}; }
  /// Keras 3 layout: the variables of one of those groups, by number.
  std::vector<stored_weight> variables(const std::string& group) const {
    std::vector<std::pair<std::size_t, stored_weight>> numbered;
    for (const std::string& child : tree_->children(group)) {
      if (!tree_->is_dataset(keras3_tree::join(group, child))) continue;
      const bool number = !child.empty() && child.size() < 10 && std::all_of(child.begin(), child.end(), [](char c) { return c >= '0' && c <= '9'; });
      numbered.push_back({number ? std::stoul(child) : ~std::size_t{0}, {tree_->real(group), child, ""}});
    }
    std::sort(numbered.begin(), numbered.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<stored_weight> result;
    for (auto& entry : numbered) result.push_back(std::move(entry.second));
    return result;
  }

  /// Keras 3 layout: the top-level groups that are whole models used as layers (they hold
  /// layers of their own), "layers/sequential".
  std::vector<std::string> nested_models() const {
    std::vector<std::string> models;
    if (!tree_) return models;
    for (const char* container : {"layers", "_layer_checkpoint_dependencies"}) {
      if (!tree_->is_group(container)) continue;
      for (const std::string& child : tree_->children(container)) {
        const std::string group = keras3_tree::join(container, child);
        if (tree_->is_group(keras3_tree::join(group, "layers")) || tree_->is_group(keras3_tree::join(group, "_layer_checkpoint_dependencies")))
          models.push_back(group);
      }
    }
    return models;
  }

 private:
  static layout detect(const h5_file& file) {
    if (file.has_link(file.root(), "layers") || file.has_link(file.root(), "_layer_checkpoint_dependencies")) return layout::keras3;
    if (file.has_link(file.root(), "model_weights") || file.has_attribute(file.root(), "layer_names")) return layout::legacy;
    // A file saved on Windows by tf.keras 2.13 names its root's groups "_layer_checkpoint_dependencies\\conv2d".
    for (const std::string& link : file.links(file.root(), "the file's root"))
      if (link.starts_with("layers\\") || link.starts_with("_layer_checkpoint_dependencies\\")) return layout::keras3;
    return layout::legacy;  // which then says what the file lacks
  }

  handle open(const std::string& group, const std::string& what) const {
    return file_.open_group(file_.root(), group.empty() ? "/" : group, what);
  }

  std::vector<stored_weight> legacy_weights(const file_layer& layer, bool may_be_absent, const std::string& what) const {
    const std::string group = layer.group.empty() ? layer.name : layer.group;
    const std::string path = root_.empty() ? group : root_ + "/" + group;
    std::vector<std::string> names = layer.weights;
    if (names.empty()) {
      if (may_be_absent && !file_.has_link(file_.root(), path)) return {};
      handle root = open(root_, what);
      names = file_.strings(file_.open_group(root.get(), group, what).get(), "weight_names", what);
      if (!layer.group.empty()) {  // a nested model's group: the weights whose owner is this layer
        std::erase_if(names, [&](const std::string& name) {
          const std::string owner = weight_owner(name);
          return owner.substr(owner.rfind('/') + 1) != layer.own_name;
        });
      }
    }
    std::vector<stored_weight> stored;
    for (const std::string& name : names) stored.push_back({path, name, weight_stem(name)});
    return stored;
  }

  /// The normalized path of a layer's group, from its keras3 steps; "" when it has none and
  /// `may_be_absent` (a layer without weights, such as an input the file keeps no group for).
  std::string locate(const file_layer& layer, const std::string& what, bool may_be_absent = false) const {
    std::string at;
    for (const keras3_step& step : layer.steps) {
      std::string container;
      for (const char* name : {"layers", "_layer_checkpoint_dependencies"})
        if (tree_->is_group(keras3_tree::join(at, name))) container = keras3_tree::join(at, name);
      if (container.empty() && may_be_absent) return {};
      if (container.empty()) file_.fail(what + ": the file has no group '" + keras3_tree::join(at, "layers") + "'");
      // The groups of this class, by their counter: "dense", "dense_1", ..., "dense_10" (gaps allowed).
      std::vector<std::pair<unsigned long long, std::string>> candidates;
      for (const std::string& child : tree_->children(container)) {
        if (!tree_->is_group(keras3_tree::join(container, child)) || !child.starts_with(step.stem)) continue;
        const std::string suffix = child.substr(step.stem.size());
        if (suffix.empty()) {
          candidates.emplace_back(0, child);
        } else if (suffix.size() >= 2 && suffix.size() <= 10 && suffix[0] == '_' &&
                   std::all_of(suffix.begin() + 1, suffix.end(), [](char c) { return c >= '0' && c <= '9'; })) {
          candidates.emplace_back(std::stoull(suffix.substr(1)), child);
        }
      }
      std::sort(candidates.begin(), candidates.end());
      if (step.ordinal >= candidates.size() && may_be_absent) return {};
      if (step.ordinal >= candidates.size()) {
        std::string found;
        for (const auto& candidate : candidates) found += (found.empty() ? "" : ", ") + candidate.second;
        file_.fail(what + ": the file has no weights group for it: it is " + ordinal_words(step.ordinal) + " " + step.stem +
                   " layer, and '" + container + "' holds " +
                   (candidates.empty() ? std::string("none") : std::to_string(candidates.size()) + " [" + found + "]"));
      }
      at = keras3_tree::join(container, candidates[step.ordinal].second);
    }
    return at;
  }

  static std::string ordinal_words(std::size_t ordinal) {
    const std::size_t n = ordinal + 1;
    const char* suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return "the " + std::to_string(n) + suffix;
  }

  std::vector<stored_weight> keras3_weights(const file_layer& layer, bool may_be_absent, const std::string& what) {
    const std::string group = locate(layer, what, may_be_absent);
    if (group.empty()) return {};
    claimed_.insert(keras3_tree::join(group, "vars"));
    const std::string vars = keras3_tree::join(group, "vars");
    if (!tree_->is_group(vars)) {
      if (may_be_absent) return {};
      file_.fail(what + ": the file has no group '" + vars + "'");
    }
    // Variables are named 0, 1, ...: every one present, in that order.
    const std::vector<std::string>& names = tree_->children(vars);
    std::vector<stored_weight> stored;
    for (std::size_t i = 0; i < names.size(); ++i) {
      const std::string name = std::to_string(i);
      if (!tree_->is_dataset(keras3_tree::join(vars, name))) {
        std::string listed;
        for (const std::string& n : names) listed += (listed.empty() ? "" : ", ") + n;
        file_.fail(what + ": '" + vars + "' holds [" + listed + "], not the variables 0 to " + std::to_string(names.size() - 1));
      }
      stored.push_back({tree_->real(vars), name, ""});
    }
    return stored;
  }

  const h5_file& file_;
  layout layout_;
  std::string root_;
  std::optional<keras3_tree> tree_;
  std::set<std::string> claimed_;
};

}  // namespace ctnn::keras::detail
