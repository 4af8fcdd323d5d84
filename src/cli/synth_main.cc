// idetic-synth: the command-line front end. It validates the options, writes a Yosys
// script into a private work directory, runs `yosys -m idetic.so` on it as a child
// process, and moves the results to the requested paths only when everything
// succeeded (with --svg, after Graphviz's dot rendered the graph). Manual: docs/CLI.md.
#include "cli/process.h"
#include "cli/yosys_script.h"

#include "idetic_version.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace idetic::cli;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitDesign = 1;      // Yosys or the pass rejected the design
constexpr int kExitUsage = 2;       // bad options or unusable paths
constexpr int kExitEnvironment = 3; // yosys / plugin / dot missing, work dir or output I/O failed

constexpr const char *kProg = "idetic-synth";

#ifndef IDETIC_CONFIGURED_YOSYS
#define IDETIC_CONFIGURED_YOSYS ""
#endif

// An error that ends the run with `code` and prints `message`.
struct Failure : std::runtime_error {
    int code;
    Failure(int c, const std::string &message) : std::runtime_error(message), code(c) {}
};

[[noreturn]] void usage_error(const std::string &msg) { throw Failure(kExitUsage, msg); }

void print_error(const std::string &msg) { std::cerr << kProg << ": error: " << msg << std::endl; }

std::string dir_of(const std::string &path) {
    auto slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    if (slash == 0)
        return "/";
    return path.substr(0, slash);
}

std::string base_of(const std::string &path) {
    auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// A spelling-independent name for the file `path` refers to or would create.
std::string identity_of(const std::string &path) {
    std::error_code ec;
    auto dir = fs::weakly_canonical(fs::path(dir_of(path)), ec);
    if (ec)
        return path;
    fs::path full = dir / base_of(path);
    auto canon = fs::weakly_canonical(full, ec);
    return ec ? full.string() : canon.string();
}

void check_input_file(const std::string &path, const std::string &what) {
    if (path == "-")
        usage_error("reading " + what + " from standard input ('-') is not supported; give a file name");
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        usage_error(what + " '" + path + "' " +
                    (errno == ENOENT ? std::string("does not exist") : "cannot be read: " + std::string(std::strerror(errno))));
    if (S_ISDIR(st.st_mode))
        usage_error(what + " '" + path + "' is a directory, not a file");
    if (::access(path.c_str(), R_OK) != 0)
        usage_error(what + " '" + path + "' cannot be read: " + std::strerror(errno));
}

void check_output_path(const std::string &path, const std::string &option) {
    if (path == "-")
        usage_error(option + ": writing to standard output ('-') is not supported; give a file name");
    if (path.empty() || path.back() == '/')
        usage_error(option + ": '" + path + "' is not a file name");
    const std::string dir = dir_of(path);
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0)
        usage_error(option + ": the directory '" + dir + "' of '" + path + "' does not exist; create it first");
    if (!S_ISDIR(st.st_mode))
        usage_error(option + ": '" + dir + "' is not a directory");
    if (::access(dir.c_str(), W_OK) != 0)
        usage_error(option + ": the directory '" + dir + "' is not writable: " + std::strerror(errno));
    if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
        usage_error(option + ": '" + path + "' is a directory");
}

