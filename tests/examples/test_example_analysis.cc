// The analysis of every example against values worked out by hand from the
// sources. Conventions: codes are binary, MSB first, one per controller in the
// report's order (controllers are listed in register-name order); "live" is
// live_in, data registers only.
#include "example_runner.h"

#include <gtest/gtest.h>

using idetic_test::analyse_example;
using idetic_test::names;
using Names = std::vector<std::string>;

// ---------------------------------------------------------------- gcd
// Controller: state (2 bits, binary, sync reset rst -> IDLE=00).
// Transitions: IDLE -start-> CALC, IDLE -!start-> IDLE; CALC -b==0-> DONE, else CALC;
// DONE -> IDLE. Reachable: {00, 01, 10} = 3 states (11 unreachable).
// FF bits: state 2 + a_reg 16 + b_reg 16 + result 16 = 50.
// result drives an output port, so it is used in every state.
//  IDLE: a_reg/b_reg load only if start: not killed in the state, but killed on IDLE->CALC
//        (start=1 there). live(IDLE) = {result} ∪ (live(CALC) − {a_reg,b_reg}) = {result}.
//  CALC: b_reg==0 steers the controller, a_reg-b_reg / swap: uses a_reg, b_reg.
//        live(CALC) = {a_reg, b_reg, result}.
//  DONE: only result. live(DONE) = {result}.
TEST(GcdAnalysis, ControllerStatesAndLiveSets) {
    auto a = analyse_example("gcd", "gcd", {"gcd.v"});
    const auto &r = a.report;
    EXPECT_EQ(a.controller_names(), Names{"state"});
    EXPECT_EQ(r["controllers"][0]["encoding"], "binary");
    EXPECT_EQ(r["controllers"][0]["reset_value"], "00");
    EXPECT_EQ(r["reset"]["port"], "rst");
    EXPECT_EQ(r["reset"]["active_low"], false);
    EXPECT_EQ(r["state_count"], 3);
    EXPECT_EQ(r["ff_bits_total"], 50);
    EXPECT_EQ(names(a.state({"00"})["live_in"]), Names{"result"});
    EXPECT_EQ(names(a.state({"01"})["live_in"]), (Names{"a_reg", "b_reg", "result"}));
    EXPECT_EQ(names(a.state({"10"})["live_in"]), Names{"result"});
    EXPECT_EQ(names(a.state({"00"})["edge_kill"]["1"]), (Names{"a_reg", "b_reg"}));
    EXPECT_EQ(a.state({"01"})["live_bits"], 48);
}

// ---------------------------------------------------------------- vitis_dot
// Controller: ap_CS_fsm (4 bits one-hot, sync reset ap_rst -> state1 = 0001).
// state1 -ap_start-> state2, else state1; state2 -(i<n)==0-> state1, else state3;
// state3 -> state4 -> state2. Reachable 4 states.
// FF bits: ap_CS_fsm 4 + i_reg_62 8 + sum_reg_73 32 + add_ln6_reg_146 8 + mul_ln7_reg_151 32 = 84.
// ap_return = sum_reg_73: used everywhere.
//  state4 (1000): i <= add_ln6 (kill i), sum <= sum + mul + y: use {add_ln6, mul, sum};
//                 live = {add_ln6, mul, sum} ∪ (live(state2) − {i}) = {add_ln6, mul, sum}.
//  state3 (0100): mul <= x*i (kill mul, use i); live = {i, sum} ∪ (live(state4) − {mul})
//                 = {add_ln6, i, sum}.
//  state2 (0010): add_ln6 <= i+1 (kill), i<n steers: use i; live = {i, sum} ∪
//                 ((live(state1) ∪ live(state3)) − {add_ln6}) = {i, sum}.
//  state1 (0001): i, sum <= 0 only when ap_start: killed on state1->state2 only;
//                 live = {sum} ∪ (live(state2) − {i, sum}) = {sum}.
TEST(VitisDotAnalysis, OneHotControllerAndLiveSets) {
    auto a = analyse_example("vitis_dot", "vitis_dot", {"vitis_dot.v", "vitis_dot_mul_32ns_8ns_32_1_1.v"});
    const auto &r = a.report;
    EXPECT_EQ(a.controller_names(), Names{"ap_CS_fsm"});
    EXPECT_EQ(r["controllers"][0]["encoding"], "onehot");
    EXPECT_EQ(r["controllers"][0]["reset_value"], "0001");
    EXPECT_EQ(r["reset"]["port"], "ap_rst");
    EXPECT_EQ(r["state_count"], 4);
    EXPECT_EQ(r["ff_bits_total"], 84);
    EXPECT_EQ(names(a.state({"0001"})["live_in"]), Names{"sum_reg_73"});
    EXPECT_EQ(names(a.state({"0010"})["live_in"]), (Names{"i_reg_62", "sum_reg_73"}));
    EXPECT_EQ(names(a.state({"0100"})["live_in"]), (Names{"add_ln6_reg_146", "i_reg_62", "sum_reg_73"}));
    EXPECT_EQ(names(a.state({"1000"})["live_in"]), (Names{"add_ln6_reg_146", "mul_ln7_reg_151", "sum_reg_73"}));
    EXPECT_EQ(names(a.state({"1000"})["kill"]), Names{"i_reg_62"});
    EXPECT_EQ(a.report["summary"]["max_live_bits"], 72);
    EXPECT_EQ(a.report["summary"]["min_live_bits"], 32);
}

