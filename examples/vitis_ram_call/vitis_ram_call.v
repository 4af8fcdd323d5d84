// vitis_ram_call.v -- written for idetic in the style of the RTL that Vitis
// HLS emits for a function with a local array (bound to a RAM module) and a
// non-inlined sub-function call, block protocol ap_ctrl_hs.
// C source it corresponds to (u32 = ap_uint<32>, wrap-around arithmetic):
//
//   u32 vitis_ram_call(u32 seed, ap_uint<5> n) {
//       u32 buf[32];
//   FILL: for (ap_uint<6> i = 0; i < n; i++) {
//   #pragma HLS PIPELINE off
//           buf[i] = seed ^ (i * 0x9E3779B9);
//       }
//       u32 acc = mix(seed, n);                 // vitis_ram_call_mix.v
//   ACC: for (ap_uint<6> i = 0; i < n; i++) {
//   #pragma HLS PIPELINE off
//           acc = mix(acc, buf[i]);
//       }
//       return acc;
//   }
//
// One-hot controller ap_CS_fsm (7 states, fsm_encoding="none", power-on
// initial value and synchronous active-high reset ap_rst). Both calls share
// one instance grp_mix_fu_98, started through grp_mix_fu_98_ap_start_reg
// (set in the state before the call, cleared by the callee's ap_ready); the
// arguments are multiplexed by state. `buf` lives in buf_U
// (vitis_ram_call_buf_RAM_AUTO_1R1W, 1-cycle read latency: the load issued in
// state5 is registered from buf_q0 in state6). ap_return is combinational in
// the ap_done cycle and held in ap_return_preg afterwards. Datapath registers
// (i_fu_62, i_1_fu_66, acc_fu_70, buf_load_reg_210) are not reset, as with
// Vitis's default `config_rtl -reset control`.