void validate(SynthOptions &opts) {
    if (opts.inputs.empty())
        usage_error("no input files; usage: idetic-synth FILE... -o OUT.v [options] (see --help)");
    for (const auto &in : opts.inputs) {
        check_input_file(in, "input file");
        if (auto problem = quoted_path_problem(in))
            usage_error("input file '" + in + "': " + *problem + "; rename it");
    }
    if (opts.analyze_only && !opts.output.empty())
        usage_error("--analyze-only writes no Verilog, so -o cannot be used with it; drop one of them");
    if (!opts.analyze_only && opts.output.empty())
        usage_error("no output file: give -o OUT.v (or --analyze-only to only analyse the design)");

    struct Out {
        const std::string *path;
        const char *option;
    };
    std::vector<Out> outs;
    if (!opts.output.empty())
        outs.push_back({&opts.output, "-o"});
    if (!opts.report.empty())
        outs.push_back({&opts.report, "--report"});
    if (!opts.dot.empty())
        outs.push_back({&opts.dot, "--dot"});
    if (!opts.svg.empty())
        outs.push_back({&opts.svg, "--svg"});
    for (const auto &o : outs)
        check_output_path(*o.path, o.option);

    // No output may overwrite an input or another output.
    std::vector<std::pair<std::string, std::string>> seen; // identity, description
    for (const auto &in : opts.inputs)
        seen.push_back({identity_of(in), "input file '" + in + "'"});
    if (!opts.energy.empty())
        seen.push_back({identity_of(opts.energy), "--energy file '" + opts.energy + "'"});
    for (const auto &o : outs) {
        std::string id = identity_of(*o.path);
        for (const auto &[other, what] : seen)
            if (other == id)
                usage_error(std::string(o.option) + " '" + *o.path + "' is the same file as the " + what);
        seen.push_back({id, std::string(o.option) + " file '" + *o.path + "'"});
    }

    if (!opts.top.empty())
        if (auto problem = plain_token_problem(opts.top))
            usage_error("--top '" + opts.top + "' is not a module name: " + *problem);
    for (const auto &w : opts.state_wires)
        if (auto problem = plain_token_problem(w))
            usage_error("--state '" + w + "' is not a wire name: " + *problem);
    if (!opts.reset.empty())
        if (auto problem = plain_token_problem(opts.reset))
            usage_error("--reset '" + opts.reset + "' is not a port name: " + *problem);
    if (!opts.nvm.empty())
        if (auto problem = plain_token_problem(opts.nvm))
            usage_error("--nvm '" + opts.nvm + "' is not a preset name: " + *problem);
    if (!opts.energy.empty())
        check_input_file(opts.energy, "--energy file");
}

std::string find_yosys() {
    if (const char *env = std::getenv("IDETIC_YOSYS"); env && *env) {
        if (auto found = find_in_path(env))
            return *found;
        throw Failure(kExitEnvironment, std::string("IDETIC_YOSYS is set to '") + env +
                                            "', which is not an executable file; fix or unset it");
    }
    if (auto found = find_in_path("yosys"))
        return *found;
    if (std::strlen(IDETIC_CONFIGURED_YOSYS) && is_executable_file(IDETIC_CONFIGURED_YOSYS))
        return IDETIC_CONFIGURED_YOSYS;
    throw Failure(kExitEnvironment, "yosys was not found in PATH; install it (scripts/setup.sh, or "
                                    "apt-get install yosys) or set IDETIC_YOSYS to the yosys executable");
}

// Graphviz's dot, for --svg.
std::string find_dot() {
    if (auto found = find_in_path("dot"))
        return *found;
    throw Failure(kExitEnvironment, "--svg needs Graphviz 'dot', which was not found in PATH; install Graphviz "
                                    "(scripts/setup.sh, or apt-get install graphviz) or drop --svg (--dot writes "
                                    "the graph as DOT text)");
}

// Removes whatever an earlier run left at the requested output paths (a failed run
// must not leave a result that could be mistaken for its own).
void remove_requested_outputs(const SynthOptions &opts) {
    remove_output_file(opts.output);
    remove_output_file(opts.report);
    remove_output_file(opts.dot);
    remove_output_file(opts.svg);
}

bool is_readable_file(const std::string &path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), R_OK) == 0;
}

std::string find_plugin(const std::string &exe_dir) {
    if (const char *env = std::getenv("IDETIC_PLUGIN"); env && *env) {
        if (is_readable_file(env))
            return env;
        throw Failure(kExitEnvironment, std::string("IDETIC_PLUGIN is set to '") + env +
                                            "', which is not a readable file; fix or unset it");
    }
    const std::vector<std::string> candidates = {
        fs::path(exe_dir + "/idetic.so").lexically_normal().string(),
        fs::path(exe_dir + "/../share/yosys/plugins/idetic.so").lexically_normal().string()};
    for (const auto &c : candidates)
        if (is_readable_file(c))
            return c;
    throw Failure(kExitEnvironment, "the Yosys plugin idetic.so was not found (looked for " + candidates[0] +
                                        " and " + candidates[1] +
                                        "); build it (ninja idetic_plugin) or set IDETIC_PLUGIN to its path");
}

