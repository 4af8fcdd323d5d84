// calyx_seqmem.sv -- written for idetic in the style of the SystemVerilog that
// the Calyx compiler's Verilog backend emits for a component that owns a
// sequential memory: primitive modules std_reg, std_add, std_lt, std_lsh,
// std_pad, std_slice, std_wire and seq_mem_d1 (Calyx's names, parameters and
// ports, bodies written here), and a component `main` whose control was
// compiled into counter-style fsm registers (std_reg instances fsm, fsm0, fsm1
// advanced by std_add instances adder, adder0, adder1 and compared with
// constants), with group go/done holes as std_wire instances and guarded
// continuous assignments that default to 'd0.
//
// Calyx source it corresponds to:
//
//   component main(a: 32, len: 5) -> (out: 32) {
//     cells {
//       mem = seq_mem_d1(32, 16, 4);
//       i = std_reg(32); v = std_reg(32); acc = std_reg(32);
//       pad = std_pad(5, 32); slc = std_slice(32, 4); lt = std_lt(32);
//       add0 = std_add(32); add1 = std_add(32); lsh = std_lsh(32);
//       add2 = std_add(32); add3 = std_add(32);
//     }
//     wires {
//       group init_w  { i.in = 32'd0; i.write_en = 1'd1; v.in = a; v.write_en = 1'd1;
//                       init_w[done] = i.done & v.done ? 1'd1; }
//       comb group cond { pad.in = len; lt.left = i.out; lt.right = pad.out; }
//       group write_m { slc.in = i.out; mem.addr0 = slc.out; mem.write_data = v.out;
//                       mem.write_en = 1'd1; mem.content_en = 1'd1; write_m[done] = mem.done; }
//       group step_w  { add0.left = i.out; add0.right = 32'd1; i.in = add0.out; i.write_en = 1'd1;
//                       add1.left = v.out; add1.right = 32'd3; v.in = add1.out; v.write_en = 1'd1;
//                       step_w[done] = i.done & v.done ? 1'd1; }
//       group init_r  { i.in = 32'd0; i.write_en = 1'd1; acc.in = 32'd0; acc.write_en = 1'd1;
//                       init_r[done] = i.done & acc.done ? 1'd1; }
//       group read_m  { slc.in = i.out; mem.addr0 = slc.out; mem.write_en = 1'd0;
//                       mem.content_en = 1'd1; read_m[done] = mem.done; }
//       group upd_acc { lsh.left = acc.out; lsh.right = 32'd2; add2.left = lsh.out;
//                       add2.right = acc.out; add3.left = add2.out; add3.right = mem.read_data;
//                       acc.in = add3.out; acc.write_en = 1'd1; upd_acc[done] = acc.done; }
//       group incr_i  { add0.left = i.out; add0.right = 32'd1; i.in = add0.out; i.write_en = 1'd1;
//                       incr_i[done] = i.done; }
//       out = acc.out;
//     }
//     control {
//       seq {
//         init_w;
//         while lt.out with cond { seq { write_m; step_w; } }       // mem[i] = a + 3*i
//         init_r;
//         while lt.out with cond { seq { read_m; upd_acc; incr_i; } } // acc = 5*acc + mem[i]
//       }
//     }
//   }
//
// Each while body was compiled into its own group (tdcc0, tdcc1) with its own
// fsm register (fsm0, fsm1); the top-level seq is the fsm register `fsm`.
// All std_reg instances and the memory's read/done registers have the
// synchronous ACTIVE-HIGH `reset`; the memory array itself is not reset.

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

module std_lsh #(
    parameter WIDTH = 32
) (
   input  logic [WIDTH-1:0] left,
   input  logic [WIDTH-1:0] right,
   output logic [WIDTH-1:0] out
);
  assign out = left << right;
endmodule

