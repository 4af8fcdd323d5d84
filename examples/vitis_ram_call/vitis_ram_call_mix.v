// vitis_ram_call_mix.v -- written for idetic in the style of the RTL that Vitis
// HLS emits for a non-inlined sub-function (ap_ctrl_hs, own one-hot FSM).
// C source it corresponds to (u32 = ap_uint<32>, wrap-around arithmetic):
//
//   static u32 mix(u32 a, u32 b) {
//   #pragma HLS INLINE off
//       u32 t = (a ^ b) + 0x6A09E667;
//       t = t * 0x85EBCA6B;
//       t = t ^ (t >> 13);
//       t = t * 0xC2B2AE35;
//       return t ^ (t >> 16);
//   }
//
// Five states, one cycle each: state1 samples a, b (when ap_start) and
// registers (a ^ b) + 0x6A09E667; state2..state4 one operation each; state5
// drives ap_done = ap_ready = 1 and the combinational ap_return. The caller
// keeps a and b stable while ap_start is high (its ap_start_reg).

`timescale 1 ns / 1 ps 

module vitis_ram_call_mix (
        ap_clk,
        ap_rst,
        ap_start,
        ap_done,
        ap_idle,
        ap_ready,
        a,
        b,
        ap_return
);

localparam [4:0] ap_ST_fsm_state1 = 5'd1;
localparam [4:0] ap_ST_fsm_state2 = 5'd2;
localparam [4:0] ap_ST_fsm_state3 = 5'd4;
localparam [4:0] ap_ST_fsm_state4 = 5'd8;
localparam [4:0] ap_ST_fsm_state5 = 5'd16;

input   ap_clk;
input   ap_rst;
input   ap_start;
output   ap_done;
output   ap_idle;
output   ap_ready;
input  [31:0] a;
input  [31:0] b;
output  [31:0] ap_return;

reg ap_done;
reg ap_idle;
reg ap_ready;

(* fsm_encoding = "none" *) reg   [4:0] ap_CS_fsm;
wire    ap_CS_fsm_state1;
wire   [31:0] xor_ln5_fu_62_p2;
wire   [31:0] add_ln5_fu_68_p2;
reg   [31:0] add_ln5_reg_118;
wire    ap_CS_fsm_state2;
wire   [31:0] mul_ln6_fu_74_p2;
reg   [31:0] mul_ln6_reg_123;
wire    ap_CS_fsm_state3;
wire   [18:0] lshr_ln7_fu_79_p4;
wire   [31:0] zext_ln7_fu_89_p1;
wire   [31:0] xor_ln7_fu_93_p2;
reg   [31:0] xor_ln7_reg_128;
wire    ap_CS_fsm_state4;
wire   [31:0] mul_ln8_fu_99_p2;
reg   [31:0] mul_ln8_reg_133;
wire    ap_CS_fsm_state5;
wire   [15:0] lshr_ln9_fu_104_p4;
wire   [31:0] zext_ln9_fu_113_p1;
reg   [4:0] ap_NS_fsm;

// power-on initialization
initial begin
#0 ap_CS_fsm = 5'd1;
end

always @ (posedge ap_clk) begin
    if (ap_rst == 1'b1) begin
        ap_CS_fsm <= ap_ST_fsm_state1;
    end else begin
        ap_CS_fsm <= ap_NS_fsm;
    end
end

always @ (posedge ap_clk) begin
    if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
        add_ln5_reg_118 <= add_ln5_fu_68_p2;
    end
end

always @ (posedge ap_clk) begin
    if ((1'b1 == ap_CS_fsm_state2)) begin
        mul_ln6_reg_123 <= mul_ln6_fu_74_p2;
    end
end

always @ (posedge ap_clk) begin
    if ((1'b1 == ap_CS_fsm_state3)) begin
        xor_ln7_reg_128 <= xor_ln7_fu_93_p2;
    end
end

always @ (posedge ap_clk) begin
    if ((1'b1 == ap_CS_fsm_state4)) begin
        mul_ln8_reg_133 <= mul_ln8_fu_99_p2;
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
    if ((1'b1 == ap_CS_fsm_state5)) begin
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
            ap_NS_fsm = ap_ST_fsm_state3;
        end
        ap_ST_fsm_state3 : begin
            ap_NS_fsm = ap_ST_fsm_state4;
        end
        ap_ST_fsm_state4 : begin
            ap_NS_fsm = ap_ST_fsm_state5;
        end
        ap_ST_fsm_state5 : begin
            ap_NS_fsm = ap_ST_fsm_state1;
        end
        default : begin
            ap_NS_fsm = 'bx;
        end
    endcase
end

assign add_ln5_fu_68_p2 = (xor_ln5_fu_62_p2 + 32'd1779033703);

assign ap_CS_fsm_state1 = ap_CS_fsm[32'd0];

assign ap_CS_fsm_state2 = ap_CS_fsm[32'd1];

assign ap_CS_fsm_state3 = ap_CS_fsm[32'd2];

assign ap_CS_fsm_state4 = ap_CS_fsm[32'd3];

assign ap_CS_fsm_state5 = ap_CS_fsm[32'd4];

assign ap_return = (zext_ln9_fu_113_p1 ^ mul_ln8_reg_133);

assign lshr_ln7_fu_79_p4 = {{mul_ln6_reg_123[31:13]}};

assign lshr_ln9_fu_104_p4 = {{mul_ln8_reg_133[31:16]}};

assign mul_ln6_fu_74_p2 = (add_ln5_reg_118 * 32'd2246822507);

assign mul_ln8_fu_99_p2 = (xor_ln7_reg_128 * 32'd3266489909);

assign xor_ln5_fu_62_p2 = (b ^ a);

assign xor_ln7_fu_93_p2 = (zext_ln7_fu_89_p1 ^ mul_ln6_reg_123);

assign zext_ln7_fu_89_p1 = lshr_ln7_fu_79_p4;

assign zext_ln9_fu_113_p1 = lshr_ln9_fu_104_p4;

endmodule //vitis_ram_call_mix