// A fresh private directory. Its path goes unquoted into checkpoint_insert's
// arguments, so it must be a plain token; TMPDIR is used when it is one.
std::string make_work_dir() {
    std::string base = "/tmp";
    if (const char *t = std::getenv("TMPDIR"); t && t[0] == '/') {
        struct stat st {};
        std::string tmp = t;
        while (tmp.size() > 1 && tmp.back() == '/')
            tmp.pop_back();
        if (!plain_token_problem(tmp) && ::stat(tmp.c_str(), &st) == 0 && S_ISDIR(st.st_mode) &&
            ::access(tmp.c_str(), W_OK | X_OK) == 0)
            base = tmp;
    }
    std::string templ = (base == "/" ? "" : base) + "/idetic-synth.XXXXXX";
    std::vector<char> buf(templ.begin(), templ.end());
    buf.push_back('\0');
    if (!::mkdtemp(buf.data()))
        throw Failure(kExitEnvironment, "cannot create a work directory in " + base + ": " + std::strerror(errno));
    return buf.data();
}

std::string last_lines(const std::string &text, std::size_t n) {
    std::size_t end = text.size();
    while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == ' '))
        --end;
    std::size_t pos = end;
    for (std::size_t count = 0; pos > 0; --pos)
        if (text[pos - 1] == '\n' && ++count == n)
            break;
    return text.substr(pos, end - pos);
}

class Run {
  public:
    Run(SynthOptions opts, std::string yosys, std::string plugin, std::string dot)
        : opts_(std::move(opts)), yosys_(std::move(yosys)), plugin_(std::move(plugin)), dot_(std::move(dot)) {}
    ~Run() { cleanup(); }

    int execute();

  private:
    void cleanup();
    void remove_outputs();
    void render_svg();
    std::string user_paths(std::string msg) const;

    SynthOptions opts_;
    std::string yosys_, plugin_;
    std::string dot_; // Graphviz dot; empty without --svg
    WorkFiles work_;
    bool have_work_ = false;
};

void Run::cleanup() {
    if (!have_work_)
        return;
    have_work_ = false;
    if (opts_.keep_work) {
        std::cerr << kProg << ": work directory kept: " << work_.dir << std::endl;
        return;
    }
    std::error_code ec;
    fs::remove_all(work_.dir, ec);
}

// On failure no output of this run may remain, nor a stale one from an earlier run.
void Run::remove_outputs() { remove_requested_outputs(opts_); }

std::string Run::user_paths(std::string msg) const {
    msg = replace_all(msg, work_.out_v, opts_.output.empty() ? "<output>" : opts_.output);
    if (!opts_.report.empty())
        msg = replace_all(msg, work_.report, opts_.report);
    if (!opts_.svg.empty())
        msg = replace_all(msg, work_.svg, opts_.svg);
    if (!opts_.dot.empty())
        msg = replace_all(msg, work_.dot, opts_.dot);
    if (!opts_.energy.empty())
        msg = replace_all(msg, work_.energy, opts_.energy);
    return msg;
}

// Renders the staged DOT graph to the staged SVG with Graphviz (--svg). Throws a
// Failure (after removing every output) when dot cannot do it.
void Run::render_svg() {
    std::vector<std::string> argv = dot_to_svg_argv(dot_, work_);
    if (opts_.verbose) {
        std::string cmd;
        for (const auto &a : argv)
            cmd += (cmd.empty() ? "" : " ") + shell_quote(a);
        std::cerr << kProg << ": running " << cmd << std::endl;
    }
    RunResult r = run_process(argv, opts_.verbose);
    if (int sig = interrupted_by()) {
        remove_outputs();
        std::cerr << kProg << ": interrupted" << std::endl;
        cleanup();
        reraise(sig);
    }
    std::string why;
    if (!r.started)
        why = r.error;
    else if (r.term_signal != 0)
        why = "dot was killed by signal " + std::to_string(r.term_signal) + " (" + strsignal(r.term_signal) + ")";
    else if (r.exit_code != 0)
        why = "dot failed with exit status " + std::to_string(r.exit_code);
    else {
        struct stat st {};
        if (::stat(work_.svg.c_str(), &st) != 0 || st.st_size == 0)
            why = "dot finished without error but wrote no SVG";
    }
    if (why.empty())
        return;
    remove_outputs();
    std::string tail = last_lines(r.output, 15);
    throw Failure(kExitEnvironment, user_paths("--svg: " + why + (tail.empty() ? "" : "; its last output:\n" + tail)));
}