// ---------------------------------------------------------------- call_fsm
// Controllers after flatten (name order): state (3 bits), u_mul.cnt (4 bits, counter),
// u_mul.state (2 bits). All reset by rst to 0. Tuples (state, cnt, u_mul.state):
//   (IDLE,0,S_IDLE) -start-> (CALL1,0,S_IDLE) -> (WAIT1,0,S_RUN) -> (WAIT1,1,S_RUN) ... (WAIT1,15,S_RUN)
//   -> (WAIT1,0,S_DONE) -> (CALL2,0,S_IDLE) -> (WAIT2,0..15,S_RUN) -> (WAIT2,0,S_DONE) -> (ACC,0,S_IDLE)
//   -> (DONE,0,S_IDLE) -> IDLE. 1 + 1 + 16 + 1 + 1 + 16 + 1 + 1 + 1 = 39 states.
//   (cnt counts only in S_RUN and wraps 15 -> 0 on the last step; sub_start = CALL1|CALL2.)
// FF bits: 3+16+16+32+32+32 (top) + 2+4+32+16+32 (u_mul) = 217. result is an output: always used.
//  (IDLE,..): a/b/c_reg killed on IDLE->CALL1 only; live = {result}.
//  (CALL1,..): the multiplier loads mcand/mplier/prod from sub_op = a_reg: kill those, use a_reg;
//              live = {a_reg, b_reg, c_reg, result} (b, c still needed later).
//  (WAIT1,0,S_DONE): acc <= product (prod): kill acc, use prod; live = {b_reg, c_reg, result, u_mul.prod}.
//  (ACC,..): result <= acc + c_reg; live = {acc, c_reg, result}.
TEST(CallFsmAnalysis, TopAndSubFsmFormOneTupleState) {
    auto a = analyse_example("call_fsm", "call_fsm", {"call_fsm.v", "mul16_seq.v"});
    const auto &r = a.report;
    EXPECT_EQ(a.controller_names(), (Names{"state", "u_mul.cnt", "u_mul.state"}));
    EXPECT_EQ(r["controllers"][1]["encoding"], "counter");
    EXPECT_EQ(r["state_count"], 39);
    EXPECT_EQ(r["ff_bits_total"], 217);
    EXPECT_EQ(names(a.state({"000", "0000", "00"})["live_in"]), Names{"result"});
    EXPECT_EQ(names(a.state({"001", "0000", "00"})["live_in"]), (Names{"a_reg", "b_reg", "c_reg", "result"}));
    EXPECT_EQ(names(a.state({"001", "0000", "00"})["kill"]), (Names{"u_mul.mcand", "u_mul.mplier", "u_mul.prod"}));
    EXPECT_EQ(names(a.state({"010", "0000", "10"})["live_in"]), (Names{"b_reg", "c_reg", "result", "u_mul.prod"}));
    EXPECT_EQ(names(a.state({"101", "0000", "00"})["live_in"]), (Names{"acc", "c_reg", "result"}));
    // The wait state with the multiplier running in its 6th step: both operands still needed.
    EXPECT_EQ(a.state({"010", "0101", "01"})["successors"], nlohmann::json::array({8}));
}

