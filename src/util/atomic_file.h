// Writing output files so that a reader never sees a half-written one.
#pragma once

#include <string>

namespace idetic {

// Writes `contents` to `path.tmp.<pid>` and renames it over `path`.
// Throws std::runtime_error with the path and the reason on failure
// (and removes the temporary file).
void write_file_atomically(const std::string &path, const std::string &contents);

} // namespace idetic
