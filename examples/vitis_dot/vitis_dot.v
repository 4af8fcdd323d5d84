// vitis_dot.v -- written for idetic in the style of the RTL that Vitis HLS
// emits for a non-pipelined loop with block-level protocol ap_ctrl_hs.
// C source it corresponds to:
//
//   int vitis_dot(int x, int y, ap_uint<8> n) {
//       int sum = 0;
//   LOOP: for (ap_uint<8> i = 0; i < n; i++) {
//   #pragma HLS PIPELINE off
//           sum += i * x + y;      // dot(ramp(n), x) + n*y
//       }
//       return sum;
//   }
//
// One-hot controller ap_CS_fsm (4 states, fsm_encoding="none", power-on
// initial value and synchronous active-high reset ap_rst); datapath registers
// i_reg_62, sum_reg_73 (loop phis), add_ln6_reg_146, mul_ln7_reg_151 -- not
// reset, as with Vitis's default `config_rtl -reset control`.

`timescale 1 ns / 1 ps 

module vitis_dot (
        ap_clk,
        ap_rst,
        ap_start,
        ap_done,
        ap_idle,
        ap_ready,
        x,
        y,
        n,
        ap_return
);

localparam [3:0] ap_ST_fsm_state1 = 4'd1;
localparam [3:0] ap_ST_fsm_state2 = 4'd2;
localparam [3:0] ap_ST_fsm_state3 = 4'd4;
localparam [3:0] ap_ST_fsm_state4 = 4'd8;

input   ap_clk;
input   ap_rst;
input   ap_start;
output   ap_done;
output   ap_idle;
output   ap_ready;
input  [31:0] x;
input  [31:0] y;
input  [7:0] n;
output  [31:0] ap_return;

reg ap_done;
reg ap_idle;
reg ap_ready;

(* fsm_encoding = "none" *) reg   [3:0] ap_CS_fsm;
wire    ap_CS_fsm_state1;
wire   [7:0] add_ln6_fu_98_p2;
reg   [7:0] add_ln6_reg_146;
wire    ap_CS_fsm_state2;
wire   [0:0] icmp_ln6_fu_92_p2;
wire   [31:0] mul_ln7_fu_108_p2;
reg   [31:0] mul_ln7_reg_151;
wire    ap_CS_fsm_state3;
wire   [31:0] add_ln7_fu_114_p2;
wire    ap_CS_fsm_state4;
reg   [7:0] i_reg_62;
reg   [31:0] sum_reg_73;
wire   [31:0] add_ln7_1_fu_119_p2;
reg   [3:0] ap_NS_fsm;

// power-on initialization
initial begin
#0 ap_CS_fsm = 4'd1;
end

vitis_dot_mul_32ns_8ns_32_1_1 #(
    .ID( 1 ),
    .NUM_STAGE( 1 ),
    .din0_WIDTH( 32 ),
    .din1_WIDTH( 8 ),
    .dout_WIDTH( 32 ))
mul_32ns_8ns_32_1_1_U1(
    .din0(x),
    .din1(i_reg_62),
    .dout(mul_ln7_fu_108_p2)
);

always @ (posedge ap_clk) begin
    if (ap_rst == 1'b1) begin
        ap_CS_fsm <= ap_ST_fsm_state1;
    end else begin
        ap_CS_fsm <= ap_NS_fsm;
    end
end

always @ (posedge ap_clk) begin
    if ((1'b1 == ap_CS_fsm_state4)) begin
        i_reg_62 <= add_ln6_reg_146;
    end else if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
        i_reg_62 <= 8'd0;
    end
end

always @ (posedge ap_clk) begin
    if ((1'b1 == ap_CS_fsm_state4)) begin
        sum_reg_73 <= add_ln7_1_fu_119_p2;
    end else if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
        sum_reg_73 <= 32'd0;
    end
end

always @ (posedge ap_clk) begin
    if ((1'b1 == ap_CS_fsm_state2)) begin
        add_ln6_reg_146 <= add_ln6_fu_98_p2;
    end
end

always @ (posedge ap_clk) begin
    if ((1'b1 == ap_CS_fsm_state3)) begin
        mul_ln7_reg_151 <= mul_ln7_fu_108_p2;
    end
end

always @ (*) begin
    if (((icmp_ln6_fu_92_p2 == 1'd0) & (1'b1 == ap_CS_fsm_state2))) begin
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
    if (((icmp_ln6_fu_92_p2 == 1'd0) & (1'b1 == ap_CS_fsm_state2))) begin
        ap_ready = 1'b1;
    end else begin
        ap_ready = 1'b0;
    end
end

always @ (*) begin
    case (ap_CS_fsm)
        ap_ST_fsm_state1 : begin
            if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
                ap_NS_fsm = ap_ST_fsm_state2;
            end else begin
                ap_NS_fsm = ap_ST_fsm_state1;
            end
        end
        ap_ST_fsm_state2 : begin
            if (((icmp_ln6_fu_92_p2 == 1'd0) & (1'b1 == ap_CS_fsm_state2))) begin
                ap_NS_fsm = ap_ST_fsm_state1;
            end else begin
                ap_NS_fsm = ap_ST_fsm_state3;
            end
        end
        ap_ST_fsm_state3 : begin
            ap_NS_fsm = ap_ST_fsm_state4;
        end
        ap_ST_fsm_state4 : begin
            ap_NS_fsm = ap_ST_fsm_state2;
        end
        default : begin
            ap_NS_fsm = 'bx;
        end
    endcase
end

assign add_ln6_fu_98_p2 = (i_reg_62 + 8'd1);

assign add_ln7_1_fu_119_p2 = (sum_reg_73 + add_ln7_fu_114_p2);

assign add_ln7_fu_114_p2 = (mul_ln7_reg_151 + y);

assign ap_CS_fsm_state1 = ap_CS_fsm[32'd0];

assign ap_CS_fsm_state2 = ap_CS_fsm[32'd1];

assign ap_CS_fsm_state3 = ap_CS_fsm[32'd2];

assign ap_CS_fsm_state4 = ap_CS_fsm[32'd3];

assign ap_return = sum_reg_73;

assign icmp_ln6_fu_92_p2 = ((i_reg_62 < n) ? 1'b1 : 1'b0);

endmodule //vitis_dot