// ---------------------------------------------------------------- speck_core
// Controllers (name order): round (5 bits, counter), state (2 bits); async active-low
// reset rst_n sets both to 0. IDLE -start-> (round 0, ROUND); in ROUND round counts
// 0..21 and at 21 (last) goes to DONE with round <= 0; DONE -> IDLE.
// States: (0,IDLE), (0..21,ROUND) = 22, (0,DONE) → 24.
// FF bits: state 2 + round 5 + x,y,k,l0,l1,l2 6×16 + ct 32 = 135. ct is an output: always used.
//  IDLE: the six words load on start only (edge kill); live = {ct}.
//  ROUND r: x <= f(x,y,k), y <= g(y, x_next), k <= h(k, l0, round), l0 <= l1, l1 <= l2,
//           l2 <= l_new(k, l0): l0, l1, l2 are killed (do not read themselves), all seven are used.
//           live = {ct, k, l0, l1, l2, x, y} = 128 bits.
//  ROUND 21: additionally ct <= {x_next, y_next}: kill ct.
TEST(SpeckAnalysis, RoundCounterIsPartOfTheControlState) {
    auto a = analyse_example("speck_core", "speck_core", {"speck_core.v"});
    const auto &r = a.report;
    EXPECT_EQ(a.controller_names(), (Names{"round", "state"}));
    EXPECT_EQ(r["reset"]["port"], "rst_n");
    EXPECT_EQ(r["reset"]["active_low"], true);
    EXPECT_EQ(r["reset"]["asynchronous"], true);
    EXPECT_EQ(r["state_count"], 24);
    EXPECT_EQ(r["ff_bits_total"], 135);
    EXPECT_EQ(names(a.state({"00000", "00"})["live_in"]), Names{"ct"});
    EXPECT_EQ(names(a.state({"00111", "01"})["live_in"]), (Names{"ct", "k", "l0", "l1", "l2", "x", "y"}));
    EXPECT_EQ(names(a.state({"00111", "01"})["kill"]), (Names{"l0", "l1", "l2"}));
    EXPECT_EQ(names(a.state({"10101", "01"})["kill"]), (Names{"ct", "l0", "l1", "l2"}));
    EXPECT_EQ(a.state({"10101", "01"})["successors"], nlohmann::json::array({23}));
}

// ---------------------------------------------------------------- overrides
// -state and (* idetic_state *) replace detection: naming only gcd's state gives the
// same 3 states, with source "option".
TEST(Overrides, StateOptionNamesTheController) {
    auto a = analyse_example("gcd", "gcd", {"gcd.v"}, "-state state");
    EXPECT_EQ(a.controller_names(), Names{"state"});
    EXPECT_EQ(a.report["controllers"][0]["source"], "option");
    EXPECT_EQ(a.report["state_count"], 3);
}

// Without the attribute, detection takes phase and mode (mode reads phase and steers q):
// tuples (mode, phase): (0,00) -go-> (0,01) -> (1,10) -> (1,00) -> (1,01) -> (0,10) -> (0,00): 6.
// With (* idetic_state *) on phase only phase is a controller and mode is data: 3 states.
TEST(Overrides, StateAttributeNamesTheController) {
    auto a = analyse_example("tests/designs", "attr_state", {"attr_state.v"});
    EXPECT_EQ(a.controller_names(), Names{"phase"});
    EXPECT_EQ(a.report["controllers"][0]["source"], "attribute");
    EXPECT_EQ(a.report["state_count"], 3);
}