module std_pad #(
    parameter IN_WIDTH  = 32,
    parameter OUT_WIDTH = 32
) (
   input  wire logic [IN_WIDTH-1:0]  in,
   output logic      [OUT_WIDTH-1:0] out
);
  localparam EXTEND = OUT_WIDTH - IN_WIDTH;
  assign out = { {EXTEND {1'b0}}, in};
endmodule

module std_slice #(
    parameter IN_WIDTH  = 32,
    parameter OUT_WIDTH = 32
) (
   input wire                   logic [ IN_WIDTH-1:0] in,
   output logic [OUT_WIDTH-1:0] out
);
  assign out = in[OUT_WIDTH-1:0];
endmodule

module std_wire #(
    parameter WIDTH = 32
) (
   input  wire logic [WIDTH-1:0] in,
   output      logic [WIDTH-1:0] out
);
  assign out = in;
endmodule

// One-dimensional sequential memory: an access starts when content_en is high
// (a write if write_en is also high, else a read); read_data is registered
// (valid from the cycle after the read, held until the next read) and done is
// high the cycle after content_en.
module seq_mem_d1 #(
    parameter WIDTH = 32,
    parameter SIZE = 16,
    parameter IDX_SIZE = 4
) (
   input wire                logic clk,
   input wire                logic reset,
   input wire                logic [IDX_SIZE-1:0] addr0,
   input wire                logic content_en,
   input wire                logic write_en,
   input wire                logic [ WIDTH-1:0] write_data,
   output logic [ WIDTH-1:0] read_data,
   output logic              done
);

  logic [WIDTH-1:0] mem_data [0:SIZE-1];
  logic [WIDTH-1:0] read_out;
  assign read_data = read_out;

  always_ff @(posedge clk) begin
    if (reset)
      read_out <= '0;
    else if (content_en && !write_en)
      read_out <= mem_data[addr0];
  end

  always_ff @(posedge clk) begin
    if (reset)
      done <= '0;
    else if (content_en)
      done <= '1;
    else
      done <= '0;
  end

  always_ff @(posedge clk) begin
    if (!reset && content_en && write_en)
      mem_data[addr0] <= write_data;
  end
endmodule

