// calyx_style.sv -- written for idetic in the style of the SystemVerilog that
// the Calyx compiler's Verilog backend emits: primitive modules std_reg,
// std_add, std_lt, std_wire (same names and ports as Calyx's primitives), and
// a component `main` whose control was compiled into an `fsm` register (a
// std_reg instance) advanced by a std_add instance, with group go/done holes
// turned into std_wire instances and guarded continuous assignments.
//
// Calyx source it corresponds to (sum_{i<n} (x + i)):
//
//   component main(x: 32, n: 32) -> (out: 32) {
//     cells { i = std_reg(32); acc = std_reg(32); t = std_reg(32);
//             add0 = std_add(32); add1 = std_add(32); add2 = std_add(32);
//             lt = std_lt(32); }
//     wires {
//       group init    { i.in = 32'd0; i.write_en = 1'd1;
//                       acc.in = 32'd0; acc.write_en = 1'd1;
//                       init[done] = i.done & acc.done ? 1'd1; }
//       comb group cond { lt.left = i.out; lt.right = n; }
//       group upd_t   { add0.left = x; add0.right = i.out;
//                       t.in = add0.out; t.write_en = 1'd1; upd_t[done] = t.done; }
//       group upd_acc { add1.left = acc.out; add1.right = t.out;
//                       acc.in = add1.out; acc.write_en = 1'd1; upd_acc[done] = acc.done; }
//       group incr_i  { add2.left = i.out; add2.right = 32'd1;
//                       i.in = add2.out; i.write_en = 1'd1; incr_i[done] = i.done; }
//       out = acc.out;
//     }
//     control { seq { init; while lt.out with cond { seq { upd_t; upd_acc; incr_i; } } } }
//   }
//
// Control register: main.fsm (std_reg #(3)), reset to 0 by the active-high
// synchronous `reset`. Data registers: main.i, main.acc, main.t (std_reg #(32)).

module std_reg #(
    parameter WIDTH = 32
) (
   input wire [ WIDTH-1:0]    in,
   input wire                 write_en,
   input wire                 clk,
   input wire                 reset,
   output logic [WIDTH - 1:0] out,
   output logic               done
);

  always_ff @(posedge clk) begin
    if (reset) begin
       out <= 0;
       done <= 0;
    end else if (write_en) begin
      out <= in;
      done <= 1'd1;
    end else done <= 1'd0;
  end
endmodule

module std_add #(
    parameter WIDTH = 32
) (
   input  logic [WIDTH-1:0] left,
   input  logic [WIDTH-1:0] right,
   output logic [WIDTH-1:0] out
);
  assign out = left + right;
endmodule

module std_lt #(
    parameter WIDTH = 32
) (
   input  logic [WIDTH-1:0] left,
   input  logic [WIDTH-1:0] right,
   output logic             out
);
  assign out = left < right;
endmodule

module std_wire #(
    parameter WIDTH = 32
) (
   input  wire logic [WIDTH-1:0] in,
   output      logic [WIDTH-1:0] out
);
  assign out = in;
endmodule