int Run::execute() {
    work_ = WorkFiles::in(make_work_dir());
    have_work_ = true;

    std::vector<std::string> argv = {yosys_};
    if (!opts_.verbose)
        argv.push_back("-q");
    argv.insert(argv.end(), {"-m", plugin_, "-l", work_.log, "-s", work_.script});
    try {
        if (!opts_.energy.empty())
            write_file(work_.energy, read_file(opts_.energy));
        write_file(work_.script, make_yosys_script(opts_, work_, IDETIC_VERSION));
        std::string cmd;
        for (const auto &a : argv)
            cmd += (cmd.empty() ? "" : " ") + shell_quote(a);
        std::error_code ec;
        std::string cwd = fs::current_path(ec).string();
        write_file(work_.dir + "/rerun.sh", "#!/bin/sh\n# Re-runs this Yosys job (input paths are relative to the "
                                            "directory idetic-synth ran in).\ncd " + shell_quote(cwd) +
                                                " || exit\nexec " + cmd + "\n");
        if (opts_.verbose)
            std::cerr << kProg << ": running " << cmd << std::endl;
    } catch (const std::invalid_argument &e) {
        throw Failure(kExitUsage, e.what());
    } catch (const std::runtime_error &e) {
        throw Failure(kExitEnvironment, e.what());
    }

    if (int sig = interrupted_by()) {
        cleanup();
        reraise(sig);
    }
    RunResult r = run_process(argv, opts_.verbose);
    if (int sig = interrupted_by()) {
        remove_outputs();
        std::cerr << kProg << ": interrupted" << std::endl;
        cleanup();
        reraise(sig);
    }
    if (!r.started)
        throw Failure(kExitEnvironment, r.error);

    if (r.term_signal != 0 || r.exit_code != 0) {
        remove_outputs();
        std::string log = try_read_file(work_.log).value_or("");
        auto err = extract_yosys_error(log);
        if (!err)
            err = extract_yosys_error(r.output);
        if (err) {
            std::string msg = user_paths(*err);
            if (!opts_.top.empty() && msg.find("Module `" + opts_.top + "' not found") != std::string::npos)
                msg += " (--top " + opts_.top + " names no module of the input files)";
            throw Failure(kExitDesign, msg);
        }
        std::string how = r.term_signal ? "yosys was killed by signal " + std::to_string(r.term_signal) + " (" +
                                              strsignal(r.term_signal) + ")"
                                        : "yosys failed with exit status " + std::to_string(r.exit_code);
        std::string tail = last_lines(r.output.empty() ? log : r.output, 15);
        throw Failure(kExitDesign, user_paths(how + (tail.empty() ? "" : "; its last output:\n" + tail)));
    }

    // Yosys succeeded: every requested result must be there before any is moved.
    struct Result {
        std::string staged, dest, what;
    };
    std::vector<Result> results;
    if (!opts_.analyze_only)
        results.push_back({work_.out_v, opts_.output, "the Verilog output"});
    if (!opts_.report.empty())
        results.push_back({work_.report, opts_.report, "the report (-report)"});
    if (!opts_.dot.empty() || !opts_.svg.empty())
        results.push_back({work_.dot, opts_.dot, "the graph (-dot)"});
    for (const auto &res : results)
        if (::access(res.staged.c_str(), F_OK) != 0) {
            remove_outputs();
            throw Failure(kExitDesign, "yosys finished without error but did not write " + res.what +
                                           "; this is a bug in checkpoint_insert (rerun with --keep-work "
                                           "to inspect the log)");
        }
    // The DOT graph is staged for --svg even without --dot; only requested files are moved.
    results.erase(std::remove_if(results.begin(), results.end(), [](const Result &res) { return res.dest.empty(); }),
                  results.end());
    if (!opts_.svg.empty()) {
        render_svg();
        results.push_back({work_.svg, opts_.svg, "the SVG graph (--svg)"});
    }
    for (const auto &res : results) {
        try {
            move_into_place(res.staged, res.dest);
        } catch (const std::exception &e) {
            remove_outputs();
            throw Failure(kExitEnvironment, e.what());
        }
    }
    // With -q the console output is exactly Yosys's warnings: show them.
    if (!opts_.verbose && !r.output.empty()) {
        std::cerr << r.output;
        if (r.output.back() != '\n')
            std::cerr << '\n';
        std::cerr.flush();
    }
    if (opts_.verbose)
        for (const auto &res : results)
            std::cerr << kProg << ": wrote " << res.dest << std::endl;
    return kExitOk;
}

