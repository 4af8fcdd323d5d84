// checkpoint_insert: the Yosys command of idetic.
//
// Analyses the top module (controllers, reachable control states, live
// registers per state) and writes the JSON report and the DOT state graph.
// Then it chooses the checkpoint states under the energy model (src/optimize)
// and, unless -analyze-only, rewrites the top module with the NVM save/restore
// engine (rewrite_design).
#include "analysis_options.h"
#include "analysis_worker.h"
#include "rewrite_design.h"

#include "energy/energy_model.h"
#include "energy/nvm_presets.h"
#include "kernel/yosys.h"
#include "optimize/layout_reserve.h"
#include "optimize/optimize.h"
#include "optimize/plan_json.h"
#include "report/dot_writer.h"
#include "report/report_json.h"
#include "util/atomic_file.h"

#include <cstdlib>

YOSYS_NAMESPACE_BEGIN
namespace idetic_pass {
namespace {

struct CheckpointInsertOptions {
    idetic_pass_options::AnalysisOptions analysis;
    RewriteOptions rewrite;
    bool analyze_only = false;
    std::string report_file, dot_file, top;
    std::string nvm_preset, energy_file, policy = "on-demand";
    bool all_states = false; // -checkpoint-states all
};

int parse_positive(const std::string &opt, const std::string &text) {
    char *end = nullptr;
    long v = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end != 0 || v <= 0 || v > 100000000)
        log_cmd_error("checkpoint_insert: %s expects a positive integer, got '%s'.\n", opt.c_str(), text.c_str());
    return int(v);
}

std::vector<std::string> split_commas(const std::string &text) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : text + ",") {
        if (c == ',') {
            if (!cur.empty())
                out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    return out;
}

struct CheckpointInsertPass : public Pass {
    CheckpointInsertPass() : Pass("checkpoint_insert", "make a design survive power failures (idetic)") {}

    void help() override {
        //   |---v---|---v---|---v---|---v---|---v---|---v---|---v---|---v---|---v---|---v---|
        log("\n");
        log("    checkpoint_insert [options]\n");
        log("\n");
        log("Makes the top module survive power failures. It finds the controllers\n");
        log("(state registers) and the datapath registers, explores the reachable\n");
        log("control states from reset, computes which registers are live in each\n");
        log("state, chooses the checkpoint states under an energy model, and adds a\n");
        log("checkpoint engine: on a power warning the design runs on to the next\n");
        log("checkpoint state, freezes, writes that state's live registers and the\n");
        log("control state to non-volatile memory (two slots, commit record last), and\n");
        log("after power-on reset restores the newest valid checkpoint and resumes.\n");
        log("With the warning low and no valid checkpoint it behaves cycle for cycle\n");
        log("like the original. Ports, protocol and NVM layout: docs/NVM_PROTOCOL.md.\n");
        log("\n");
        log("What it does:\n");
        log("  1. Prepares the top module: hierarchy -top, proc, flatten,\n");
        log("     memory_collect, memory_nordff, memory_map of the saved RAMs, opt_expr\n");
        log("     -keepdc, opt_clean, dffunmap (in place; with -analyze-only on a private\n");
        log("     copy, so the design is left untouched).\n");
        log("  2. Controllers: registers whose next value takes data only through\n");
        log("     decisions (mux selects, 1-bit comparisons), that read a controller and\n");
        log("     drive decisions, that have a reset or initial value and that take at\n");
        log("     most -max-counter-values values. This finds case FSMs, one-hot state\n");
        log("     registers read through bit-selects (Vitis HLS ap_CS_fsm), registers\n");
        log("     with initial values (Bambu _present_state), counter FSMs advanced by\n");
        log("     adders (Calyx fsm) and the FSMs of sub-modules after flattening.\n");
        log("  3. The reset: a 1-bit input named like a reset (rst, reset, ap_rst,\n");
        log("     rst_n, ...) or an asynchronous reset that forces the controllers to\n");
        log("     constants, either polarity; otherwise their initial values.\n");
        log("  4. Control states: tuples of all controller values reachable from reset\n");
        log("     with the reset inactive and every input and data register free\n");
        log("     (three-valued evaluation, SAT enumeration where it cannot decide).\n");
        log("  5. Per state: def, kill and use of every data register with the control\n");
        log("     state fixed, kills per transition where the branch conditions decide\n");
        log("     them; registers in an output's cone count as used (with\n");
        log("     -outputs-valid only where the output is valid), and so do those that\n");
        log("     reach a write port of a kept memory where it may write. Liveness:\n");
        log("     live_in(s) = use(s) + U_t (live_in(t) - kill(s) - kill(s->t)).\n");
        log("  6. The plan: checkpoint states minimising the energy reserve (on-demand)\n");
        log("     or checkpoint + re-computation energy (periodic); see docs/OPTIMIZER.md.\n");
        log("  7. The rewrite: ports idetic_warn, idetic_nvm_{req,we,addr,wdata,rdata,ack},\n");
        log("     idetic_{saving,saved,restoring}; a freeze multiplexer on every flip-flop\n");
        log("     and a load multiplexer on every saved bit; the write enables of kept\n");
        log("     (non-volatile) RAMs are gated by the freeze; the engine flattened in.\n");
        log("     The NVM port takes a request at the first edge the port is free, the\n");
        log("     edge ending an ack cycle included: in that cycle it already carries\n");
        log("     the next request, so accesses go back to back (docs/NVM_PROTOCOL.md).\n");
        log("     A design with a reset is restored in one pass: each word is loaded as\n");
        log("     it is read and summed; if the checksum then fails, the engine raises\n");
        log("     idetic_clear for one cycle and every reader of the reset input reads\n");
        log("     reset OR clear (idetic_design_reset): the design takes its own reset.\n");
        log("     Without a reset the image is verified in a first pass, then loaded.\n");
        log("\n");
        log("Memories (Verilog arrays, also in sub-modules):\n");
        log("  ROM (no write port, initial contents): kept as a memory, never saved.\n");
        log("  RAM, -memories save (default): mapped to one register per word\n");
        log("      ('mem[i]'); liveness decides which words each checkpoint saves.\n");
        log("  RAM, -memories nv, or marked (* idetic_nv *): a non-volatile macro\n");
        log("      (FeRAM, MRAM); kept, never saved, writes blocked while frozen. A\n");
        log("      restore then re-executes from the checkpoint against the memory's\n");
        log("      newer contents, so this is exact when every power failure follows a\n");
        log("      completed save (the plan's reserve holds); see docs/MEMORIES.md.\n");
        log("  Arrays outside the design (Vitis ap_memory ports) are the environment's\n");
        log("  and are left alone; the report lists them under handshakes.\n");
        log("\n");
        log("Requirements: one clock (an input port, one edge), no latches, no\n");
        log("combinational loops, no black boxes, memories written on that clock, a\n");
        log("reset or initial values for the controllers. Anything else is an error\n");
        log("that names the problem (Yosys stops the script).\n");
        log("\n");
        log("Options:\n");
        log("\n");
        log("    -analyze-only\n");
        log("        Analyse, plan and report only; do not change the design.\n");
        log("\n");
        log("    -top <module>\n");
        log("        The module to analyse (default: the design's top module).\n");
        log("\n");
        log("    -state <wire>[,<wire>...]\n");
        log("        Use exactly these registers as controllers instead of detecting\n");
        log("        them. After flattening, a sub-module register is named\n");
        log("        'instance.reg'. A register marked (* idetic_state *) in the source\n");
        log("        has the same effect.\n");
        log("\n");
        log("    -reset <port>\n");
        log("        The reset input (default: found by name and behaviour).\n");
        log("\n");
        log("    -report <file.json>\n");
        log("        Write the analysis report (schema: docs/REPORT_SCHEMA.md).\n");
        log("\n");
        log("    -dot <file.dot>\n");
        log("        Write the control-state graph, states labelled with live bits.\n");
        log("\n");
        log("    -max-states <n>\n");
        log("        Fail when more than n control states are reachable (default 100000).\n");
        log("\n");
        log("    -max-controller-width <n>\n");
        log("        Widest register considered a controller (default 256).\n");
        log("\n");
        log("    -max-counter-values <n>\n");
        log("        A candidate taking more values on its own is a data counter, not a\n");
        log("        controller (default 64).\n");
        log("\n");
        log("    -memories save|nv\n");
        log("        What the design's RAMs are: volatile, saved word by word where live\n");
        log("        (save, the default), or non-volatile and never saved (nv).\n");
        log("\n");
        log("    -outputs-valid <valid>|<data>=<valid>\n");
        log("        Declares when outputs are observed (repeatable). '<valid>' alone: every\n");
        log("        output except <valid> and the handshake signals is read only in\n");
        log("        cycles where the 1-bit output <valid> is 1 (e.g. ap_done, done_port);\n");
        log("        '<data>=<valid>' does so for one output (e.g. out_r=out_r_ap_vld).\n");
        log("        Registers that only feed such outputs need not be live everywhere.\n");
        log("        Without it every output is observed in every cycle.\n");
        log("\n");
        log("    -nvm <preset>\n");
        log("        NVM technology preset: nand-flash, pcm, stt-mram (default), feram,\n");
        log("        reram (docs/ENERGY_MODEL.md).\n");
        log("\n");
        log("    -energy <file.json>\n");
        log("        Energy model file; fields it does not set come from -nvm's preset.\n");
        log("\n");
        log("    -policy on-demand|periodic\n");
        log("        Checkpoint placement policy (default on-demand). on-demand: the engine\n");
        log("        saves when idetic_warn is seen, at the next checkpoint state, and stays\n");
        log("        frozen until the warning falls. periodic (no monitor needed): the engine\n");
        log("        saves at every cycle the design spends in a checkpoint state other than\n");
        log("        the reset state, one design step after the previous save or restore, and\n");
        log("        resumes at once; the warning still works. A periodic design is not\n");
        log("        cycle-for-cycle identical to the original (it pauses for its saves).\n");
        log("\n");
        log("    -checkpoint-states plan|all\n");
        log("        'all' makes every control state a checkpoint state instead of the\n");
        log("        plan's (the every-state baseline; the hardest case for verification).\n");
        log("\n");
        log("    -word-bits <n>\n");
        log("        NVM word width: a power of two, at least 16 (default 32).\n");
        log("\n");
        log("    -prefix <p>\n");
        log("        Prefix of the added ports (default idetic_).\n");
        log("\n");
        log("    -table-tile-bits <n>\n");
        log("        The engine's word table (which data words each checkpoint writes) is a\n");
        log("        $pmux of constant rows; a table of more than n bits (default 16384) is\n");
        log("        cut into several, ORed, so that no constant is longer than n bits.\n");
        log("        write_verilog prints a $pmux's constant as one literal, and Yosys's\n");
        log("        Verilog reader rejects a literal longer than its 16 KiB buffer.\n");
        log("\n");
        log("    -mutate <defect>\n");
        log("        FOR VERIFICATION ONLY: insert a deliberate defect so that the\n");
        log("        verification can show it catches it: drop-live-register (one live\n");
        log("        register of the largest checkpoint is not saved), drop-ram-word (one\n");
        log("        live RAM word is not saved), drop-controller (the last controller,\n");
        log("        e.g. a called sub-function's FSM, is left out of the saved control\n");
        log("        tuple), commit-first (the commit record is written first and trusted\n");
        log("        without its checksum), skip-checksum (a restore loads the image\n");
        log("        without checking its checksum), skip-clear (a restore whose checksum\n");
        log("        fails starts the design without clearing what it loaded),\n");
        log("        wrong-restore-state (each controller\n");
        log("        is restored with its bits rotated).\n");
        log("\n");
        log("Example:\n");
        log("\n");
        log("    read_verilog gcd.v; hierarchy -top gcd\n");
        log("    checkpoint_insert -report gcd.json -dot gcd.dot\n");
        log("    write_verilog -noattr gcd_idetic.v\n");
        log("\n");
    }

    void execute(std::vector<std::string> args, RTLIL::Design *design) override {
        log_header(design, "Executing CHECKPOINT_INSERT pass (idetic).\n");
        CheckpointInsertOptions opt;
        size_t argidx;
        for (argidx = 1; argidx < args.size(); argidx++) {
            const std::string &a = args[argidx];
            bool has_value = argidx + 1 < args.size();
            if (a == "-analyze-only") {
                opt.analyze_only = true;
            } else if (a == "-top" && has_value) {
                opt.top = args[++argidx];
            } else if (a == "-state" && has_value) {
                for (auto &w : split_commas(args[++argidx]))
                    opt.analysis.state_wires.push_back(w);
            } else if (a == "-reset" && has_value) {
                opt.analysis.reset_port = args[++argidx];
            } else if (a == "-report" && has_value) {
                opt.report_file = args[++argidx];
            } else if (a == "-dot" && has_value) {
                opt.dot_file = args[++argidx];
            } else if (a == "-max-states" && has_value) {
                opt.analysis.max_states = parse_positive(a, args[++argidx]);
            } else if (a == "-max-controller-width" && has_value) {
                opt.analysis.max_controller_width = parse_positive(a, args[++argidx]);
            } else if (a == "-max-counter-values" && has_value) {
                opt.analysis.max_counter_values = parse_positive(a, args[++argidx]);
            } else if (a == "-memories" && has_value) {
                opt.analysis.memories = args[++argidx];
                if (opt.analysis.memories != "save" && opt.analysis.memories != "nv")
                    log_cmd_error("checkpoint_insert: -memories expects save or nv, got '%s'.\n",
                                  opt.analysis.memories.c_str());
            } else if (a == "-outputs-valid" && has_value) {
                for (auto &w : split_commas(args[++argidx]))
                    opt.analysis.outputs_valid.push_back(w);
            } else if (a == "-nvm" && has_value) {
                opt.nvm_preset = args[++argidx];
            } else if (a == "-energy" && has_value) {
                opt.energy_file = args[++argidx];
            } else if (a == "-policy" && has_value) {
                opt.policy = args[++argidx];
            } else if (a == "-checkpoint-states" && has_value) {
                std::string v = args[++argidx];
                if (v != "all" && v != "plan")
                    log_cmd_error("checkpoint_insert: -checkpoint-states expects plan or all, got '%s'.\n", v.c_str());
                opt.all_states = v == "all";
            } else if (a == "-word-bits" && has_value) {
                opt.rewrite.word_bits = parse_positive(a, args[++argidx]);
            } else if (a == "-prefix" && has_value) {
                opt.rewrite.prefix = args[++argidx];
            } else if (a == "-table-tile-bits" && has_value) {
                opt.rewrite.table_tile_bits = parse_positive(a, args[++argidx]);
            } else if (a == "-mutate" && has_value) {
                std::string m = args[++argidx];
                if (m == "drop-live-register")
                    opt.rewrite.mutation = RewriteMutation::DropLiveRegister;
                else if (m == "commit-first")
                    opt.rewrite.mutation = RewriteMutation::CommitFirst;
                else if (m == "skip-checksum")
                    opt.rewrite.mutation = RewriteMutation::SkipChecksum;
                else if (m == "skip-clear")
                    opt.rewrite.mutation = RewriteMutation::SkipClear;
                else if (m == "wrong-restore-state")
                    opt.rewrite.mutation = RewriteMutation::WrongRestoreState;
                else if (m == "drop-ram-word")
                    opt.rewrite.mutation = RewriteMutation::DropRamWord;
                else if (m == "drop-controller")
                    opt.rewrite.mutation = RewriteMutation::DropController;
                else
                    log_cmd_error("checkpoint_insert: -mutate expects drop-live-register, drop-ram-word, "
                                  "drop-controller, commit-first, skip-checksum, skip-clear or "
                                  "wrong-restore-state, got '%s'.\n",
                                  m.c_str());
            } else {
                break;
            }
        }
        extra_args(args, argidx, design, false);

        RTLIL::IdString top;
        if (!opt.top.empty()) {
            top = RTLIL::escape_id(opt.top);
            if (!design->module(top))
                log_cmd_error("checkpoint_insert: module '%s' not found in the design.\n", opt.top.c_str());
        } else if (design->top_module()) {
            top = design->top_module()->name;
        } else {
            log_cmd_error("checkpoint_insert: no top module; run 'hierarchy -top NAME' first or pass -top NAME.\n");
        }
        // The energy model and the policy are checked before any work is done.
        idetic::EnergyModel energy;
        try {
            if (!opt.energy_file.empty())
                energy = idetic::load_energy_model_file(opt.energy_file, opt.nvm_preset);
            else
                energy = idetic::nvm_preset(opt.nvm_preset.empty() ? "stt-mram" : opt.nvm_preset);
        } catch (const std::exception &e) {
            log_error("idetic: bad energy model: %s\n", e.what());
        }
        idetic::OptimizeOptions oopt;
        if (auto p = idetic::policy_from_string(opt.policy))
            oopt.policy = *p;
        else
            log_cmd_error("checkpoint_insert: -policy expects on-demand or periodic, got '%s'.\n", opt.policy.c_str());
        if (!opt.rewrite.prefix.empty() && !std::isalpha((unsigned char)opt.rewrite.prefix[0]) &&
            opt.rewrite.prefix[0] != '_')
            log_cmd_error("checkpoint_insert: -prefix must start a Verilog identifier, got '%s'.\n",
                          opt.rewrite.prefix.c_str());

        opt.rewrite.periodic = oopt.policy == idetic::Policy::Periodic;
        AnalysisResult result = analyse_design(design, top, opt.analysis, !opt.analyze_only);
        const idetic::DesignModel &m = result.model;

        idetic::OptimizeResult plan;
        try {
            plan = idetic::optimize_checkpoints(m, energy, oopt);
        } catch (const std::exception &e) {
            log_error("idetic: bad energy model: %s\n", e.what());
        }
        if (!plan.ok)
            log_error("idetic: no checkpoint plan: %s\n", plan.error.c_str());
        std::vector<idetic::StateId> ckpts = plan.checkpoint_states();
        if (opt.all_states) {
            ckpts.clear();
            for (size_t st = 0; st < m.graph.size(); ++st)
                ckpts.push_back(st);
        }

        nlohmann::json report = idetic::design_to_json(m, {result.analysis_ms});
        idetic::add_plan_to_report(report, plan);
        log("\nidetic analysis of '%s': %zu controller(s), %zu states, %lld FF bits (%lld control), %zu "
            "memories (%lld bits), live data bits per state %lld..%lld, %.1f ms; %zu checkpoint state(s).\n",
            m.top.c_str(), m.controllers.size(), m.graph.size(), m.ff_bits_total, m.control_bits(),
            m.memories.size(), m.memory_bits(),
            report["summary"]["min_live_bits"].get<long long>(), report["summary"]["max_live_bits"].get<long long>(),
            result.analysis_ms, ckpts.size());
        if (!opt.analyze_only) {
            RewriteResult rw = rewrite_design(design, result, ckpts, opt.rewrite);
            if (!rw.mutation_note.empty())
                log_warning("idetic: MUTANT for verification only: %s.\n", rw.mutation_note.c_str());
            report["nvm_layout"] = idetic::nvm_layout_to_json(rw.layout, m);
            report["nvm_layout"]["engine_trigger"] = opt.rewrite.periodic ? "periodic" : "warning";
            if (!opt.rewrite.periodic) {
                // The warning voltage of the hardware as generated (src/optimize/layout_reserve.h).
                std::vector<idetic::StateId> states;
                std::vector<long long> words;
                for (const auto &c : rw.layout.checkpoints)
                    states.push_back(c.state), words.push_back(GetSize(c.words));
                idetic::LayoutReserve lr =
                    idetic::layout_reserve(plan, states, words, rw.layout.word_bits, rw.layout.record_words());
                auto &pj = report["plan"];
                pj["optimizer_reserve_energy_pj"] = pj["reserve_energy_pj"];
                pj["optimizer_warning_voltage_v"] = pj["warning_voltage_v"];
                pj["reserve_energy_pj"] = lr.reserve_pj;
                pj["warning_voltage_v"] = lr.warning_voltage_v ? nlohmann::json(*lr.warning_voltage_v) : nlohmann::json();
                log("Reserve of the generated engine (layout of %d data words): %.6g pJ (optimizer: %.6g pJ)%s.\n",
                    rw.layout.data_words, lr.reserve_pj, pj["optimizer_reserve_energy_pj"].get<double>(),
                    lr.warning_voltage_v ? stringf(", warning at %.4g V", *lr.warning_voltage_v).c_str() : "");
                if (!lr.fits)
                    log_error("idetic: no checkpoint plan: with the NVM layout the engine's reserve of %.6g pJ does "
                              "not fit one charge of %.6g pJ (the optimizer counted %.6g pJ). Use a larger "
                              "capacitor or an NVM with cheaper writes.\n",
                              lr.reserve_pj, plan.energy.charge_pj, pj["optimizer_reserve_energy_pj"].get<double>());
            }
            log("Inserted the checkpoint engine: %d data words per slot, %d-bit NVM words.\n", rw.layout.data_words,
                rw.layout.word_bits);
        }

        try {
            if (!opt.report_file.empty()) {
                idetic::write_json_file(opt.report_file, report);
                log("Wrote report %s\n", opt.report_file.c_str());
            }
            if (!opt.dot_file.empty()) {
                std::vector<bool> marks(m.graph.size(), false);
                for (auto c : ckpts)
                    marks[c] = true;
                idetic::write_file_atomically(opt.dot_file, idetic::state_graph_to_dot(m, marks));
                log("Wrote state graph %s\n", opt.dot_file.c_str());
            }
        } catch (const std::exception &e) {
            log_error("idetic: %s\n", e.what());
        }
    }
} CheckpointInsertPass;

} // namespace
} // namespace idetic_pass
YOSYS_NAMESPACE_END
