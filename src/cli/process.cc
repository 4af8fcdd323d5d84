#include "cli/process.h"

#include "util/atomic_file.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <limits.h>
#include <sstream>
#include <spawn.h>
#include <stdexcept>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace idetic::cli {

namespace {

volatile sig_atomic_t g_signal = 0;
volatile sig_atomic_t g_child = 0;

void on_signal(int sig) {
    g_signal = sig;
    pid_t child = g_child;
    if (child > 0)
        ::kill(child, sig);
}

constexpr int kForwarded[] = {SIGINT, SIGTERM, SIGHUP};

std::string errno_text(int err) { return std::strerror(err); }

// Appends to `buf`, keeping only its last `limit` bytes.
void append_tail(std::string &buf, const char *data, std::size_t n, std::size_t limit) {
    buf.append(data, n);
    if (buf.size() > limit)
        buf.erase(0, buf.size() - limit);
}

} // namespace

void install_signal_handlers() {
    struct sigaction sa {};
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    for (int sig : kForwarded)
        sigaction(sig, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
}

int interrupted_by() { return g_signal; }

void reraise(int sig) {
    std::signal(sig, SIG_DFL);
    std::raise(sig);
    std::_Exit(128 + sig);
}

RunResult run_process(const std::vector<std::string> &argv, bool stream, std::size_t tail_limit) {
    RunResult r;
    if (argv.empty()) {
        r.error = "no command";
        return r;
    }
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        r.error = "cannot create a pipe: " + errno_text(errno);
        return r;
    }
    // Keep the pipe off descriptors 0-2 even if one of ours was closed, so the
    // dup2()s below always clear close-on-exec on the child's copies.
    for (int &fd : fds) {
        if (fd <= 2) {
            int moved = ::fcntl(fd, F_DUPFD_CLOEXEC, 3);
            ::close(fd);
            fd = moved;
        }
    }
    if (fds[0] < 0 || fds[1] < 0) {
        r.error = "cannot create a pipe: " + errno_text(errno);
        return r;
    }

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 2);

    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t defaults, empty;
    sigemptyset(&defaults);
    for (int sig : kForwarded)
        sigaddset(&defaults, sig);
    sigaddset(&defaults, SIGPIPE);
    sigemptyset(&empty);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setsigmask(&attr, &empty);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);

    std::vector<char *> cargv;
    for (const auto &a : argv)
        cargv.push_back(const_cast<char *>(a.c_str()));
    cargv.push_back(nullptr);

    // Block the forwarded signals around the spawn so that the handler sees the pid.
    sigset_t block, old;
    sigemptyset(&block);
    for (int sig : kForwarded)
        sigaddset(&block, sig);
    sigprocmask(SIG_BLOCK, &block, &old);
    pid_t pid = -1;
    int rc = ::posix_spawn(&pid, argv[0].c_str(), &actions, &attr, cargv.data(), environ);
    if (rc == 0)
        g_child = pid;
    sigprocmask(SIG_SETMASK, &old, nullptr);

    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    ::close(fds[1]);
    if (rc != 0) {
        ::close(fds[0]);
        r.error = "cannot run '" + argv[0] + "': " + errno_text(rc);
        return r;
    }
    r.started = true;
    // A signal that arrived before the child existed is passed on now.
    if (g_signal)
        ::kill(pid, g_signal);

    char buf[16384];
    for (;;) {
        ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        append_tail(r.output, buf, static_cast<std::size_t>(n), tail_limit);
        if (stream) {
            std::fwrite(buf, 1, static_cast<std::size_t>(n), stdout);
            std::fflush(stdout);
        }
    }
    ::close(fds[0]);

    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            g_child = 0;
            r.error = "waitpid failed: " + errno_text(errno);
            return r;
        }
    }
    g_child = 0;
    if (WIFEXITED(status))
        r.exit_code = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        r.term_signal = WTERMSIG(status);
    return r;
}

std::string executable_dir(const char *argv0) {
    char buf[PATH_MAX];
    ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    std::string exe;
    if (n > 0) {
        exe.assign(buf, static_cast<std::size_t>(n));
    } else if (argv0 && std::strchr(argv0, '/')) {
        char *real = ::realpath(argv0, nullptr);
        if (real) {
            exe = real;
            std::free(real);
        }
    }
    auto slash = exe.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : exe.substr(0, slash);
}

bool is_executable_file(const std::string &path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

std::optional<std::string> find_in_path(const std::string &name) {
    if (name.empty())
        return std::nullopt;
    if (name.find('/') != std::string::npos)
        return is_executable_file(name) ? std::optional<std::string>(name) : std::nullopt;
    const char *path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
    std::size_t start = 0;
    for (;;) {
        std::size_t end = dirs.find(':', start);
        std::string dir = dirs.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (dir.empty())
            dir = ".";
        std::string candidate = dir + "/" + name;
        if (is_executable_file(candidate))
            return candidate;
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return std::nullopt;
}

std::optional<std::string> try_read_file(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad())
        return std::nullopt;
    return ss.str();
}

std::string read_file(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read '" + path + "': " + errno_text(errno));
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad())
        throw std::runtime_error("cannot read '" + path + "': read failed");
    return ss.str();
}

void write_file(const std::string &path, const std::string &contents) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw std::runtime_error("cannot write '" + path + "': " + errno_text(errno));
    out << contents;
    out.flush();
    if (!out)
        throw std::runtime_error("cannot write '" + path + "': write failed");
}

void move_into_place(const std::string &from, const std::string &to) {
    struct stat st {};
    bool exists = ::lstat(to.c_str(), &st) == 0;
    if (exists && !S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode)) {
        if (S_ISDIR(st.st_mode))
            throw std::runtime_error("cannot write '" + to + "': it is a directory");
        // A device or FIFO: write through it, never replace it.
        std::string contents = read_file(from);
        std::ofstream out(to, std::ios::binary);
        if (!out)
            throw std::runtime_error("cannot write '" + to + "': " + errno_text(errno));
        out << contents;
        out.flush();
        if (!out)
            throw std::runtime_error("cannot write '" + to + "': write failed");
        return;
    }
    if (::rename(from.c_str(), to.c_str()) == 0)
        return;
    if (errno != EXDEV)
        throw std::runtime_error("cannot write '" + to + "': " + errno_text(errno));
    // Another file system: copy to a temporary file beside `to`, then rename.
    write_file_atomically(to, read_file(from));
}

bool remove_output_file(const std::string &path) {
    if (path.empty())
        return false;
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0)
        return false;
    if (!S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode))
        return false;
    return ::unlink(path.c_str()) == 0;
}

} // namespace idetic::cli