const char *kFooter = R"(Exit status:
  0  success
  1  the design was rejected (the message names the problem) or Yosys failed
  2  usage error: bad or missing options, an input file that does not exist, an
     output directory that does not exist
  3  yosys or the idetic plugin (or, for --svg, Graphviz's dot) was not found,
     or a file could not be written
On any failure no output file (-o, --report, --dot, --svg) is left behind.

Environment:
  IDETIC_YOSYS   the yosys executable (default: yosys from PATH)
  IDETIC_PLUGIN  the plugin (default: idetic.so next to idetic-synth, else
                 <prefix>/share/yosys/plugins/idetic.so)
  TMPDIR         where the private work directory is created (default /tmp)

Examples:
  idetic-synth gcd.v -o gcd_ckpt.v --top gcd --report gcd.json
  idetic-synth src/*.v --analyze-only --report r.json --dot fsm.dot
  idetic-synth gcd.v -o gcd_ckpt.v --top gcd --svg gcd.svg
Manual: docs/CLI.md)";

} // namespace

int main(int argc, char **argv) {
    install_signal_handlers();
    SynthOptions opts;

    CLI::App app{"Inserts power-failure checkpoints into synchronous Verilog: finds the controller, the "
                 "live registers of every control state, and adds save/restore hardware.",
                 kProg};
    app.set_version_flag("--version", std::string(kProg) + " " + IDETIC_VERSION,
                         "Print the version and exit");
    app.set_help_flag("-h,--help", "Print this help and exit");
    app.footer(kFooter);
    app.get_formatter()->column_width(34);

    app.add_option("files", opts.inputs, "Verilog / SystemVerilog source files of the design")
        ->type_name("FILE");
    app.add_option("-o,--output", opts.output, "Write the checkpointed design to OUT.v (required unless "
                                               "--analyze-only)")
        ->type_name("OUT.v");
    app.add_option("--top", opts.top, "Top module (default: found by Yosys's hierarchy -auto-top)")
        ->type_name("NAME");
    app.add_option("--report", opts.report, "Write the JSON analysis report")->type_name("FILE.json");
    app.add_option("--dot", opts.dot, "Write the control-state graph in Graphviz DOT")->type_name("FILE.dot");
    app.add_option("--svg", opts.svg,
                   "Render the control-state graph to SVG with Graphviz dot: checkpoint states filled, live "
                   "bits per state")
        ->type_name("FILE.svg");
    app.add_option("--state", opts.state_wires,
                   "Use these registers as the controller instead of detecting it (repeatable)")
        ->type_name("WIRE[,WIRE]")
        ->delimiter(',')
        ->allow_extra_args(false);
    app.add_option("--reset", opts.reset, "The reset input (default: found by name and behaviour)")
        ->type_name("PORT");
    long long max_states = 0;
    auto *max_opt = app.add_option("--max-states", max_states,
                                   "Refuse designs with more than N reachable control states")
                        ->type_name("N");
    app.add_flag("--analyze-only", opts.analyze_only, "Analyse and report only; write no Verilog");
    app.add_flag("--keep-work", opts.keep_work, "Keep the work directory (Yosys script, log) and print its path");
    app.add_flag("-v,--verbose", opts.verbose, "Stream the Yosys log");
    app.add_option("--nvm", opts.nvm,
                   "NVM preset of the energy model: nand-flash, pcm, stt-mram (default), feram, reram")
        ->type_name("PRESET");
    app.add_option("--energy", opts.energy, "Energy model file (JSON); its fields override the --nvm preset")
        ->type_name("FILE.json");
    app.add_option("--policy", opts.policy, "Checkpoint policy (default ondemand)")
        ->type_name("ondemand|periodic");
    app.add_option("--checkpoint-states", opts.checkpoint_states,
                   "'all' makes every control state a checkpoint (the every-state baseline) instead of the plan's")
        ->check(CLI::IsMember({"plan", "all"}))
        ->type_name("plan|all");
    // Not CLI::PositiveNumber: its message names its range as 0 to the largest double,
    // written out in full (309 digits).
    const auto positive_int = CLI::Range(1, std::numeric_limits<int>::max());
    app.add_option("--word-bits", opts.word_bits, "NVM word width: a power of two, at least 16 (default 32)")
        ->check(positive_int)
        ->type_name("N");
    app.add_option("--prefix", opts.prefix, "Prefix of the added ports (default idetic_)")->type_name("P");
    app.add_option("--table-tile-bits", opts.table_tile_bits,
                   "Largest constant of one multiplexer of the engine's word table, in bits (default 16384; "
                   "Yosys's Verilog reader rejects longer literals)")
        ->check(positive_int)
        ->type_name("N");
    app.add_option("--mutate", opts.mutate,
                   "FOR VERIFICATION ONLY: insert a deliberate defect (see help checkpoint_insert)")
        ->check(CLI::IsMember({"drop-live-register", "drop-ram-word", "drop-controller", "commit-first",
                               "skip-checksum", "skip-clear", "wrong-restore-state"}))
        ->type_name("KIND");
    app.add_option("--memories", opts.memories,
                   "RAMs are volatile and saved word by word where live (save, default) or non-volatile (nv); "
                   "ROMs are never saved")
        ->check(CLI::IsMember({"save", "nv"}))
        ->type_name("save|nv");
    app.add_option("--outputs-valid", opts.outputs_valid,
                   "Outputs are observed only while VALID is 1 (all but the handshake), or DATA only while VALID "
                   "(repeatable)")
        ->type_name("VALID|DATA=VALID")
        ->delimiter(',')
        ->allow_extra_args(false);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp &) {
        std::cout << app.help();
        return kExitOk;
    } catch (const CLI::CallForAllHelp &) {
        std::cout << app.help("", CLI::AppFormatMode::All);
        return kExitOk;
    } catch (const CLI::CallForVersion &e) {
        std::cout << e.what() << std::endl;
        return kExitOk;
    } catch (const CLI::ParseError &e) {
        print_error(e.what());
        // Yosys habits: "-top gcd" instead of "--top gcd".
        for (int i = 1; i < argc; ++i) {
            std::string a = argv[i];
            if (a.size() > 2 && a[0] == '-' && a[1] != '-') {
                std::string name = a.substr(0, a.find('='));
                if (app.get_option_no_throw("-" + name))
                    std::cerr << kProg << ": note: long options take two dashes: -" << name << std::endl;
            }
        }
        std::cerr << "Run '" << kProg << " --help' for usage." << std::endl;
        return kExitUsage;
    }
    if (max_opt->count()) {
        if (max_states <= 0) {
            print_error("--max-states must be a positive number of states, not " + std::to_string(max_states));
            std::cerr << "Run '" << kProg << " --help' for usage." << std::endl;
            return kExitUsage;
        }
        opts.max_states = max_states;
    }
    if (!opts.policy.empty() && opts.policy != "ondemand" && opts.policy != "on-demand" &&
        opts.policy != "periodic") {
        print_error("--policy must be 'ondemand' (or 'on-demand') or 'periodic', not '" + opts.policy + "'");
        std::cerr << "Run '" << kProg << " --help' for usage." << std::endl;
        return kExitUsage;
    }

    try {
        validate(opts);
        std::string yosys = find_yosys();
        std::string plugin = find_plugin(executable_dir(argv[0]));
        std::string dot = opts.svg.empty() ? std::string() : find_dot();
        Run run(std::move(opts), std::move(yosys), std::move(plugin), std::move(dot));
        try {
            return run.execute();
        } catch (const Failure &f) {
            // Report before the work directory's fate is (it may be kept).
            print_error(f.what());
            return f.code;
        }
    } catch (const Failure &f) {
        // Before the run (opts not moved yet): usage errors touch nothing; an
        // environment failure leaves no output file behind, not even an earlier one.
        if (f.code != kExitUsage)
            remove_requested_outputs(opts);
        print_error(f.what());
        if (f.code == kExitUsage)
            std::cerr << "Run '" << kProg << " --help' for usage." << std::endl;
        return f.code;
    } catch (const std::exception &e) {
        print_error(std::string("internal error: ") + e.what());
        return kExitEnvironment;
    }
}
