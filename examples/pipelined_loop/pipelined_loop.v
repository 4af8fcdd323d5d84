// pipelined_loop.v -- written for idetic in the style of the RTL that Vivado
// HLS / Vitis HLS (flat, pre-2021 loop style) emits for a loop pipelined with
// II = 1 inside a function with block protocol ap_ctrl_hs.
// C source it corresponds to (wrap-around 32-bit arithmetic):
//
//   int pipelined_loop(int seed, int step, ap_uint<6> n) {
//       static const short coef[16] = {3, -5, 17, 1000, -32768, 32767, 7, -1,
//                                      0, 255, -300, 12, 4096, -9, 21, 64};
//       int acc = 0;
//   LOOP: for (ap_uint<7> i = 0; i < n; i++) {
//   #pragma HLS PIPELINE II=1
//           int x = seed + i * step;
//           int prod = coef[i & 15] * x;
//           acc += prod;
//       }
//       return acc;
//   }
//
// Pipeline pp0, depth 3, one stage per cycle:
//   iter0: exit test icmp_ln8 (i == n), i++, coef ROM read issued, x computed -> x_reg_169
//   iter1: coef_q0 (1-cycle ROM latency) * x_reg_169                      -> prod_reg_174
//   iter2: acc_0_reg_91 += prod_reg_174
// Valid bits ap_enable_reg_pp0_iter0/1/2; the exit test in iter0 clears
// iter0/iter1 (ap_condition_pp0_exit_iter0_state2) and the pipeline drains.
// One-hot controller ap_CS_fsm: state1, pp0_stage0, state5 (fsm_encoding =
// "none", power-on values, synchronous active-high ap_rst on the control
// registers only). ap_return is combinational in the ap_done cycle (state5)
// and held in ap_return_preg afterwards.