// ---------------------------------------------------------------- bambu_style (top isqrt)
// Controllers (name order): Controller_i._present_state (6 bits one-hot, initial value and
// active-low sync reset `reset` -> S_0 = 000001) and Datapath_i.reg_2.reg_out1 (`bit`,
// 32 bits): bit is loaded with 1<<30 when leaving S_0 and shifted right by 2 in S_2/S_3, so
// it takes 16 data-independent values (2^30, 2^28, ..., 1, 0) — a counter-style
// controller by the detection rules. The loop S_1 -> S_2|S_3 -> S_4 -> S_1|S_5 then
// unrolls per value of bit:
//   S_0 (bit 0) + 16 × {S_1, S_2, S_3, S_4} + S_5 (bit 0) = 66 states.
// FF bits: 6 + 4 × 32 (reg_0..reg_3) + 1 (done_delayed_REG) = 135.
// Outputs: return_port = reg_1, done_port = done_delayed_REG: used everywhere.
//  S_0: reg_0/reg_1 load only on start_port (edge kill to S_1); live = {reg_1, done} = 33 bits.
//  S_1 (bit = 2^30): t = res + bit -> reg_3 (kill reg_3); x >= t steers: use reg_0, reg_1;
//      live = {reg_0, reg_1, done} = 65 bits.
//  S_2 (bit = 2^30): x -= t, res = (res >> 1) + bit: uses reg_0, reg_1, reg_3;
//      live = {reg_0, reg_1, reg_3, done} = 97 bits.
TEST(BambuAnalysis, PresentStateWithInitialValueAndActiveLowReset) {
    auto a = analyse_example("bambu_style", "isqrt", {"bambu_style.v"});
    const auto &r = a.report;
    EXPECT_EQ(a.controller_names(), (Names{"Controller_i._present_state", "Datapath_i.reg_2.reg_out1"}));
    EXPECT_EQ(r["controllers"][0]["encoding"], "onehot");
    EXPECT_EQ(r["controllers"][0]["reset_value"], "000001");
    EXPECT_EQ(r["reset"]["port"], "reset");
    EXPECT_EQ(r["reset"]["active_low"], true);
    EXPECT_EQ(r["state_count"], 66);
    EXPECT_EQ(r["ff_bits_total"], 135);
    const std::string zero(32, '0'), bit30 = "01" + std::string(30, '0');
    const std::string x = "Datapath_i.reg_0.reg_out1", res = "Datapath_i.reg_1.reg_out1",
                      t = "Datapath_i.reg_3.reg_out1", done = "done_delayed_REG.reg_out1";
    EXPECT_EQ(names(a.state({"000001", zero})["live_in"]), (Names{res, done}));
    EXPECT_EQ(names(a.state({"000010", bit30})["live_in"]), (Names{x, res, done}));
    EXPECT_EQ(names(a.state({"000010", bit30})["kill"]), (Names{t, done}));
    EXPECT_EQ(names(a.state({"000100", bit30})["live_in"]), (Names{x, res, t, done}));
    EXPECT_EQ(a.state({"000001", zero})["live_bits"], 33);
}

// With the state register named explicitly, bit is data and the loop is not unrolled:
// S_0..S_5 = 6 states.
TEST(BambuAnalysis, NamingThePresentStateGivesTheSixStateView) {
    auto a = analyse_example("bambu_style", "isqrt", {"bambu_style.v"}, "-state Controller_i._present_state");
    EXPECT_EQ(a.controller_names(), Names{"Controller_i._present_state"});
    EXPECT_EQ(a.report["state_count"], 6);
}

