// ctnn/io/detail/zip_archive.hpp: the members of a zip archive (a Keras 3 `.keras` file) held in memory,
// read through libzip (Debian: libzip-dev), stored or deflated alike.
//
// A member is read whole into memory, after its declared size has been checked against what the
// archive can hold: a member that claims more than its compressed bytes can expand to (or more
// than the caller allows) is refused before anything is allocated.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <zip.h>

#include "ctnn/io/detail/file_bytes.hpp"
#include "ctnn/io/file_error.hpp"

namespace ctnn::keras::detail {

class zip_archive {
 public:
  /// The archive held in `bytes` (which must outlive it), called `name` in messages; `who` opens
  /// every error message ("ctnn::keras::load"). libzip reads these bytes and opens no file.
  zip_archive(std::string name, std::span<const char> bytes, std::string who)
      : name_(std::move(name)), who_(std::move(who)), size_(bytes.size()) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source != nullptr) {
      archive_.reset(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
      if (!archive_) zip_source_free(source);  // the archive owns its source only once open
    }
    const std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    if (!archive_) fail("is not a readable zip archive (" + reason + "; a .keras file is a zip of config.json, metadata.json and model.weights.h5)");
  }
  zip_archive(const zip_archive&) = delete;
  zip_archive& operator=(const zip_archive&) = delete;

  [[noreturn]] void fail(const std::string& what) const { throw file_error(who_ + ": " + name_ + ": " + what); }

  bool contains(const std::string& name) const { return zip_name_locate(archive_.get(), name.c_str(), 0) >= 0; }

  /// The member `name`, whole, refused when it declares more than `limit` bytes or more than its
  /// compressed size can expand to.
  byte_buffer read(const std::string& name, std::uint64_t limit) const {
    const zip_int64_t index = zip_name_locate(archive_.get(), name.c_str(), 0);
    if (index < 0) fail("the archive has no member '" + name + "'" + members_hint());
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive_.get(), zip_uint64_t(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) ||
        !(stat.valid & ZIP_STAT_COMP_SIZE) || !(stat.valid & ZIP_STAT_COMP_METHOD))
      fail("the member '" + name + "' cannot be read (" + archive_message() + ")");
    // Deflate expands at most 1032:1; a stored member is its compressed bytes.
    const std::uint64_t expandable = stat.comp_method == ZIP_CM_STORE ? stat.comp_size : stat.comp_size * 1032 + 64;
    if (stat.comp_size > size_ || stat.size > expandable || stat.size > limit)
      fail("the member '" + name + "' declares " + std::to_string(stat.size) + " bytes (" + std::to_string(stat.comp_size) +
           " compressed, the archive has " + std::to_string(size_) + ", at most " + std::to_string(limit) +
           " accepted): the archive is damaged or not what it claims");
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> member(zip_fopen_index(archive_.get(), zip_uint64_t(index), 0), zip_fclose);
    if (!member) fail("the member '" + name + "' cannot be opened (" + archive_message() + ")");
    byte_buffer bytes(static_cast<std::size_t>(stat.size));
    std::uint64_t done = 0;
    while (done < stat.size) {
      const zip_int64_t got = zip_fread(member.get(), bytes.data() + done, stat.size - done);
      if (got <= 0) fail("the member '" + name + "' is truncated or damaged (" + file_message(member.get()) + ")");
      done += zip_uint64_t(got);
    }
    char extra = 0;  // a member longer than it declares, or one whose checksum fails at its end
    if (zip_fread(member.get(), &extra, 1) != 0)
      fail("the member '" + name + "' does not match its declared size or checksum (" + file_message(member.get()) + ")");
    return bytes;
  }

 private:
  std::string archive_message() const { return zip_strerror(archive_.get()); }
  static std::string file_message(zip_file_t* member) { return zip_file_strerror(member); }

  /// ", it holds a, b, c" (the first few members), for a member that is missing.
  std::string members_hint() const {
    const zip_int64_t count = zip_get_num_entries(archive_.get(), 0);
    std::string names;
    for (zip_int64_t i = 0; i < count && i < 8; ++i) {
      const char* name = zip_get_name(archive_.get(), zip_uint64_t(i), 0);
      names += (names.empty() ? "" : ", ") + std::string(name != nullptr ? name : "?");
    }
    if (count > 8) names += ", ...";
    return count <= 0 ? " (it is empty)" : " (it holds " + names + ")";
  }

  std::string name_;
  std::string who_;
  std::uint64_t size_ = 0;
  std::unique_ptr<zip_t, int (*)(zip_t*)> archive_{nullptr, zip_close};
};

}  // namespace ctnn::keras::detail
