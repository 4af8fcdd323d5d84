// bambu_style.v -- written for idetic in the style of the Verilog that
// PandA-Bambu emits: a top module that instantiates controller_<fn>,
// datapath_<fn> and the done_delayed_REG flip-flop, one-hot controller with an
// initial value on _present_state, synchronous ACTIVE-LOW reset, datapath made
// of register_SE / MUX_GATE / ui_*_expr_FU library instances.
// C source it corresponds to (digit-by-digit integer square root):
//
//   unsigned isqrt(unsigned x) {
//       unsigned res = 0, bit = 1u << 30, t;
//       do {
//           t = res + bit;
//           if (x >= t) { x = x - t; res = (res >> 1) + bit; }
//           else        { res = res >> 1; }
//           bit = bit >> 2;
//       } while (bit != 0);
//       return res;
//   }

`timescale 1ns / 1ps

// ---------------------------------------------------------------- library
module constant_value(out1);
  parameter BITSIZE_out1=1,
    value=1'b0;
  // OUT
  output [BITSIZE_out1-1:0] out1;
  assign out1 = value;
endmodule

module register_SE(clock, reset, in1, wenable, out1);
  parameter BITSIZE_in1=1,
    BITSIZE_out1=1;
  // IN
  input clock;
  input reset;
  input [BITSIZE_in1-1:0] in1;
  input wenable;
  // OUT
  output [BITSIZE_out1-1:0] out1;
  reg [BITSIZE_out1-1:0] reg_out1 =0;
  assign out1 = reg_out1;
  always @(posedge clock)
    if (wenable)
      reg_out1 <= in1;
endmodule

module flipflop_AR(clock, reset, in1, out1);
  parameter BITSIZE_in1=1,
    BITSIZE_out1=1;
  // IN
  input clock;
  input reset;
  input in1;
  // OUT
  output out1;
  reg reg_out1 =0;
  assign out1 = reg_out1;
  always @(posedge clock)
    if (reset == 1'b0)
      reg_out1 <= 1'b0;
    else
      reg_out1 <= in1;
endmodule

module MUX_GATE(sel, in1, in2, out1);
  parameter BITSIZE_in1=1,
    BITSIZE_in2=1,
    BITSIZE_out1=1;
  // IN
  input sel;
  input [BITSIZE_in1-1:0] in1;
  input [BITSIZE_in2-1:0] in2;
  // OUT
  output [BITSIZE_out1-1:0] out1;
  assign out1 = sel ? in1 : in2;
endmodule

module ui_plus_expr_FU(in1, in2, out1);
  parameter BITSIZE_in1=1,
    BITSIZE_in2=1,
    BITSIZE_out1=1;
  // IN
  input [BITSIZE_in1-1:0] in1;
  input [BITSIZE_in2-1:0] in2;
  // OUT
  output [BITSIZE_out1-1:0] out1;
  assign out1 = in1 + in2;
endmodule

module ui_minus_expr_FU(in1, in2, out1);
  parameter BITSIZE_in1=1,
    BITSIZE_in2=1,
    BITSIZE_out1=1;
  // IN
  input [BITSIZE_in1-1:0] in1;
  input [BITSIZE_in2-1:0] in2;
  // OUT
  output [BITSIZE_out1-1:0] out1;
  assign out1 = in1 - in2;
endmodule

module ui_ge_expr_FU(in1, in2, out1);
  parameter BITSIZE_in1=1,
    BITSIZE_in2=1,
    BITSIZE_out1=1;
  // IN
  input [BITSIZE_in1-1:0] in1;
  input [BITSIZE_in2-1:0] in2;
  // OUT
  output [BITSIZE_out1-1:0] out1;
  assign out1 = in1 >= in2;
endmodule

module ui_ne_expr_FU(in1, in2, out1);
  parameter BITSIZE_in1=1,
    BITSIZE_in2=1,
    BITSIZE_out1=1;
  // IN
  input [BITSIZE_in1-1:0] in1;
  input [BITSIZE_in2-1:0] in2;
  // OUT
  output [BITSIZE_out1-1:0] out1;
  assign out1 = in1 != in2;
endmodule

module ui_rshift_expr_FU(in1, in2, out1);
  parameter BITSIZE_in1=1,
    BITSIZE_in2=1,
    BITSIZE_out1=1,
    PRECISION=1;
  // IN
  input [BITSIZE_in1-1:0] in1;
  input [BITSIZE_in2-1:0] in2;
  // OUT
  output [BITSIZE_out1-1:0] out1;
  assign out1 = in1 >> in2;
endmodule

// ---------------------------------------------------------------- datapath
module datapath_isqrt(clock,
  reset,
  in_port_x,
  return_port,
  selector_MUX_10_reg_0_0_0_0,
  selector_MUX_11_reg_1_0_0_0,
  selector_MUX_11_reg_1_0_0_1,
  selector_MUX_12_reg_2_0_0_0,
  wrenable_reg_0,
  wrenable_reg_1,
  wrenable_reg_2,
  wrenable_reg_3,
  OUT_CONDITION_isqrt_26934_27010,
  OUT_CONDITION_isqrt_26934_27020);
  // IN
  input clock;
  input reset;
  input [31:0] in_port_x;
  input selector_MUX_10_reg_0_0_0_0;
  input selector_MUX_11_reg_1_0_0_0;
  input selector_MUX_11_reg_1_0_0_1;
  input selector_MUX_12_reg_2_0_0_0;
  input wrenable_reg_0;
  input wrenable_reg_1;
  input wrenable_reg_2;
  input wrenable_reg_3;
  // OUT
  output [31:0] return_port;
  output OUT_CONDITION_isqrt_26934_27010;
  output OUT_CONDITION_isqrt_26934_27020;
  // Component and signal declarations
  wire [31:0] out_MUX_10_reg_0_0_0_0;
  wire [31:0] out_MUX_11_reg_1_0_0_0;
  wire [31:0] out_MUX_11_reg_1_0_0_1;
  wire [31:0] out_MUX_12_reg_2_0_0_0;
  wire [31:0] out_const_0;
  wire [31:0] out_const_1;
  wire [1:0] out_const_2;
  wire [31:0] out_const_3;
  wire [31:0] out_reg_0_reg_0;
  wire [31:0] out_reg_1_reg_1;
  wire [31:0] out_reg_2_reg_2;
  wire [31:0] out_reg_3_reg_3;
  wire out_ui_ge_expr_FU_32_32_32_1_i0_fu_isqrt_26934_26985;
  wire [31:0] out_ui_minus_expr_FU_32_32_32_i0_fu_isqrt_26934_26990;
  wire out_ui_ne_expr_FU_32_32_1_i0_fu_isqrt_26934_27015;
  wire [31:0] out_ui_plus_expr_FU_32_32_32_i0_fu_isqrt_26934_26980;
  wire [31:0] out_ui_plus_expr_FU_32_32_32_i1_fu_isqrt_26934_27000;
  wire [31:0] out_ui_rshift_expr_FU_32_0_32_i0_fu_isqrt_26934_26995;
  wire [31:0] out_ui_rshift_expr_FU_32_0_32_i1_fu_isqrt_26934_27005;

  MUX_GATE #(.BITSIZE_in1(32),
    .BITSIZE_in2(32),
    .BITSIZE_out1(32)) MUX_10_reg_0_0_0_0 (.out1(out_MUX_10_reg_0_0_0_0),
    .sel(selector_MUX_10_reg_0_0_0_0),
    .in1(out_ui_minus_expr_FU_32_32_32_i0_fu_isqrt_26934_26990),
    .in2(in_port_x));
  MUX_GATE #(.BITSIZE_in1(32),
    .BITSIZE_in2(32),
    .BITSIZE_out1(32)) MUX_11_reg_1_0_0_0 (.out1(out_MUX_11_reg_1_0_0_0),
    .sel(selector_MUX_11_reg_1_0_0_0),
    .in1(out_ui_plus_expr_FU_32_32_32_i1_fu_isqrt_26934_27000),
    .in2(out_ui_rshift_expr_FU_32_0_32_i0_fu_isqrt_26934_26995));
  MUX_GATE #(.BITSIZE_in1(32),
    .BITSIZE_in2(32),
    .BITSIZE_out1(32)) MUX_11_reg_1_0_0_1 (.out1(out_MUX_11_reg_1_0_0_1),
    .sel(selector_MUX_11_reg_1_0_0_1),
    .in1(out_const_0),
    .in2(out_MUX_11_reg_1_0_0_0));
  MUX_GATE #(.BITSIZE_in1(32),
    .BITSIZE_in2(32),
    .BITSIZE_out1(32)) MUX_12_reg_2_0_0_0 (.out1(out_MUX_12_reg_2_0_0_0),
    .sel(selector_MUX_12_reg_2_0_0_0),
    .in1(out_const_3),
    .in2(out_ui_rshift_expr_FU_32_0_32_i1_fu_isqrt_26934_27005));
  constant_value #(.BITSIZE_out1(32),
    .value(32'b00000000000000000000000000000000)) const_0 (.out1(out_const_0));
  constant_value #(.BITSIZE_out1(32),
    .value(32'b00000000000000000000000000000001)) const_1 (.out1(out_const_1));
  constant_value #(.BITSIZE_out1(2),
    .value(2'b10)) const_2 (.out1(out_const_2));
  constant_value #(.BITSIZE_out1(32),
    .value(32'b01000000000000000000000000000000)) const_3 (.out1(out_const_3));
  ui_plus_expr_FU #(.BITSIZE_in1(32),
    .BITSIZE_in2(32),
    .BITSIZE_out1(32)) fu_isqrt_26934_26980 (.out1(out_ui_plus_expr_FU_32_32_32_i0_fu_isqrt_26934_26980),
    .in1(out_reg_1_reg_1),
    .in2(out_reg_2_reg_2));
  ui_ge_expr_FU #(.BITSIZE_in1(32),
    .BITSIZE_in2(32),
    .BITSIZE_out1(1)) fu_isqrt_26934_26985 (.out1(out_ui_ge_expr_FU_32_32_32_1_i0_fu_isqrt_26934_26985),
    .in1(out_reg_0_reg_0),
    .in2(out_ui_plus_expr_FU_32_32_32_i0_fu_isqrt_26934_26980));
  ui_minus_expr_FU #(.BITSIZE_in1(32),
    .BITSIZE_in2(32),
    .BITSIZE_out1(32)) fu_isqrt_26934_26990 (.out1(out_ui_minus_expr_FU_32_32_32_i0_fu_isqrt_26934_26990),
    .in1(out_reg_0_reg_0),
    .in2(out_reg_3_reg_3));
  ui_rshift_expr_FU #(.BITSIZE_in1(32),
    .BITSIZE_in2(32),
    .BITSIZE_out1(32),
    .PRECISION(32)) fu_isqrt_26934_26995 (.out1(out_ui_rshift_expr_FU_32_0_32_i0_fu_isqrt_26934_26995),
    .in1(out_reg_1_reg_1),
    .in2(out_const_1));
  ui_plus_expr_FU #(.BITSIZE_in1(32),
    .BITSIZE_in2(32),
    .BITSIZE_out1(32)) fu_isqrt_26934_27000 (.out1(out_ui_plus_expr_FU_32_32_32_i1_fu_isqrt_26934_27000),
    .in1(out_ui_rshift_expr_FU_32_0_32_i0_fu_isqrt_26934_26995),
    .in2(out_reg_2_reg_2));
  ui_rshift_expr_FU #(.BITSIZE_in1(32),
    .BITSIZE_in2(2),
    .BITSIZE_out1(32),
    .PRECISION(32)) fu_isqrt_26934_27005 (.out1(out_ui_rshift_expr_FU_32_0_32_i1_fu_isqrt_26934_27005),
    .in1(out_reg_2_reg_2),
    .in2(out_const_2));
  ui_ne_expr_FU #(.BITSIZE_in1(32),
    .BITSIZE_in2(32),
    .BITSIZE_out1(1)) fu_isqrt_26934_27015 (.out1(out_ui_ne_expr_FU_32_32_1_i0_fu_isqrt_26934_27015),
    .in1(out_reg_2_reg_2),
    .in2(out_const_0));
  register_SE #(.BITSIZE_in1(32),
    .BITSIZE_out1(32)) reg_0 (.out1(out_reg_0_reg_0),
    .clock(clock),
    .reset(reset),
    .in1(out_MUX_10_reg_0_0_0_0),
    .wenable(wrenable_reg_0));
  register_SE #(.BITSIZE_in1(32),
    .BITSIZE_out1(32)) reg_1 (.out1(out_reg_1_reg_1),
    .clock(clock),
    .reset(reset),
    .in1(out_MUX_11_reg_1_0_0_1),
    .wenable(wrenable_reg_1));
  register_SE #(.BITSIZE_in1(32),
    .BITSIZE_out1(32)) reg_2 (.out1(out_reg_2_reg_2),
    .clock(clock),
    .reset(reset),
    .in1(out_MUX_12_reg_2_0_0_0),
    .wenable(wrenable_reg_2));
  register_SE #(.BITSIZE_in1(32),
    .BITSIZE_out1(32)) reg_3 (.out1(out_reg_3_reg_3),
    .clock(clock),
    .reset(reset),
    .in1(out_ui_plus_expr_FU_32_32_32_i0_fu_isqrt_26934_26980),
    .wenable(wrenable_reg_3));
  // io-signal post fix
  assign return_port = out_reg_1_reg_1;
  assign OUT_CONDITION_isqrt_26934_27010 = out_ui_ge_expr_FU_32_32_32_1_i0_fu_isqrt_26934_26985;
  assign OUT_CONDITION_isqrt_26934_27020 = out_ui_ne_expr_FU_32_32_1_i0_fu_isqrt_26934_27015;

endmodule

// ---------------------------------------------------------------- controller
// FSM based controller description for isqrt
module controller_isqrt(done_port,
  selector_MUX_10_reg_0_0_0_0,
  selector_MUX_11_reg_1_0_0_0,
  selector_MUX_11_reg_1_0_0_1,
  selector_MUX_12_reg_2_0_0_0,
  wrenable_reg_0,
  wrenable_reg_1,
  wrenable_reg_2,
  wrenable_reg_3,
  OUT_CONDITION_isqrt_26934_27010,
  OUT_CONDITION_isqrt_26934_27020,
  clock,
  reset,
  start_port);
  // IN
  input OUT_CONDITION_isqrt_26934_27010;
  input OUT_CONDITION_isqrt_26934_27020;
  input clock;
  input reset;
  input start_port;
  // OUT
  output done_port;
  output selector_MUX_10_reg_0_0_0_0;
  output selector_MUX_11_reg_1_0_0_0;
  output selector_MUX_11_reg_1_0_0_1;
  output selector_MUX_12_reg_2_0_0_0;
  output wrenable_reg_0;
  output wrenable_reg_1;
  output wrenable_reg_2;
  output wrenable_reg_3;
  parameter [5:0] S_0 = 6'b000001,
    S_1 = 6'b000010,
    S_2 = 6'b000100,
    S_3 = 6'b001000,
    S_4 = 6'b010000,
    S_5 = 6'b100000;
  reg [5:0] _present_state=S_0, _next_state;
  reg done_port;
  reg selector_MUX_10_reg_0_0_0_0;
  reg selector_MUX_11_reg_1_0_0_0;
  reg selector_MUX_11_reg_1_0_0_1;
  reg selector_MUX_12_reg_2_0_0_0;
  reg wrenable_reg_0;
  reg wrenable_reg_1;
  reg wrenable_reg_2;
  reg wrenable_reg_3;

  always @(posedge clock)
    if (reset == 1'b0) _present_state <= S_0;
    else _present_state <= _next_state;

  always @(*)
  begin
    done_port = 1'b0;
    selector_MUX_10_reg_0_0_0_0 = 1'b0;
    selector_MUX_11_reg_1_0_0_0 = 1'b0;
    selector_MUX_11_reg_1_0_0_1 = 1'b0;
    selector_MUX_12_reg_2_0_0_0 = 1'b0;
    wrenable_reg_0 = 1'b0;
    wrenable_reg_1 = 1'b0;
    wrenable_reg_2 = 1'b0;
    wrenable_reg_3 = 1'b0;
    _next_state = S_0;
    case (_present_state)
      S_0 :
        if(start_port == 1'b1)
        begin
          selector_MUX_11_reg_1_0_0_1 = 1'b1;
          selector_MUX_12_reg_2_0_0_0 = 1'b1;
          wrenable_reg_0 = 1'b1;
          wrenable_reg_1 = 1'b1;
          wrenable_reg_2 = 1'b1;
          _next_state = S_1;
        end
        else
        begin
          _next_state = S_0;
        end
      S_1 :
        begin
          wrenable_reg_3 = 1'b1;
          if (OUT_CONDITION_isqrt_26934_27010 == 1'b1)
            begin
              _next_state = S_2;
            end
          else
            begin
              _next_state = S_3;
            end
        end
      S_2 :
        begin
          selector_MUX_10_reg_0_0_0_0 = 1'b1;
          selector_MUX_11_reg_1_0_0_0 = 1'b1;
          wrenable_reg_0 = 1'b1;
          wrenable_reg_1 = 1'b1;
          wrenable_reg_2 = 1'b1;
          _next_state = S_4;
        end
      S_3 :
        begin
          wrenable_reg_1 = 1'b1;
          wrenable_reg_2 = 1'b1;
          _next_state = S_4;
        end
      S_4 :
        begin
          if (OUT_CONDITION_isqrt_26934_27020 == 1'b1)
            begin
              _next_state = S_1;
            end
          else
            begin
              _next_state = S_5;
            end
        end
      S_5 :
        begin
          done_port = 1'b1;
          _next_state = S_0;
        end
      default :
        begin
          _next_state = S_0;
        end
    endcase
  end
endmodule

// ---------------------------------------------------------------- top
// Top component for isqrt
module isqrt(clock,
  reset,
  start_port,
  done_port,
  x,
  return_port);
  // IN
  input clock;
  input reset;
  input start_port;
  input [31:0] x;
  // OUT
  output done_port;
  output [31:0] return_port;
  // Component and signal declarations
  wire OUT_CONDITION_isqrt_26934_27010;
  wire OUT_CONDITION_isqrt_26934_27020;
  wire done_delayed_REG_signal_in;
  wire done_delayed_REG_signal_out;
  wire selector_MUX_10_reg_0_0_0_0;
  wire selector_MUX_11_reg_1_0_0_0;
  wire selector_MUX_11_reg_1_0_0_1;
  wire selector_MUX_12_reg_2_0_0_0;
  wire wrenable_reg_0;
  wire wrenable_reg_1;
  wire wrenable_reg_2;
  wire wrenable_reg_3;

  controller_isqrt Controller_i (.done_port(done_delayed_REG_signal_in),
    .selector_MUX_10_reg_0_0_0_0(selector_MUX_10_reg_0_0_0_0),
    .selector_MUX_11_reg_1_0_0_0(selector_MUX_11_reg_1_0_0_0),
    .selector_MUX_11_reg_1_0_0_1(selector_MUX_11_reg_1_0_0_1),
    .selector_MUX_12_reg_2_0_0_0(selector_MUX_12_reg_2_0_0_0),
    .wrenable_reg_0(wrenable_reg_0),
    .wrenable_reg_1(wrenable_reg_1),
    .wrenable_reg_2(wrenable_reg_2),
    .wrenable_reg_3(wrenable_reg_3),
    .OUT_CONDITION_isqrt_26934_27010(OUT_CONDITION_isqrt_26934_27010),
    .OUT_CONDITION_isqrt_26934_27020(OUT_CONDITION_isqrt_26934_27020),
    .clock(clock),
    .reset(reset),
    .start_port(start_port));
  datapath_isqrt Datapath_i (.return_port(return_port),
    .clock(clock),
    .reset(reset),
    .in_port_x(x),
    .selector_MUX_10_reg_0_0_0_0(selector_MUX_10_reg_0_0_0_0),
    .selector_MUX_11_reg_1_0_0_0(selector_MUX_11_reg_1_0_0_0),
    .selector_MUX_11_reg_1_0_0_1(selector_MUX_11_reg_1_0_0_1),
    .selector_MUX_12_reg_2_0_0_0(selector_MUX_12_reg_2_0_0_0),
    .wrenable_reg_0(wrenable_reg_0),
    .wrenable_reg_1(wrenable_reg_1),
    .wrenable_reg_2(wrenable_reg_2),
    .wrenable_reg_3(wrenable_reg_3),
    .OUT_CONDITION_isqrt_26934_27010(OUT_CONDITION_isqrt_26934_27010),
    .OUT_CONDITION_isqrt_26934_27020(OUT_CONDITION_isqrt_26934_27020));
  flipflop_AR #(.BITSIZE_in1(1),
    .BITSIZE_out1(1)) done_delayed_REG (.out1(done_delayed_REG_signal_out),
    .clock(clock),
    .reset(reset),
    .in1(done_delayed_REG_signal_in));
  // io-signal post fix
  assign done_port = done_delayed_REG_signal_out;

endmodule
