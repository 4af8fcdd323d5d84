// Running a child process (Yosys) without a shell, capturing its output, and the
// file-system helpers idetic-synth needs around it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace idetic::cli {

struct RunResult {
    bool started = false;   // false: could not start it (see error)
    std::string error;      // why it could not be started
    int exit_code = -1;     // valid when it exited normally
    int term_signal = 0;    // non-zero when a signal ended it
    std::string output;     // stdout and stderr merged (the last `tail_limit` bytes)
};

// Runs argv[0] (a path, not searched in PATH) with argv, stdin from /dev/null, stdout
// and stderr into one pipe. With `stream`, the output is also copied to our stdout as
// it arrives. SIGINT, SIGTERM and SIGHUP received meanwhile are forwarded to the
// child; interrupted_by() then reports the signal so the caller can clean up and exit.
RunResult run_process(const std::vector<std::string> &argv, bool stream, std::size_t tail_limit = 256 * 1024);

// Installs the forwarding handlers (call once, early). SIGPIPE is ignored in this
// process (the child gets the default dispositions back).
void install_signal_handlers();
// The signal that asked this process to stop, or 0.
int interrupted_by();
// Restores the default action of `sig` and raises it (ends the process).
[[noreturn]] void reraise(int sig);

// Directory of the running executable (from /proc/self/exe, else argv0).
std::string executable_dir(const char *argv0);
// First executable `name` in $PATH (or `name` itself when it contains a '/').
std::optional<std::string> find_in_path(const std::string &name);
bool is_executable_file(const std::string &path);

// Whole file contents; throws std::runtime_error naming the path on failure.
std::string read_file(const std::string &path);
// Like read_file, but returns nullopt when the file cannot be read.
std::optional<std::string> try_read_file(const std::string &path);
// Writes `contents` to `path` (not atomically: for files in the private work dir).
void write_file(const std::string &path, const std::string &contents);

// Moves `from` (a file in the work dir) to the user's `to`: rename when both are on the
// same file system, else an atomic copy beside `to`. When `to` exists and is not a
// regular file (a device such as /dev/null, a FIFO) the contents are written into it.
// Throws std::runtime_error naming `to` on failure.
void move_into_place(const std::string &from, const std::string &to);

// Removes `path` when it is a regular file or a symbolic link (never a device or a
// directory). Returns true when something was removed.
bool remove_output_file(const std::string &path);

} // namespace idetic::cli