`timescale 1 ns / 1 ps 

module pipelined_loop (
        ap_clk,
        ap_rst,
        ap_start,
        ap_done,
        ap_idle,
        ap_ready,
        seed,
        step,
        n,
        ap_return
);

localparam [2:0] ap_ST_fsm_state1 = 3'd1;
localparam [2:0] ap_ST_fsm_pp0_stage0 = 3'd2;
localparam [2:0] ap_ST_fsm_state5 = 3'd4;

input   ap_clk;
input   ap_rst;
input   ap_start;
output   ap_done;
output   ap_idle;
output   ap_ready;
input  [31:0] seed;
input  [31:0] step;
input  [5:0] n;
output  [31:0] ap_return;

reg ap_done;
reg ap_idle;
reg ap_ready;
reg[31:0] ap_return;

(* fsm_encoding = "none" *) reg   [2:0] ap_CS_fsm;
wire    ap_CS_fsm_state1;
wire   [3:0] coef_address0;
reg    coef_ce0;
wire   [15:0] coef_q0;
reg   [6:0] i_0_reg_80;
reg   [31:0] acc_0_reg_91;
wire   [6:0] zext_ln8_fu_96_p1;
wire   [0:0] icmp_ln8_fu_100_p2;
reg   [0:0] icmp_ln8_reg_160;
wire    ap_CS_fsm_pp0_stage0;
wire    ap_block_state2_pp0_stage0_iter0;
wire    ap_block_state3_pp0_stage0_iter1;
wire    ap_block_state4_pp0_stage0_iter2;
wire    ap_block_pp0_stage0_11001;
reg   [0:0] icmp_ln8_reg_160_pp0_iter1_reg;
wire   [6:0] i_fu_106_p2;
reg    ap_enable_reg_pp0_iter0;
wire   [3:0] trunc_ln11_fu_112_p1;
wire   [63:0] zext_ln11_fu_116_p1;
wire   [31:0] zext_ln10_fu_121_p1;
wire   [31:0] mul_ln10_fu_125_p2;
wire   [31:0] x_fu_130_p2;
reg   [31:0] x_reg_169;
wire   [31:0] prod_fu_136_p2;
reg   [31:0] prod_reg_174;
reg    ap_enable_reg_pp0_iter1;
wire   [31:0] acc_fu_142_p2;
reg    ap_enable_reg_pp0_iter2;
wire    ap_block_pp0_stage0_subdone;
reg    ap_condition_pp0_exit_iter0_state2;
wire    ap_block_pp0_stage0;
wire    ap_CS_fsm_state5;
reg   [31:0] ap_return_preg;
reg   [2:0] ap_NS_fsm;
reg    ap_idle_pp0;
wire    ap_enable_pp0;

// power-on initialization
initial begin
#0 ap_CS_fsm = 3'd1;
#0 ap_enable_reg_pp0_iter0 = 1'b0;
#0 ap_enable_reg_pp0_iter1 = 1'b0;
#0 ap_enable_reg_pp0_iter2 = 1'b0;
#0 ap_return_preg = 32'd0;
end

pipelined_loop_coef_ROM_AUTO_1R #(
    .DataWidth( 16 ),
    .AddressWidth( 4 ),
    .AddressRange( 16 ))
coef_U(
    .clk(ap_clk),
    .reset(ap_rst),
    .address0(coef_address0),
    .ce0(coef_ce0),
    .q0(coef_q0)
);

pipelined_loop_mul_16s_32s_32_1_1 #(
    .ID( 1 ),
    .NUM_STAGE( 1 ),
    .din0_WIDTH( 16 ),
    .din1_WIDTH( 32 ),
    .dout_WIDTH( 32 ))
mul_16s_32s_32_1_1_U1(
    .din0(coef_q0),
    .din1(x_reg_169),
    .dout(prod_fu_136_p2)
);

always @ (posedge ap_clk) begin
    if (ap_rst == 1'b1) begin
        ap_CS_fsm <= ap_ST_fsm_state1;
    end else begin
        ap_CS_fsm <= ap_NS_fsm;
    end
end

always @ (posedge ap_clk) begin
    if (ap_rst == 1'b1) begin
        ap_enable_reg_pp0_iter0 <= 1'b0;
    end else begin
        if (((1'b0 == ap_block_pp0_stage0_subdone) & (1'b1 == ap_condition_pp0_exit_iter0_state2) & (1'b1 == ap_CS_fsm_pp0_stage0))) begin
            ap_enable_reg_pp0_iter0 <= 1'b0;
        end else if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
            ap_enable_reg_pp0_iter0 <= 1'b1;
        end
    end
end

always @ (posedge ap_clk) begin
    if (ap_rst == 1'b1) begin
        ap_enable_reg_pp0_iter1 <= 1'b0;
    end else begin
        if ((1'b0 == ap_block_pp0_stage0_subdone)) begin
            if ((1'b1 == ap_condition_pp0_exit_iter0_state2)) begin
                ap_enable_reg_pp0_iter1 <= (1'b1 ^ ap_condition_pp0_exit_iter0_state2);
            end else if ((1'b1 == 1'b1)) begin
                ap_enable_reg_pp0_iter1 <= ap_enable_reg_pp0_iter0;
            end
        end
    end
end

always @ (posedge ap_clk) begin
    if (ap_rst == 1'b1) begin
        ap_enable_reg_pp0_iter2 <= 1'b0;
    end else begin
        if ((1'b0 == ap_block_pp0_stage0_subdone)) begin
            ap_enable_reg_pp0_iter2 <= ap_enable_reg_pp0_iter1;
        end else if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
            ap_enable_reg_pp0_iter2 <= 1'b0;
        end
    end
end

always @ (posedge ap_clk) begin
    if (ap_rst == 1'b1) begin
        ap_return_preg <= 32'd0;
    end else begin
        if ((1'b1 == ap_CS_fsm_state5)) begin
            ap_return_preg <= acc_0_reg_91;
        end
    end
end

always @ (posedge ap_clk) begin
    if (((ap_enable_reg_pp0_iter2 == 1'b1) & (icmp_ln8_reg_160_pp0_iter1_reg == 1'd0) & (1'b0 == ap_block_pp0_stage0_11001) & (1'b1 == ap_CS_fsm_pp0_stage0))) begin
        acc_0_reg_91 <= acc_fu_142_p2;
    end else if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
        acc_0_reg_91 <= 32'd0;
    end
end

always @ (posedge ap_clk) begin
    if (((ap_enable_reg_pp0_iter0 == 1'b1) & (icmp_ln8_fu_100_p2 == 1'd0) & (1'b0 == ap_block_pp0_stage0_11001) & (1'b1 == ap_CS_fsm_pp0_stage0))) begin
        i_0_reg_80 <= i_fu_106_p2;
    end else if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
        i_0_reg_80 <= 7'd0;
    end
end

always @ (posedge ap_clk) begin
    if (((1'b0 == ap_block_pp0_stage0_11001) & (1'b1 == ap_CS_fsm_pp0_stage0))) begin
        icmp_ln8_reg_160 <= icmp_ln8_fu_100_p2;
        icmp_ln8_reg_160_pp0_iter1_reg <= icmp_ln8_reg_160;
    end
end

always @ (posedge ap_clk) begin
    if (((icmp_ln8_reg_160 == 1'd0) & (1'b0 == ap_block_pp0_stage0_11001) & (1'b1 == ap_CS_fsm_pp0_stage0))) begin
        prod_reg_174 <= prod_fu_136_p2;
    end
end

always @ (posedge ap_clk) begin
    if (((icmp_ln8_fu_100_p2 == 1'd0) & (1'b0 == ap_block_pp0_stage0_11001) & (1'b1 == ap_CS_fsm_pp0_stage0))) begin
        x_reg_169 <= x_fu_130_p2;
    end
end

always @ (*) begin
    if ((icmp_ln8_fu_100_p2 == 1'd1)) begin
        ap_condition_pp0_exit_iter0_state2 = 1'b1;
    end else begin
        ap_condition_pp0_exit_iter0_state2 = 1'b0;
    end
end

always @ (*) begin
    if ((1'b1 == ap_CS_fsm_state5)) begin
        ap_done = 1'b1;
    end else begin
        ap_done = 1'b0;
    end
end

always @ (*) begin
    if (((ap_start == 1'b0) & (1'b1 == ap_CS_fsm_state1))) begin
        ap_idle = 1'b1;
    end else begin
        ap_idle = 1'b0;
    end
end

always @ (*) begin
    if (((ap_enable_reg_pp0_iter2 == 1'b0) & (ap_enable_reg_pp0_iter1 == 1'b0) & (ap_enable_reg_pp0_iter0 == 1'b0))) begin
        ap_idle_pp0 = 1'b1;
    end else begin
        ap_idle_pp0 = 1'b0;
    end
end

always @ (*) begin
    if ((1'b1 == ap_CS_fsm_state5)) begin
        ap_ready = 1'b1;
    end else begin
        ap_ready = 1'b0;
    end
end

always @ (*) begin
    if ((1'b1 == ap_CS_fsm_state5)) begin
        ap_return = acc_0_reg_91;
    end else begin
        ap_return = ap_return_preg;
    end
end

always @ (*) begin
    if (((1'b0 == ap_block_pp0_stage0_11001) & (ap_enable_reg_pp0_iter0 == 1'b1) & (1'b1 == ap_CS_fsm_pp0_stage0))) begin
        coef_ce0 = 1'b1;
    end else begin
        coef_ce0 = 1'b0;
    end
end

always @ (*) begin
    case (ap_CS_fsm)
        ap_ST_fsm_state1 : begin
            if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
                ap_NS_fsm = ap_ST_fsm_pp0_stage0;
            end else begin
                ap_NS_fsm = ap_ST_fsm_state1;
            end
        end
        ap_ST_fsm_pp0_stage0 : begin
            if ((~((ap_enable_reg_pp0_iter1 == 1'b0) & (icmp_ln8_fu_100_p2 == 1'd1) & (ap_enable_reg_pp0_iter0 == 1'b1) & (1'b0 == ap_block_pp0_stage0_subdone)) & ~((ap_enable_reg_pp0_iter2 == 1'b1) & (ap_enable_reg_pp0_iter1 == 1'b0) & (1'b0 == ap_block_pp0_stage0_subdone)))) begin
                ap_NS_fsm = ap_ST_fsm_pp0_stage0;
            end else if ((((ap_enable_reg_pp0_iter2 == 1'b1) & (ap_enable_reg_pp0_iter1 == 1'b0) & (1'b0 == ap_block_pp0_stage0_subdone)) | ((ap_enable_reg_pp0_iter1 == 1'b0) & (icmp_ln8_fu_100_p2 == 1'd1) & (ap_enable_reg_pp0_iter0 == 1'b1) & (1'b0 == ap_block_pp0_stage0_subdone)))) begin
                ap_NS_fsm = ap_ST_fsm_state5;
            end else begin
                ap_NS_fsm = ap_ST_fsm_pp0_stage0;
            end
        end
        ap_ST_fsm_state5 : begin
            ap_NS_fsm = ap_ST_fsm_state1;
        end
        default : begin
            ap_NS_fsm = 'bx;
        end
    endcase
end

assign acc_fu_142_p2 = (prod_reg_174 + acc_0_reg_91);

assign ap_CS_fsm_pp0_stage0 = ap_CS_fsm[32'd1];

assign ap_CS_fsm_state1 = ap_CS_fsm[32'd0];

assign ap_CS_fsm_state5 = ap_CS_fsm[32'd2];

assign ap_block_pp0_stage0 = ~(1'b1 == 1'b1);

assign ap_block_pp0_stage0_11001 = ~(1'b1 == 1'b1);

assign ap_block_pp0_stage0_subdone = ~(1'b1 == 1'b1);

assign ap_block_state2_pp0_stage0_iter0 = ~(1'b1 == 1'b1);

assign ap_block_state3_pp0_stage0_iter1 = ~(1'b1 == 1'b1);

assign ap_block_state4_pp0_stage0_iter2 = ~(1'b1 == 1'b1);

assign ap_enable_pp0 = (ap_idle_pp0 ^ 1'b1);

assign coef_address0 = zext_ln11_fu_116_p1;

assign i_fu_106_p2 = (i_0_reg_80 + 7'd1);

assign icmp_ln8_fu_100_p2 = ((i_0_reg_80 == zext_ln8_fu_96_p1) ? 1'b1 : 1'b0);

assign mul_ln10_fu_125_p2 = (zext_ln10_fu_121_p1 * step);

assign trunc_ln11_fu_112_p1 = i_0_reg_80[3:0];

assign x_fu_130_p2 = (mul_ln10_fu_125_p2 + seed);

assign zext_ln10_fu_121_p1 = i_0_reg_80;

assign zext_ln11_fu_116_p1 = trunc_ln11_fu_112_p1;

assign zext_ln8_fu_96_p1 = n;

endmodule //pipelined_loop
