// The pure part of idetic-synth: the options it understands, the Yosys script it
// generates from them, and reading Yosys's log back. No I/O here, so all of it is
// unit tested (tests/cli/test_cli_script.cc).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace idetic::cli {

// What the user asked for, after parsing and validation.
struct SynthOptions {
    std::vector<std::string> inputs; // Verilog files, as the user spelled them
    std::string output;              // OUT.v; empty with --analyze-only
    std::string top;                 // empty: hierarchy -auto-top
    std::string report, dot;         // empty: not requested
    std::string svg;                 // empty: not requested; else rendered from the DOT by Graphviz
    std::vector<std::string> state_wires;
    std::string reset;               // empty: the pass finds the reset input
    std::optional<long long> max_states;
    bool analyze_only = false;
    bool keep_work = false;
    bool verbose = false;
    // Options forwarded to checkpoint_insert for later stages.
    std::string nvm, energy, policy;
    std::string checkpoint_states; // plan | all
    int word_bits = 0;             // 0: the pass's default
    int table_tile_bits = 0;       // 0: the pass's default
    std::string prefix;
    std::string mutate;            // verification only
    std::string memories;          // save | nv; empty: the pass's default (save)
    std::vector<std::string> outputs_valid;
};

// Where, inside the private work directory, Yosys reads and writes. The CLI moves
// these to the user's paths only after the whole run succeeded.
struct WorkFiles {
    std::string dir;
    std::string script, log;
    std::string out_v, report, dot, energy;
    std::string svg; // rendered from `dot` by Graphviz after Yosys succeeded (--svg)

    static WorkFiles in(const std::string &dir);
};

// Why `text` cannot be one token of a Yosys script, or nullopt when it can be used as is
// (no white space or control characters, no '"', does not start with '-' or '#', does not
// end with ';'). Used for module names, wire names and presets.
std::optional<std::string> plain_token_problem(const std::string &text);

// Why the file name `path` cannot be written as a quoted Yosys script argument, or
// nullopt. Yosys ends a quoted token at a '"' followed by white space or ';' and has no
// escape character, and a script line cannot hold a line break.
std::optional<std::string> quoted_path_problem(const std::string &path);

// `path` as a double-quoted Yosys script argument for a front end or back end (which
// strip the quotes). A relative path Yosys would rewrite ("+/...", "~/...") or read as
// an option ("-...") gets a leading "./". Throws std::invalid_argument when
// quoted_path_problem() reports a problem.
std::string quote_path(const std::string &path);

// The arguments of the checkpoint_insert command line, without the command name.
// The DOT graph is requested (-dot <work>/graph.dot) for --dot and for --svg.
std::vector<std::string> checkpoint_insert_args(const SynthOptions &opts, const WorkFiles &work);

// The complete Yosys script.
std::string make_yosys_script(const SynthOptions &opts, const WorkFiles &work, const std::string &version);

// The error Yosys reported, from its log (or console output): the text after the
// last "ERROR: " that starts a line or follows a "file:line: " location (which is kept,
// so a parser error reads "file.v:3: syntax error, ..."), plus any continuation lines,
// with trailing white space removed. nullopt when the text holds no error.
std::optional<std::string> extract_yosys_error(const std::string &log);

// The Graphviz command line that renders the staged DOT graph to the staged SVG.
std::vector<std::string> dot_to_svg_argv(const std::string &dot_exe, const WorkFiles &work);

// Replaces every occurrence of `from` in `text` with `to`.
std::string replace_all(std::string text, const std::string &from, const std::string &to);

// `text` quoted for a POSIX shell when it needs it (for --keep-work's rerun command).
std::string shell_quote(const std::string &text);

} // namespace idetic::cli
