// ctnn/io/file_error.hpp: the exception every reader of Keras files throws.
#pragma once

#include "ctnn/weights.hpp"

namespace ctnn::keras {

/// A Keras file that cannot be loaded into the model, and why: the message names the file, the
/// layer (position, Keras name, class) and what was expected and what was found.
class file_error : public weight_error {
 public:
  using weight_error::weight_error;
};

}  // namespace ctnn::keras