module main(
  input logic [31:0] x,
  input logic [31:0] n,
  input logic go,
  input logic clk,
  input logic reset,
  output logic [31:0] out,
  output logic done
);
// COMPONENT START
logic [31:0] i_in;
logic i_write_en;
logic i_clk;
logic i_reset;
logic [31:0] i_out;
logic i_done;
logic [31:0] acc_in;
logic acc_write_en;
logic acc_clk;
logic acc_reset;
logic [31:0] acc_out;
logic acc_done;
logic [31:0] t_in;
logic t_write_en;
logic t_clk;
logic t_reset;
logic [31:0] t_out;
logic t_done;
logic [31:0] add0_left;
logic [31:0] add0_right;
logic [31:0] add0_out;
logic [31:0] add1_left;
logic [31:0] add1_right;
logic [31:0] add1_out;
logic [31:0] add2_left;
logic [31:0] add2_right;
logic [31:0] add2_out;
logic [31:0] lt_left;
logic [31:0] lt_right;
logic lt_out;
logic [2:0] fsm_in;
logic fsm_write_en;
logic fsm_clk;
logic fsm_reset;
logic [2:0] fsm_out;
logic fsm_done;
logic [2:0] adder_left;
logic [2:0] adder_right;
logic [2:0] adder_out;
logic init_go_in;
logic init_go_out;
logic init_done_in;
logic init_done_out;
logic upd_t_go_in;
logic upd_t_go_out;
logic upd_t_done_in;
logic upd_t_done_out;
logic upd_acc_go_in;
logic upd_acc_go_out;
logic upd_acc_done_in;
logic upd_acc_done_out;
logic incr_i_go_in;
logic incr_i_go_out;
logic incr_i_done_in;
logic incr_i_done_out;
logic tdcc_done_in;
logic tdcc_done_out;
std_reg # (
    .WIDTH(32)
) i (
    .clk(i_clk),
    .done(i_done),
    .in(i_in),
    .out(i_out),
    .reset(i_reset),
    .write_en(i_write_en)
);
std_reg # (
    .WIDTH(32)
) acc (
    .clk(acc_clk),
    .done(acc_done),
    .in(acc_in),
    .out(acc_out),
    .reset(acc_reset),
    .write_en(acc_write_en)
);
std_reg # (
    .WIDTH(32)
) t (
    .clk(t_clk),
    .done(t_done),
    .in(t_in),
    .out(t_out),
    .reset(t_reset),
    .write_en(t_write_en)
);
std_add # (
    .WIDTH(32)
) add0 (
    .left(add0_left),
    .out(add0_out),
    .right(add0_right)
);
std_add # (
    .WIDTH(32)
) add1 (
    .left(add1_left),
    .out(add1_out),
    .right(add1_right)
);
std_add # (
    .WIDTH(32)
) add2 (
    .left(add2_left),
    .out(add2_out),
    .right(add2_right)
);
std_lt # (
    .WIDTH(32)
) lt (
    .left(lt_left),
    .out(lt_out),
    .right(lt_right)
);
std_reg # (
    .WIDTH(3)
) fsm (
    .clk(fsm_clk),
    .done(fsm_done),
    .in(fsm_in),
    .out(fsm_out),
    .reset(fsm_reset),
    .write_en(fsm_write_en)
);
std_add # (
    .WIDTH(3)
) adder (
    .left(adder_left),
    .out(adder_out),
    .right(adder_right)
);
std_wire # (
    .WIDTH(1)
) init_go (
    .in(init_go_in),
    .out(init_go_out)
);
std_wire # (
    .WIDTH(1)
) init_done (
    .in(init_done_in),
    .out(init_done_out)
);
std_wire # (
    .WIDTH(1)
) upd_t_go (
    .in(upd_t_go_in),
    .out(upd_t_go_out)
);
std_wire # (
    .WIDTH(1)
) upd_t_done (
    .in(upd_t_done_in),
    .out(upd_t_done_out)
);
std_wire # (
    .WIDTH(1)
) upd_acc_go (
    .in(upd_acc_go_in),
    .out(upd_acc_go_out)
);
std_wire # (
    .WIDTH(1)
) upd_acc_done (
    .in(upd_acc_done_in),
    .out(upd_acc_done_out)
);
std_wire # (
    .WIDTH(1)
) incr_i_go (
    .in(incr_i_go_in),
    .out(incr_i_go_out)
);
std_wire # (
    .WIDTH(1)
) incr_i_done (
    .in(incr_i_done_in),
    .out(incr_i_done_out)
);
std_wire # (
    .WIDTH(1)
) tdcc_done (
    .in(tdcc_done_in),
    .out(tdcc_done_out)
);
wire _guard0 = 1;
wire _guard1 = fsm_out == 3'd0;
wire _guard2 = fsm_out == 3'd1;
wire _guard3 = fsm_out == 3'd2;
wire _guard4 = fsm_out == 3'd3;
wire _guard5 = fsm_out == 3'd4;
wire _guard6 = fsm_out == 3'd5;
wire _guard7 = init_done_out;
wire _guard8 = ~_guard7;
wire _guard9 = _guard1 & _guard8;
wire _guard10 = _guard9 & go;
wire _guard11 = upd_t_done_out;
wire _guard12 = ~_guard11;
wire _guard13 = _guard3 & _guard12;
wire _guard14 = _guard13 & go;
wire _guard15 = upd_acc_done_out;
wire _guard16 = ~_guard15;
wire _guard17 = _guard4 & _guard16;
wire _guard18 = _guard17 & go;
wire _guard19 = incr_i_done_out;
wire _guard20 = ~_guard19;
wire _guard21 = _guard5 & _guard20;
wire _guard22 = _guard21 & go;
wire _guard23 = i_done;
wire _guard24 = acc_done;
wire _guard25 = _guard23 & _guard24;
wire _guard26 = t_done;
wire _guard27 = init_go_out;
wire _guard28 = upd_t_go_out;
wire _guard29 = upd_acc_go_out;
wire _guard30 = incr_i_go_out;
wire _guard31 = _guard27 | _guard30;
wire _guard32 = _guard27 | _guard29;
wire _guard33 = _guard2 & go;
wire _guard34 = lt_out;
wire _guard35 = ~_guard34;
wire _guard36 = _guard1 & _guard7;
wire _guard37 = _guard36 & go;
wire _guard38 = _guard33 & _guard34;
wire _guard39 = _guard3 & _guard11;
wire _guard40 = _guard39 & go;
wire _guard41 = _guard4 & _guard15;
wire _guard42 = _guard41 & go;
wire _guard43 = _guard37 | _guard38;
wire _guard44 = _guard43 | _guard40;
wire _guard45 = _guard44 | _guard42;
wire _guard46 = _guard33 & _guard35;
wire _guard47 = _guard5 & _guard19;
wire _guard48 = _guard47 & go;
wire _guard49 = _guard45 | _guard46;
wire _guard50 = _guard49 | _guard48;
wire _guard51 = _guard50 | _guard6;
wire _guard52 = tdcc_done_out;
assign done = _guard52;
assign out = acc_out;
assign i_clk = clk;
assign i_reset = reset;
assign acc_clk = clk;
assign acc_reset = reset;
assign t_clk = clk;
assign t_reset = reset;
assign fsm_clk = clk;
assign fsm_reset = reset;
assign init_go_in = _guard10;
assign upd_t_go_in = _guard14;
assign upd_acc_go_in = _guard18;
assign incr_i_go_in = _guard22;
assign init_done_in = _guard25;
assign upd_t_done_in = _guard26;
assign upd_acc_done_in = _guard24;
assign incr_i_done_in = _guard23;
assign tdcc_done_in = _guard6;
assign i_write_en = _guard31;
assign i_in =
  _guard30 ? add2_out :
  _guard27 ? 32'd0 :
  'x;
assign acc_write_en = _guard32;
assign acc_in =
  _guard29 ? add1_out :
  _guard27 ? 32'd0 :
  'x;
assign t_write_en = _guard28;
assign t_in =
  _guard28 ? add0_out :
  'x;
assign add0_left =
  _guard28 ? x :
  'x;
assign add0_right =
  _guard28 ? i_out :
  'x;
assign add1_left =
  _guard29 ? acc_out :
  'x;
assign add1_right =
  _guard29 ? t_out :
  'x;
assign add2_left =
  _guard30 ? i_out :
  'x;
assign add2_right =
  _guard30 ? 32'd1 :
  'x;
assign lt_left =
  _guard2 ? i_out :
  'x;
assign lt_right =
  _guard2 ? n :
  'x;
assign adder_left =
  _guard45 ? fsm_out :
  'x;
assign adder_right =
  _guard45 ? 3'd1 :
  'x;
assign fsm_write_en = _guard51;
assign fsm_in =
  _guard45 ? adder_out :
  _guard46 ? 3'd5 :
  _guard48 ? 3'd1 :
  _guard6 ? 3'd0 :
  'x;
// COMPONENT END
endmodule