module main(
  input logic [31:0] a,
  input logic [4:0] len,
  input logic go,
  input logic clk,
  input logic reset,
  output logic [31:0] out,
  output logic done
);
// COMPONENT START
logic mem_clk;
logic mem_reset;
logic [3:0] mem_addr0;
logic mem_content_en;
logic mem_write_en;
logic [31:0] mem_write_data;
logic [31:0] mem_read_data;
logic mem_done;
logic [31:0] i_in;
logic i_write_en;
logic i_clk;
logic i_reset;
logic [31:0] i_out;
logic i_done;
logic [31:0] v_in;
logic v_write_en;
logic v_clk;
logic v_reset;
logic [31:0] v_out;
logic v_done;
logic [31:0] acc_in;
logic acc_write_en;
logic acc_clk;
logic acc_reset;
logic [31:0] acc_out;
logic acc_done;
logic [4:0] pad_in;
logic [31:0] pad_out;
logic [31:0] slc_in;
logic [3:0] slc_out;
logic [31:0] lt_left;
logic [31:0] lt_right;
logic lt_out;
logic [31:0] add0_left;
logic [31:0] add0_right;
logic [31:0] add0_out;
logic [31:0] add1_left;
logic [31:0] add1_right;
logic [31:0] add1_out;
logic [31:0] lsh_left;
logic [31:0] lsh_right;
logic [31:0] lsh_out;
logic [31:0] add2_left;
logic [31:0] add2_right;
logic [31:0] add2_out;
logic [31:0] add3_left;
logic [31:0] add3_right;
logic [31:0] add3_out;
logic [2:0] fsm_in;
logic fsm_write_en;
logic fsm_clk;
logic fsm_reset;
logic [2:0] fsm_out;
logic fsm_done;
logic [2:0] adder_left;
logic [2:0] adder_right;
logic [2:0] adder_out;
logic [1:0] fsm0_in;
logic fsm0_write_en;
logic fsm0_clk;
logic fsm0_reset;
logic [1:0] fsm0_out;
logic fsm0_done;
logic [1:0] adder0_left;
logic [1:0] adder0_right;
logic [1:0] adder0_out;
logic [1:0] fsm1_in;
logic fsm1_write_en;
logic fsm1_clk;
logic fsm1_reset;
logic [1:0] fsm1_out;
logic fsm1_done;
logic [1:0] adder1_left;
logic [1:0] adder1_right;
logic [1:0] adder1_out;
logic init_w_go_in;
logic init_w_go_out;
logic init_w_done_in;
logic init_w_done_out;
logic write_m_go_in;
logic write_m_go_out;
logic write_m_done_in;
logic write_m_done_out;
logic step_w_go_in;
logic step_w_go_out;
logic step_w_done_in;
logic step_w_done_out;
logic init_r_go_in;
logic init_r_go_out;
logic init_r_done_in;
logic init_r_done_out;
logic read_m_go_in;
logic read_m_go_out;
logic read_m_done_in;
logic read_m_done_out;
logic upd_acc_go_in;
logic upd_acc_go_out;
logic upd_acc_done_in;
logic upd_acc_done_out;
logic incr_i_go_in;
logic incr_i_go_out;
logic incr_i_done_in;
logic incr_i_done_out;
logic tdcc0_go_in;
logic tdcc0_go_out;
logic tdcc0_done_in;
logic tdcc0_done_out;
logic tdcc1_go_in;
logic tdcc1_go_out;
logic tdcc1_done_in;
logic tdcc1_done_out;
logic tdcc_done_in;
logic tdcc_done_out;
seq_mem_d1 # (
    .IDX_SIZE(4),
    .SIZE(16),
    .WIDTH(32)
) mem (
    .addr0(mem_addr0),
    .clk(mem_clk),
    .content_en(mem_content_en),
    .done(mem_done),
    .read_data(mem_read_data),
    .reset(mem_reset),
    .write_data(mem_write_data),
    .write_en(mem_write_en)
);
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
) v (
    .clk(v_clk),
    .done(v_done),
    .in(v_in),
    .out(v_out),
    .reset(v_reset),
    .write_en(v_write_en)
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
std_pad # (
    .IN_WIDTH(5),
    .OUT_WIDTH(32)
) pad (
    .in(pad_in),
    .out(pad_out)
);
std_slice # (
    .IN_WIDTH(32),
    .OUT_WIDTH(4)
) slc (
    .in(slc_in),
    .out(slc_out)
);
std_lt # (
    .WIDTH(32)
) lt (
    .left(lt_left),
    .out(lt_out),
    .right(lt_right)
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
std_lsh # (
    .WIDTH(32)
) lsh (
    .left(lsh_left),
    .out(lsh_out),
    .right(lsh_right)
);
std_add # (
    .WIDTH(32)
) add2 (
    .left(add2_left),
    .out(add2_out),
    .right(add2_right)
);
std_add # (
    .WIDTH(32)
) add3 (
    .left(add3_left),
    .out(add3_out),
    .right(add3_right)
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
std_reg # (
    .WIDTH(2)
) fsm0 (
    .clk(fsm0_clk),
    .done(fsm0_done),
    .in(fsm0_in),
    .out(fsm0_out),
    .reset(fsm0_reset),
    .write_en(fsm0_write_en)
);
std_add # (
    .WIDTH(2)
) adder0 (
    .left(adder0_left),
    .out(adder0_out),
    .right(adder0_right)
);
std_reg # (
    .WIDTH(2)
) fsm1 (
    .clk(fsm1_clk),
    .done(fsm1_done),
    .in(fsm1_in),
    .out(fsm1_out),
    .reset(fsm1_reset),
    .write_en(fsm1_write_en)
);
std_add # (
    .WIDTH(2)
) adder1 (
    .left(adder1_left),
    .out(adder1_out),
    .right(adder1_right)
);
std_wire # (
    .WIDTH(1)
) init_w_go (
    .in(init_w_go_in),
    .out(init_w_go_out)
);
std_wire # (
    .WIDTH(1)
) init_w_done (
    .in(init_w_done_in),
    .out(init_w_done_out)
);
std_wire # (
    .WIDTH(1)
) write_m_go (
    .in(write_m_go_in),
    .out(write_m_go_out)
);
std_wire # (
    .WIDTH(1)
) write_m_done (
    .in(write_m_done_in),
    .out(write_m_done_out)
);
std_wire # (
    .WIDTH(1)
) step_w_go (
    .in(step_w_go_in),
    .out(step_w_go_out)
);
std_wire # (
    .WIDTH(1)
) step_w_done (
    .in(step_w_done_in),
    .out(step_w_done_out)
);
std_wire # (
    .WIDTH(1)
) init_r_go (
    .in(init_r_go_in),
    .out(init_r_go_out)
);
std_wire # (
    .WIDTH(1)
) init_r_done (
    .in(init_r_done_in),
    .out(init_r_done_out)
);
std_wire # (
    .WIDTH(1)
) read_m_go (
    .in(read_m_go_in),
    .out(read_m_go_out)
);
std_wire # (
    .WIDTH(1)
) read_m_done (
    .in(read_m_done_in),
    .out(read_m_done_out)
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
) tdcc0_go (
    .in(tdcc0_go_in),
    .out(tdcc0_go_out)
);
std_wire # (
    .WIDTH(1)
) tdcc0_done (
    .in(tdcc0_done_in),
    .out(tdcc0_done_out)
);
std_wire # (
    .WIDTH(1)
) tdcc1_go (
    .in(tdcc1_go_in),
    .out(tdcc1_go_out)
);
std_wire # (
    .WIDTH(1)
) tdcc1_done (
    .in(tdcc1_done_in),
    .out(tdcc1_done_out)
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
wire _guard7 = fsm_out == 3'd6;
wire _guard8 = fsm0_out == 2'd0;
wire _guard9 = fsm0_out == 2'd1;
wire _guard10 = fsm0_out == 2'd2;
wire _guard11 = fsm1_out == 2'd0;
wire _guard12 = fsm1_out == 2'd1;
wire _guard13 = fsm1_out == 2'd2;
wire _guard14 = fsm1_out == 2'd3;
wire _guard15 = init_w_done_out;
wire _guard16 = ~_guard15;
wire _guard17 = _guard1 & _guard16;
wire _guard18 = _guard17 & go;
wire _guard19 = tdcc0_done_out;
wire _guard20 = ~_guard19;
wire _guard21 = _guard3 & _guard20;
wire _guard22 = _guard21 & go;
wire _guard23 = init_r_done_out;
wire _guard24 = ~_guard23;
wire _guard25 = _guard4 & _guard24;
wire _guard26 = _guard25 & go;
wire _guard27 = tdcc1_done_out;
wire _guard28 = ~_guard27;
wire _guard29 = _guard6 & _guard28;
wire _guard30 = _guard29 & go;
wire _guard31 = tdcc0_go_out;
wire _guard32 = write_m_done_out;
wire _guard33 = ~_guard32;
wire _guard34 = _guard8 & _guard33;
wire _guard35 = _guard34 & _guard31;
wire _guard36 = step_w_done_out;
wire _guard37 = ~_guard36;
wire _guard38 = _guard9 & _guard37;
wire _guard39 = _guard38 & _guard31;
wire _guard40 = tdcc1_go_out;
wire _guard41 = read_m_done_out;
wire _guard42 = ~_guard41;
wire _guard43 = _guard11 & _guard42;
wire _guard44 = _guard43 & _guard40;
wire _guard45 = upd_acc_done_out;
wire _guard46 = ~_guard45;
wire _guard47 = _guard12 & _guard46;
wire _guard48 = _guard47 & _guard40;
wire _guard49 = incr_i_done_out;
wire _guard50 = ~_guard49;
wire _guard51 = _guard13 & _guard50;
wire _guard52 = _guard51 & _guard40;
wire _guard53 = i_done;
wire _guard54 = v_done;
wire _guard55 = acc_done;
wire _guard56 = mem_done;
wire _guard57 = _guard53 & _guard54;
wire _guard58 = _guard53 & _guard55;
wire _guard59 = init_w_go_out;
wire _guard60 = write_m_go_out;
wire _guard61 = step_w_go_out;
wire _guard62 = init_r_go_out;
wire _guard63 = read_m_go_out;
wire _guard64 = upd_acc_go_out;
wire _guard65 = incr_i_go_out;
wire _guard66 = _guard61 | _guard65;
wire _guard67 = _guard59 | _guard62;
wire _guard68 = _guard67 | _guard66;
wire _guard69 = _guard59 | _guard61;
wire _guard70 = _guard62 | _guard64;
wire _guard71 = _guard60 | _guard63;
wire _guard72 = _guard2 | _guard5;
wire _guard73 = lt_out;
wire _guard74 = ~_guard73;
wire _guard75 = _guard1 & _guard15;
wire _guard76 = _guard75 & go;
wire _guard77 = _guard2 & go;
wire _guard78 = _guard77 & _guard73;
wire _guard79 = _guard77 & _guard74;
wire _guard80 = _guard3 & _guard19;
wire _guard81 = _guard80 & go;
wire _guard82 = _guard4 & _guard23;
wire _guard83 = _guard82 & go;
wire _guard84 = _guard5 & go;
wire _guard85 = _guard84 & _guard73;
wire _guard86 = _guard84 & _guard74;
wire _guard87 = _guard6 & _guard27;
wire _guard88 = _guard87 & go;
wire _guard89 = _guard76 | _guard78;
wire _guard90 = _guard89 | _guard83;
wire _guard91 = _guard90 | _guard85;
wire _guard92 = _guard91 | _guard79;
wire _guard93 = _guard92 | _guard81;
wire _guard94 = _guard93 | _guard86;
wire _guard95 = _guard94 | _guard88;
wire _guard96 = _guard95 | _guard7;
wire _guard97 = _guard8 & _guard32;
wire _guard98 = _guard97 & _guard31;
wire _guard99 = _guard9 & _guard36;
wire _guard100 = _guard99 & _guard31;
wire _guard101 = _guard98 | _guard100;
wire _guard102 = _guard101 | _guard10;
wire _guard103 = _guard11 & _guard41;
wire _guard104 = _guard103 & _guard40;
wire _guard105 = _guard12 & _guard45;
wire _guard106 = _guard105 & _guard40;
wire _guard107 = _guard13 & _guard49;
wire _guard108 = _guard107 & _guard40;
wire _guard109 = _guard104 | _guard106;
wire _guard110 = _guard109 | _guard108;
wire _guard111 = _guard110 | _guard14;
assign done = tdcc_done_out;
assign out = acc_out;
assign mem_clk = clk;
assign mem_reset = reset;
assign i_clk = clk;
assign i_reset = reset;
assign v_clk = clk;
assign v_reset = reset;
assign acc_clk = clk;
assign acc_reset = reset;
assign fsm_clk = clk;
assign fsm_reset = reset;
assign fsm0_clk = clk;
assign fsm0_reset = reset;
assign fsm1_clk = clk;
assign fsm1_reset = reset;
assign init_w_go_in = _guard18;
assign tdcc0_go_in = _guard22;
assign init_r_go_in = _guard26;
assign tdcc1_go_in = _guard30;
assign write_m_go_in = _guard35;
assign step_w_go_in = _guard39;
assign read_m_go_in = _guard44;
assign upd_acc_go_in = _guard48;
assign incr_i_go_in = _guard52;
assign init_w_done_in = _guard57;
assign write_m_done_in = _guard56;
assign step_w_done_in = _guard57;
assign init_r_done_in = _guard58;
assign read_m_done_in = _guard56;
assign upd_acc_done_in = _guard55;
assign incr_i_done_in = _guard53;
assign tdcc0_done_in = _guard10;
assign tdcc1_done_in = _guard14;
assign tdcc_done_in = _guard7;
assign i_write_en = _guard68;
assign i_in =
  _guard66 ? add0_out :
  _guard67 ? 32'd0 :
  'd0;
assign v_write_en = _guard69;
assign v_in =
  _guard61 ? add1_out :
  _guard59 ? a :
  'd0;
assign acc_write_en = _guard70;
assign acc_in =
  _guard64 ? add3_out :
  _guard62 ? 32'd0 :
  'd0;
assign add0_left =
  _guard66 ? i_out :
  'd0;
assign add0_right =
  _guard66 ? 32'd1 :
  'd0;
assign add1_left =
  _guard61 ? v_out :
  'd0;
assign add1_right =
  _guard61 ? 32'd3 :
  'd0;
assign lsh_left =
  _guard64 ? acc_out :
  'd0;
assign lsh_right =
  _guard64 ? 32'd2 :
  'd0;
assign add2_left =
  _guard64 ? lsh_out :
  'd0;
assign add2_right =
  _guard64 ? acc_out :
  'd0;
assign add3_left =
  _guard64 ? add2_out :
  'd0;
assign add3_right =
  _guard64 ? mem_read_data :
  'd0;
assign slc_in =
  _guard71 ? i_out :
  'd0;
assign mem_content_en = _guard71;
assign mem_addr0 =
  _guard71 ? slc_out :
  'd0;
assign mem_write_en =
  _guard60 ? 1'd1 :
  _guard63 ? 1'd0 :
  'd0;
assign mem_write_data =
  _guard60 ? v_out :
  'd0;
assign pad_in =
  _guard72 ? len :
  'd0;
assign lt_left =
  _guard72 ? i_out :
  'd0;
assign lt_right =
  _guard72 ? pad_out :
  'd0;
assign adder_left =
  _guard91 ? fsm_out :
  'd0;
assign adder_right =
  _guard91 ? 3'd1 :
  'd0;
assign fsm_write_en = _guard96;
assign fsm_in =
  _guard91 ? adder_out :
  _guard79 ? 3'd3 :
  _guard81 ? 3'd1 :
  _guard86 ? 3'd6 :
  _guard88 ? 3'd4 :
  _guard7 ? 3'd0 :
  'd0;
assign adder0_left =
  _guard101 ? fsm0_out :
  'd0;
assign adder0_right =
  _guard101 ? 2'd1 :
  'd0;
assign fsm0_write_en = _guard102;
assign fsm0_in =
  _guard101 ? adder0_out :
  _guard10 ? 2'd0 :
  'd0;
assign adder1_left =
  _guard110 ? fsm1_out :
  'd0;
assign adder1_right =
  _guard110 ? 2'd1 :
  'd0;
assign fsm1_write_en = _guard111;
assign fsm1_in =
  _guard110 ? adder1_out :
  _guard14 ? 2'd0 :
  'd0;
// COMPONENT END
endmodule