`timescale 1 ns / 1 ps 

module vitis_ram_call (
        ap_clk,
        ap_rst,
        ap_start,
        ap_done,
        ap_idle,
        ap_ready,
        seed,
        n,
        ap_return
);

localparam [6:0] ap_ST_fsm_state1 = 7'd1;
localparam [6:0] ap_ST_fsm_state2 = 7'd2;
localparam [6:0] ap_ST_fsm_state3 = 7'd4;
localparam [6:0] ap_ST_fsm_state4 = 7'd8;
localparam [6:0] ap_ST_fsm_state5 = 7'd16;
localparam [6:0] ap_ST_fsm_state6 = 7'd32;
localparam [6:0] ap_ST_fsm_state7 = 7'd64;

input   ap_clk;
input   ap_rst;
input   ap_start;
output   ap_done;
output   ap_idle;
output   ap_ready;
input  [31:0] seed;
input  [4:0] n;
output  [31:0] ap_return;

reg ap_done;
reg ap_idle;
reg ap_ready;
reg[31:0] ap_return;

(* fsm_encoding = "none" *) reg   [6:0] ap_CS_fsm;
wire    ap_CS_fsm_state1;
reg   [4:0] buf_address0;
reg    buf_ce0;
reg    buf_we0;
wire   [31:0] buf_q0;
wire    ap_CS_fsm_state2;
wire   [5:0] zext_ln12_fu_138_p1;
wire   [0:0] icmp_ln12_fu_142_p2;
wire   [5:0] add_ln12_fu_148_p2;
wire   [63:0] zext_ln13_fu_154_p1;
wire   [31:0] zext_ln13_1_fu_158_p1;
wire   [31:0] mul_ln13_fu_162_p2;
wire   [31:0] xor_ln13_fu_168_p2;
wire    ap_CS_fsm_state3;
wire    ap_CS_fsm_state4;
wire    ap_block_state4_on_subcall_done;
wire    ap_CS_fsm_state5;
wire   [0:0] icmp_ln17_fu_176_p2;
wire   [5:0] add_ln17_fu_182_p2;
wire   [63:0] zext_ln18_fu_188_p1;
wire    ap_CS_fsm_state6;
reg   [31:0] buf_load_reg_210;
wire    ap_CS_fsm_state7;
wire    ap_block_state7_on_subcall_done;
wire   [31:0] zext_ln16_fu_193_p1;
wire    grp_mix_fu_98_ap_start;
wire    grp_mix_fu_98_ap_done;
wire    grp_mix_fu_98_ap_idle;
wire    grp_mix_fu_98_ap_ready;
reg   [31:0] grp_mix_fu_98_a;
reg   [31:0] grp_mix_fu_98_b;
wire   [31:0] grp_mix_fu_98_ap_return;
reg    grp_mix_fu_98_ap_start_reg;
reg   [5:0] i_fu_62;
reg   [5:0] i_1_fu_66;
reg   [31:0] acc_fu_70;
reg   [31:0] ap_return_preg;
reg   [6:0] ap_NS_fsm;

// power-on initialization
initial begin
#0 ap_CS_fsm = 7'd1;
#0 grp_mix_fu_98_ap_start_reg = 1'b0;
#0 ap_return_preg = 32'd0;
end

vitis_ram_call_buf_RAM_AUTO_1R1W #(
    .DataWidth( 32 ),
    .AddressWidth( 5 ),
    .AddressRange( 32 ))
buf_U(
    .clk(ap_clk),
    .reset(ap_rst),
    .address0(buf_address0),
    .ce0(buf_ce0),
    .we0(buf_we0),
    .d0(xor_ln13_fu_168_p2),
    .q0(buf_q0)
);

vitis_ram_call_mix grp_mix_fu_98(
    .ap_clk(ap_clk),
    .ap_rst(ap_rst),
    .ap_start(grp_mix_fu_98_ap_start),
    .ap_done(grp_mix_fu_98_ap_done),
    .ap_idle(grp_mix_fu_98_ap_idle),
    .ap_ready(grp_mix_fu_98_ap_ready),
    .a(grp_mix_fu_98_a),
    .b(grp_mix_fu_98_b),
    .ap_return(grp_mix_fu_98_ap_return)
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
        ap_return_preg <= 32'd0;
    end else begin
        if (((icmp_ln17_fu_176_p2 == 1'd0) & (1'b1 == ap_CS_fsm_state5))) begin
            ap_return_preg <= acc_fu_70;
        end
    end
end

always @ (posedge ap_clk) begin
    if (ap_rst == 1'b1) begin
        grp_mix_fu_98_ap_start_reg <= 1'b0;
    end else begin
        if (((1'b1 == ap_CS_fsm_state6) | (1'b1 == ap_CS_fsm_state3))) begin
            grp_mix_fu_98_ap_start_reg <= 1'b1;
        end else if ((grp_mix_fu_98_ap_ready == 1'b1)) begin
            grp_mix_fu_98_ap_start_reg <= 1'b0;
        end
    end
end

always @ (posedge ap_clk) begin
    if ((((1'b0 == ap_block_state7_on_subcall_done) & (1'b1 == ap_CS_fsm_state7)) | ((1'b0 == ap_block_state4_on_subcall_done) & (1'b1 == ap_CS_fsm_state4)))) begin
        acc_fu_70 <= grp_mix_fu_98_ap_return;
    end
end

always @ (posedge ap_clk) begin
    if (((icmp_ln12_fu_142_p2 == 1'd1) & (1'b1 == ap_CS_fsm_state2))) begin
        i_fu_62 <= add_ln12_fu_148_p2;
    end else if (((ap_start == 1'b1) & (1'b1 == ap_CS_fsm_state1))) begin
        i_fu_62 <= 6'd0;
    end
end

always @ (posedge ap_clk) begin
    if (((icmp_ln17_fu_176_p2 == 1'd1) & (1'b1 == ap_CS_fsm_state5))) begin
        i_1_fu_66 <= add_ln17_fu_182_p2;
    end else if ((1'b1 == ap_CS_fsm_state3)) begin
        i_1_fu_66 <= 6'd0;
    end
end

always @ (posedge ap_clk) begin
    if ((1'b1 == ap_CS_fsm_state6)) begin
        buf_load_reg_210 <= buf_q0;
    end
end

always @ (*) begin
    if (((icmp_ln17_fu_176_p2 == 1'd0) & (1'b1 == ap_CS_fsm_state5))) begin
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
    if (((icmp_ln17_fu_176_p2 == 1'd0) & (1'b1 == ap_CS_fsm_state5))) begin
        ap_ready = 1'b1;
    end else begin
        ap_ready = 1'b0;
    end
end

always @ (*) begin
    if (((icmp_ln17_fu_176_p2 == 1'd0) & (1'b1 == ap_CS_fsm_state5))) begin
        ap_return = acc_fu_70;
    end else begin
        ap_return = ap_return_preg;
    end
end

always @ (*) begin
    if ((1'b1 == ap_CS_fsm_state5)) begin
        buf_address0 = zext_ln18_fu_188_p1;
    end else if ((1'b1 == ap_CS_fsm_state2)) begin
        buf_address0 = zext_ln13_fu_154_p1;
    end else begin
        buf_address0 = 'bx;
    end
end

always @ (*) begin
    if ((((icmp_ln17_fu_176_p2 == 1'd1) & (1'b1 == ap_CS_fsm_state5)) | ((icmp_ln12_fu_142_p2 == 1'd1) & (1'b1 == ap_CS_fsm_state2)))) begin
        buf_ce0 = 1'b1;
    end else begin
        buf_ce0 = 1'b0;
    end
end

always @ (*) begin
    if (((icmp_ln12_fu_142_p2 == 1'd1) & (1'b1 == ap_CS_fsm_state2))) begin
        buf_we0 = 1'b1;
    end else begin
        buf_we0 = 1'b0;
    end
end

always @ (*) begin
    if ((1'b1 == ap_CS_fsm_state7)) begin
        grp_mix_fu_98_a = acc_fu_70;
    end else if ((1'b1 == ap_CS_fsm_state4)) begin
        grp_mix_fu_98_a = seed;
    end else begin
        grp_mix_fu_98_a = 'bx;
    end
end

always @ (*) begin
    if ((1'b1 == ap_CS_fsm_state7)) begin
        grp_mix_fu_98_b = buf_load_reg_210;
    end else if ((1'b1 == ap_CS_fsm_state4)) begin
        grp_mix_fu_98_b = zext_ln16_fu_193_p1;
    end else begin
        grp_mix_fu_98_b = 'bx;
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
            if (((icmp_ln12_fu_142_p2 == 1'd0) & (1'b1 == ap_CS_fsm_state2))) begin
                ap_NS_fsm = ap_ST_fsm_state3;
            end else begin
                ap_NS_fsm = ap_ST_fsm_state2;
            end
        end
        ap_ST_fsm_state3 : begin
            ap_NS_fsm = ap_ST_fsm_state4;
        end
        ap_ST_fsm_state4 : begin
            if (((1'b0 == ap_block_state4_on_subcall_done) & (1'b1 == ap_CS_fsm_state4))) begin
                ap_NS_fsm = ap_ST_fsm_state5;
            end else begin
                ap_NS_fsm = ap_ST_fsm_state4;
            end
        end
        ap_ST_fsm_state5 : begin
            if (((icmp_ln17_fu_176_p2 == 1'd0) & (1'b1 == ap_CS_fsm_state5))) begin
                ap_NS_fsm = ap_ST_fsm_state1;
            end else begin
                ap_NS_fsm = ap_ST_fsm_state6;
            end
        end
        ap_ST_fsm_state6 : begin
            ap_NS_fsm = ap_ST_fsm_state7;
        end
        ap_ST_fsm_state7 : begin
            if (((1'b0 == ap_block_state7_on_subcall_done) & (1'b1 == ap_CS_fsm_state7))) begin
                ap_NS_fsm = ap_ST_fsm_state5;
            end else begin
                ap_NS_fsm = ap_ST_fsm_state7;
            end
        end
        default : begin
            ap_NS_fsm = 'bx;
        end
    endcase
end

assign add_ln12_fu_148_p2 = (i_fu_62 + 6'd1);

assign add_ln17_fu_182_p2 = (i_1_fu_66 + 6'd1);

assign ap_CS_fsm_state1 = ap_CS_fsm[32'd0];

assign ap_CS_fsm_state2 = ap_CS_fsm[32'd1];

assign ap_CS_fsm_state3 = ap_CS_fsm[32'd2];

assign ap_CS_fsm_state4 = ap_CS_fsm[32'd3];

assign ap_CS_fsm_state5 = ap_CS_fsm[32'd4];

assign ap_CS_fsm_state6 = ap_CS_fsm[32'd5];

assign ap_CS_fsm_state7 = ap_CS_fsm[32'd6];

assign ap_block_state4_on_subcall_done = (grp_mix_fu_98_ap_done == 1'b0);

assign ap_block_state7_on_subcall_done = (grp_mix_fu_98_ap_done == 1'b0);

assign grp_mix_fu_98_ap_start = grp_mix_fu_98_ap_start_reg;

assign icmp_ln12_fu_142_p2 = ((i_fu_62 < zext_ln12_fu_138_p1) ? 1'b1 : 1'b0);

assign icmp_ln17_fu_176_p2 = ((i_1_fu_66 < zext_ln12_fu_138_p1) ? 1'b1 : 1'b0);

assign mul_ln13_fu_162_p2 = (zext_ln13_1_fu_158_p1 * 32'd2654435769);

assign xor_ln13_fu_168_p2 = (mul_ln13_fu_162_p2 ^ seed);

assign zext_ln12_fu_138_p1 = n;

assign zext_ln13_1_fu_158_p1 = i_fu_62;

assign zext_ln13_fu_154_p1 = i_fu_62;

assign zext_ln16_fu_193_p1 = n;

assign zext_ln18_fu_188_p1 = i_1_fu_66;

endmodule //vitis_ram_call