// ---------------------------------------------------------------- calyx_style (top main)
// Controllers (name order): acc.done, fsm.out (3 bits, counter: advanced by the std_add
// `adder`), i.done, t.done — the 1-bit group-done flops of std_reg steer the fsm.
// Reset `reset` (active high) clears all. Tuples (acc.done, fsm, i.done, t.done), 10:
// (0,0,0,0) (1,0,1,0) (0,1,0,0) (0,2,0,0) (0,2,0,1) (0,3,0,0) (1,3,0,0) (0,4,0,0)
// (0,4,1,0) (0,5,0,0). FF bits: 3×32 data + 3 fsm + 3 done = 102.
// Output `out` = acc.out: used everywhere.
//  (0,0,0,0): init writes i, acc when go: killed on the edge into (1,0,1,0); live = {acc}.
//  (0,1,0,0): i < n steers the fsm: live = {acc, i}.
//  (0,2,0,0): upd_t writes t = x + i when go: t killed on the edge into (0,2,0,1);
//             live = {acc, i}.
//  (0,5,0,0): done; live = {acc}.
TEST(CalyxAnalysis, CounterFsmAndGroupDoneFlops) {
    auto a = analyse_example("calyx_style", "main", {"calyx_style.sv"});
    const auto &r = a.report;
    EXPECT_EQ(a.controller_names(), (Names{"acc.done", "fsm.out", "i.done", "t.done"}));
    EXPECT_EQ(r["controllers"][1]["encoding"], "counter");
    EXPECT_EQ(r["reset"]["port"], "reset");
    EXPECT_EQ(r["state_count"], 10);
    EXPECT_EQ(r["ff_bits_total"], 102);
    EXPECT_EQ(names(a.state({"0", "000", "0", "0"})["live_in"]), Names{"acc.out"});
    EXPECT_EQ(names(a.state({"0", "001", "0", "0"})["live_in"]), (Names{"acc.out", "i.out"}));
    EXPECT_EQ(names(a.state({"0", "010", "0", "0"})["live_in"]), (Names{"acc.out", "i.out"}));
    EXPECT_EQ(names(a.state({"0", "101", "0", "0"})["live_in"]), Names{"acc.out"});
}

// ---------------------------------------------------------------- the plan (issue 3)
// Every example's report carries the energy model, the plan (checkpoint states, reserve)
// and the baselines; the on-demand reserve is never above the full-backup baseline (which
// must hold in the same reserve at every state), the checkpoint flags of the states agree
// with the plan, and every state has a finite reserve (each cycle has a checkpoint).
struct ExampleCase {
    const char *dir, *top;
    std::vector<std::string> files;
};

class PlanOnEveryExample : public ::testing::TestWithParam<ExampleCase> {};

TEST_P(PlanOnEveryExample, ReserveAtMostFullBackupAndFlagsAgree) {
    const auto &c = GetParam();
    auto a = analyse_example(c.dir, c.top, c.files);
    const auto &r = a.report;
    ASSERT_TRUE(r.contains("plan") && r.contains("baselines") && r.contains("energy_model"));
    const auto &plan = r["plan"];
    EXPECT_EQ(plan["policy"], "on-demand");
    EXPECT_TRUE(plan["ok"].get<bool>());
    auto ckpts = plan["checkpoint_states"].get<std::vector<int>>();
    ASSERT_FALSE(ckpts.empty());
    double reserve = plan["reserve_energy_pj"].get<double>();
    double full = r["baselines"]["full_backup_reserve_pj"].get<double>();
    EXPECT_GT(reserve, 0.0);
    EXPECT_LE(reserve, full * (1 + 1e-12)) << c.top;
    std::size_t flagged = 0;
    for (const auto &s : r["states"]) {
        ASSERT_TRUE(s.contains("checkpoint") && s.contains("save_energy_pj"));
        flagged += s["checkpoint"].get<bool>();
    }
    EXPECT_EQ(flagged, ckpts.size());
    EXPECT_GT(plan["warning_voltage_v"].get<double>(), 0.0);
}

INSTANTIATE_TEST_SUITE_P(
    Examples, PlanOnEveryExample,
    ::testing::Values(ExampleCase{"gcd", "gcd", {"gcd.v"}},
                      ExampleCase{"vitis_dot", "vitis_dot", {"vitis_dot.v", "vitis_dot_mul_32ns_8ns_32_1_1.v"}},
                      ExampleCase{"bambu_style", "isqrt", {"bambu_style.v"}},
                      ExampleCase{"calyx_style", "main", {"calyx_style.sv"}},
                      ExampleCase{"call_fsm", "call_fsm", {"call_fsm.v", "mul16_seq.v"}},
                      ExampleCase{"speck_core", "speck_core", {"speck_core.v"}}),
    [](const auto &info) { return std::string(info.param.top); });
