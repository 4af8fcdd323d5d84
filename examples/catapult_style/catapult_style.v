// catapult_style.v -- written for idetic in the style of the concatenated RTL
// (concat_rtl.v) that Catapult HLS emits for a block with ac_channel I/O:
// a top module, a `_core` module holding the datapath, a `_core_fsm` module
// (state_var / state_var_NS, one-hot `fsm_output`, states main_C_0,
// while_C_0, ...), a `_core_staller` producing the global enable `core_wen`,
// and one `_rsci` wrapper per channel built from a ccs_in_wait_v1 /
// ccs_out_wait_v1 interface component plus its `_wait_ctrl` / `_wait_dp`
// modules. Every register has the ASYNCHRONOUS ACTIVE-LOW reset arst_n
// (Catapult's default: all registers reset). Helper functions MUX_v_*,
// conv_u2u_* as Catapult emits them. All bodies written here from scratch.
//
// C++ source it corresponds to:
//
//   #pragma hls_design top
//   void popcnt_sum(ac_channel<ac_int<32,false> > &din,
//                   ac_channel<ac_int<32,false> > &dout) {
//     ac_int<32,false> rot = din.read();
//     ac_int<9,false> sum = 0;
//   for:
//     for (ac_int<4,false> k = 0; k < 8; k++) {      // one rotation per cycle
//       rot = (rot << 1) | (rot >> 31);              // rot = rotl(word, k+1)
//       sum += rot.popcount();                       // unrolled inner loop
//     }
//     dout.write(sum);
//   }
//
// i.e. dout = sum_{k=1..8} popcount(rotl(din, k)).

// ------------------------------------------------------------------
//  Design Unit:    ccs_in_wait_v1
//  Input channel interface: valid/ready handshake, data passed through.
// ------------------------------------------------------------------
module ccs_in_wait_v1 (idat, rdy, ivld, dat, irdy, vld);
  parameter integer rscid = 1;
  parameter integer width = 8;

  output [width-1:0] idat;
  output             rdy;
  output             ivld;
  input  [width-1:0] dat;
  input              irdy;
  input              vld;

  assign idat = dat;
  assign rdy  = irdy;
  assign ivld = vld;
endmodule

// ------------------------------------------------------------------
//  Design Unit:    ccs_out_wait_v1
//  Output channel interface: valid/ready handshake, data passed through.
// ------------------------------------------------------------------
module ccs_out_wait_v1 (dat, irdy, vld, idat, rdy, ivld);
  parameter integer rscid = 1;
  parameter integer width = 8;

  output [width-1:0] dat;
  output             irdy;
  output             vld;
  input  [width-1:0] idat;
  input              rdy;
  input              ivld;

  assign dat  = idat;
  assign irdy = rdy;
  assign vld  = ivld;
endmodule

// ------------------------------------------------------------------
//  Design Unit:    popcnt_sum_core_core_fsm
//  FSM Module
// ------------------------------------------------------------------
module popcnt_sum_core_core_fsm (
  clk, arst_n, core_wen, fsm_output, for_C_0_tr0
);
  input clk;
  input arst_n;
  input core_wen;
  output [3:0] fsm_output;
  reg [3:0] fsm_output;
  input for_C_0_tr0;

  // FSM State Type Declaration for popcnt_sum_core_core_fsm_1
  localparam
    main_C_0 = 2'd0,
    while_C_0 = 2'd1,
    for_C_0 = 2'd2,
    while_C_1 = 2'd3;

  reg [1:0] state_var;
  reg [1:0] state_var_NS;

  // Interconnect Declarations for Component Instantiations
  always @(*)
  begin : popcnt_sum_core_core_fsm_1
    case (state_var)
      while_C_0 : begin
        fsm_output = 4'b0010;
        state_var_NS = for_C_0;
      end
      for_C_0 : begin
        fsm_output = 4'b0100;
        if ( for_C_0_tr0 ) begin
          state_var_NS = while_C_1;
        end
        else begin
          state_var_NS = for_C_0;
        end
      end
      while_C_1 : begin
        fsm_output = 4'b1000;
        state_var_NS = while_C_0;
      end
      // main_C_0
      default : begin
        fsm_output = 4'b0001;
        state_var_NS = while_C_0;
      end
    endcase
  end

  always @(posedge clk or negedge arst_n) begin
    if ( ~ arst_n ) begin
      state_var <= main_C_0;
    end
    else if ( core_wen ) begin
      state_var <= state_var_NS;
    end
  end

endmodule

// ------------------------------------------------------------------
//  Design Unit:    popcnt_sum_core_staller
// ------------------------------------------------------------------
module popcnt_sum_core_staller (
  clk, arst_n, core_wen, core_wten, din_rsci_wen_comp, dout_rsci_wen_comp
);
  input clk;
  input arst_n;
  output core_wen;
  output core_wten;
  input din_rsci_wen_comp;
  input dout_rsci_wen_comp;

  // Interconnect Declarations
  reg core_wten_reg;

  // Interconnect Declarations for Component Instantiations
  assign core_wen = din_rsci_wen_comp & dout_rsci_wen_comp;
  assign core_wten = core_wten_reg;
  always @(posedge clk or negedge arst_n) begin
    if ( ~ arst_n ) begin
      core_wten_reg <= 1'b0;
    end
    else begin
      core_wten_reg <= ~ core_wen;
    end
  end
endmodule

// ------------------------------------------------------------------
//  Design Unit:    popcnt_sum_core_din_rsci_din_wait_ctrl
// ------------------------------------------------------------------
module popcnt_sum_core_din_rsci_din_wait_ctrl (
  core_wen, din_rsci_oswt, din_rsci_biwt, din_rsci_bdwt, din_rsci_bcwt,
      din_rsci_irdy_core_sct, din_rsci_ivld
);
  input core_wen;
  input din_rsci_oswt;
  output din_rsci_biwt;
  output din_rsci_bdwt;
  input din_rsci_bcwt;
  output din_rsci_irdy_core_sct;
  input din_rsci_ivld;

  // Interconnect Declarations for Component Instantiations
  assign din_rsci_bdwt = din_rsci_oswt & core_wen;
  assign din_rsci_biwt = din_rsci_irdy_core_sct & din_rsci_ivld;
  assign din_rsci_irdy_core_sct = din_rsci_oswt & (~ din_rsci_bcwt);
endmodule

// ------------------------------------------------------------------
//  Design Unit:    popcnt_sum_core_din_rsci_din_wait_dp
// ------------------------------------------------------------------
module popcnt_sum_core_din_rsci_din_wait_dp (
  clk, arst_n, din_rsci_oswt, din_rsci_wen_comp, din_rsci_idat_mxwt, din_rsci_biwt,
      din_rsci_bdwt, din_rsci_bcwt, din_rsci_idat
);
  input clk;
  input arst_n;
  input din_rsci_oswt;
  output din_rsci_wen_comp;
  output [31:0] din_rsci_idat_mxwt;
  input din_rsci_biwt;
  input din_rsci_bdwt;
  output din_rsci_bcwt;
  reg din_rsci_bcwt;
  input [31:0] din_rsci_idat;

  // Interconnect Declarations
  reg [31:0] din_rsci_idat_bfwt;

  // Interconnect Declarations for Component Instantiations
  assign din_rsci_wen_comp = (~ din_rsci_oswt) | din_rsci_biwt | din_rsci_bcwt;
  assign din_rsci_idat_mxwt = MUX_v_32_2_2(din_rsci_idat, din_rsci_idat_bfwt, din_rsci_bcwt);
  always @(posedge clk or negedge arst_n) begin
    if ( ~ arst_n ) begin
      din_rsci_bcwt <= 1'b0;
    end
    else begin
      din_rsci_bcwt <= ~((~(din_rsci_bcwt | din_rsci_biwt)) | din_rsci_bdwt);
    end
  end
  always @(posedge clk or negedge arst_n) begin
    if ( ~ arst_n ) begin
      din_rsci_idat_bfwt <= 32'b00000000000000000000000000000000;
    end
    else if ( din_rsci_biwt ) begin
      din_rsci_idat_bfwt <= din_rsci_idat;
    end
  end

  function automatic [31:0] MUX_v_32_2_2;
    input [31:0] input_0;
    input [31:0] input_1;
    input  sel;
    reg [31:0] result;
  begin
    case (sel)
      1'b0 : begin
        result = input_0;
      end
      default : begin
        result = input_1;
      end
    endcase
    MUX_v_32_2_2 = result;
  end
  endfunction

endmodule

// ------------------------------------------------------------------
//  Design Unit:    popcnt_sum_core_dout_rsci_dout_wait_ctrl
// ------------------------------------------------------------------
module popcnt_sum_core_dout_rsci_dout_wait_ctrl (
  core_wen, dout_rsci_oswt, dout_rsci_irdy, dout_rsci_biwt, dout_rsci_bdwt, dout_rsci_bcwt,
      dout_rsci_ivld_core_sct
);
  input core_wen;
  input dout_rsci_oswt;
  input dout_rsci_irdy;
  output dout_rsci_biwt;
  output dout_rsci_bdwt;
  input dout_rsci_bcwt;
  output dout_rsci_ivld_core_sct;

  // Interconnect Declarations for Component Instantiations
  assign dout_rsci_bdwt = dout_rsci_oswt & core_wen;
  assign dout_rsci_biwt = dout_rsci_ivld_core_sct & dout_rsci_irdy;
  assign dout_rsci_ivld_core_sct = dout_rsci_oswt & (~ dout_rsci_bcwt);
endmodule

// ------------------------------------------------------------------
//  Design Unit:    popcnt_sum_core_dout_rsci_dout_wait_dp
// ------------------------------------------------------------------
module popcnt_sum_core_dout_rsci_dout_wait_dp (
  clk, arst_n, dout_rsci_oswt, dout_rsci_wen_comp, dout_rsci_biwt, dout_rsci_bdwt,
      dout_rsci_bcwt
);
  input clk;
  input arst_n;
  input dout_rsci_oswt;
  output dout_rsci_wen_comp;
  input dout_rsci_biwt;
  input dout_rsci_bdwt;
  output dout_rsci_bcwt;
  reg dout_rsci_bcwt;

  // Interconnect Declarations for Component Instantiations
  assign dout_rsci_wen_comp = (~ dout_rsci_oswt) | dout_rsci_biwt | dout_rsci_bcwt;
  always @(posedge clk or negedge arst_n) begin
    if ( ~ arst_n ) begin
      dout_rsci_bcwt <= 1'b0;
    end
    else begin
      dout_rsci_bcwt <= ~((~(dout_rsci_bcwt | dout_rsci_biwt)) | dout_rsci_bdwt);
    end
  end
endmodule

// ------------------------------------------------------------------
//  Design Unit:    popcnt_sum_core_din_rsci
// ------------------------------------------------------------------
module popcnt_sum_core_din_rsci (
  clk, arst_n, din_rsc_dat, din_rsc_vld, din_rsc_rdy, core_wen, din_rsci_oswt, din_rsci_wen_comp,
      din_rsci_idat_mxwt
);
  input clk;
  input arst_n;
  input [31:0] din_rsc_dat;
  input din_rsc_vld;
  output din_rsc_rdy;
  input core_wen;
  input din_rsci_oswt;
  output din_rsci_wen_comp;
  output [31:0] din_rsci_idat_mxwt;

  // Interconnect Declarations
  wire din_rsci_biwt;
  wire din_rsci_bdwt;
  wire din_rsci_bcwt;
  wire din_rsci_irdy_core_sct;
  wire din_rsci_ivld;
  wire [31:0] din_rsci_idat;

  // Interconnect Declarations for Component Instantiations
  ccs_in_wait_v1 #(.rscid(32'sd1),
  .width(32'sd32)) din_rsci (
      .rdy(din_rsc_rdy),
      .vld(din_rsc_vld),
      .dat(din_rsc_dat),
      .irdy(din_rsci_irdy_core_sct),
      .ivld(din_rsci_ivld),
      .idat(din_rsci_idat)
    );
  popcnt_sum_core_din_rsci_din_wait_ctrl popcnt_sum_core_din_rsci_din_wait_ctrl_inst (
      .core_wen(core_wen),
      .din_rsci_oswt(din_rsci_oswt),
      .din_rsci_biwt(din_rsci_biwt),
      .din_rsci_bdwt(din_rsci_bdwt),
      .din_rsci_bcwt(din_rsci_bcwt),
      .din_rsci_irdy_core_sct(din_rsci_irdy_core_sct),
      .din_rsci_ivld(din_rsci_ivld)
    );
  popcnt_sum_core_din_rsci_din_wait_dp popcnt_sum_core_din_rsci_din_wait_dp_inst (
      .clk(clk),
      .arst_n(arst_n),
      .din_rsci_oswt(din_rsci_oswt),
      .din_rsci_wen_comp(din_rsci_wen_comp),
      .din_rsci_idat_mxwt(din_rsci_idat_mxwt),
      .din_rsci_biwt(din_rsci_biwt),
      .din_rsci_bdwt(din_rsci_bdwt),
      .din_rsci_bcwt(din_rsci_bcwt),
      .din_rsci_idat(din_rsci_idat)
    );
endmodule

// ------------------------------------------------------------------
//  Design Unit:    popcnt_sum_core_dout_rsci
// ------------------------------------------------------------------
module popcnt_sum_core_dout_rsci (
  clk, arst_n, dout_rsc_dat, dout_rsc_vld, dout_rsc_rdy, core_wen, dout_rsci_oswt,
      dout_rsci_wen_comp, dout_rsci_idat
);
  input clk;
  input arst_n;
  output [31:0] dout_rsc_dat;
  output dout_rsc_vld;
  input dout_rsc_rdy;
  input core_wen;
  input dout_rsci_oswt;
  output dout_rsci_wen_comp;
  input [31:0] dout_rsci_idat;

  // Interconnect Declarations
  wire dout_rsci_irdy;
  wire dout_rsci_biwt;
  wire dout_rsci_bdwt;
  wire dout_rsci_bcwt;
  wire dout_rsci_ivld_core_sct;

  // Interconnect Declarations for Component Instantiations
  ccs_out_wait_v1 #(.rscid(32'sd2),
  .width(32'sd32)) dout_rsci (
      .irdy(dout_rsci_irdy),
      .ivld(dout_rsci_ivld_core_sct),
      .idat(dout_rsci_idat),
      .rdy(dout_rsc_rdy),
      .vld(dout_rsc_vld),
      .dat(dout_rsc_dat)
    );
  popcnt_sum_core_dout_rsci_dout_wait_ctrl popcnt_sum_core_dout_rsci_dout_wait_ctrl_inst (
      .core_wen(core_wen),
      .dout_rsci_oswt(dout_rsci_oswt),
      .dout_rsci_irdy(dout_rsci_irdy),
      .dout_rsci_biwt(dout_rsci_biwt),
      .dout_rsci_bdwt(dout_rsci_bdwt),
      .dout_rsci_bcwt(dout_rsci_bcwt),
      .dout_rsci_ivld_core_sct(dout_rsci_ivld_core_sct)
    );
  popcnt_sum_core_dout_rsci_dout_wait_dp popcnt_sum_core_dout_rsci_dout_wait_dp_inst (
      .clk(clk),
      .arst_n(arst_n),
      .dout_rsci_oswt(dout_rsci_oswt),
      .dout_rsci_wen_comp(dout_rsci_wen_comp),
      .dout_rsci_biwt(dout_rsci_biwt),
      .dout_rsci_bdwt(dout_rsci_bdwt),
      .dout_rsci_bcwt(dout_rsci_bcwt)
    );
endmodule

// ------------------------------------------------------------------
//  Design Unit:    popcnt_sum_core
// ------------------------------------------------------------------
module popcnt_sum_core (
  clk, arst_n, din_rsc_dat, din_rsc_vld, din_rsc_rdy, dout_rsc_dat, dout_rsc_vld, dout_rsc_rdy
);
  input clk;
  input arst_n;
  input [31:0] din_rsc_dat;
  input din_rsc_vld;
  output din_rsc_rdy;
  output [31:0] dout_rsc_dat;
  output dout_rsc_vld;
  input dout_rsc_rdy;

  // Interconnect Declarations
  wire core_wen;
  wire din_rsci_wen_comp;
  wire [31:0] din_rsci_idat_mxwt;
  wire core_wten;
  wire dout_rsci_wen_comp;
  reg [8:0] dout_rsci_idat_8_0;
  wire [3:0] fsm_output;
  wire [4:0] for_acc_1_tmp;
  wire [5:0] for_for_acc_tmp;
  reg [31:0] rot_sva;
  reg [8:0] sum_sva;
  reg [3:0] for_k_3_0_sva;
  wire [31:0] rot_sva_1;
  wire [8:0] sum_sva_2;
  wire for_C_0_tr0;

  // Interconnect Declarations for Component Instantiations
  wire [31:0] nl_popcnt_sum_core_dout_rsci_inst_dout_rsci_idat;
  assign nl_popcnt_sum_core_dout_rsci_inst_dout_rsci_idat = {23'b00000000000000000000000 ,
      dout_rsci_idat_8_0};
  popcnt_sum_core_din_rsci popcnt_sum_core_din_rsci_inst (
      .clk(clk),
      .arst_n(arst_n),
      .din_rsc_dat(din_rsc_dat),
      .din_rsc_vld(din_rsc_vld),
      .din_rsc_rdy(din_rsc_rdy),
      .core_wen(core_wen),
      .din_rsci_oswt(fsm_output[1]),
      .din_rsci_wen_comp(din_rsci_wen_comp),
      .din_rsci_idat_mxwt(din_rsci_idat_mxwt)
    );
  popcnt_sum_core_dout_rsci popcnt_sum_core_dout_rsci_inst (
      .clk(clk),
      .arst_n(arst_n),
      .dout_rsc_dat(dout_rsc_dat),
      .dout_rsc_vld(dout_rsc_vld),
      .dout_rsc_rdy(dout_rsc_rdy),
      .core_wen(core_wen),
      .dout_rsci_oswt(fsm_output[3]),
      .dout_rsci_wen_comp(dout_rsci_wen_comp),
      .dout_rsci_idat(nl_popcnt_sum_core_dout_rsci_inst_dout_rsci_idat)
    );
  popcnt_sum_core_staller popcnt_sum_core_staller_inst (
      .clk(clk),
      .arst_n(arst_n),
      .core_wen(core_wen),
      .core_wten(core_wten),
      .din_rsci_wen_comp(din_rsci_wen_comp),
      .dout_rsci_wen_comp(dout_rsci_wen_comp)
    );
  popcnt_sum_core_core_fsm popcnt_sum_core_core_fsm_inst (
      .clk(clk),
      .arst_n(arst_n),
      .core_wen(core_wen),
      .fsm_output(fsm_output),
      .for_C_0_tr0(for_C_0_tr0)
    );

  assign rot_sva_1 = {(rot_sva[30:0]) , (rot_sva[31])};
  assign for_for_acc_tmp = conv_u2u_4_6(for_for_pcnt_4(rot_sva_1[3:0])) + conv_u2u_4_6(for_for_pcnt_4(rot_sva_1[7:4]))
      + conv_u2u_4_6(for_for_pcnt_4(rot_sva_1[11:8])) + conv_u2u_4_6(for_for_pcnt_4(rot_sva_1[15:12]))
      + conv_u2u_4_6(for_for_pcnt_4(rot_sva_1[19:16])) + conv_u2u_4_6(for_for_pcnt_4(rot_sva_1[23:20]))
      + conv_u2u_4_6(for_for_pcnt_4(rot_sva_1[27:24])) + conv_u2u_4_6(for_for_pcnt_4(rot_sva_1[31:28]));
  assign sum_sva_2 = sum_sva + conv_u2u_6_9(for_for_acc_tmp);
  assign for_acc_1_tmp = conv_u2u_4_5(for_k_3_0_sva) + 5'b00001;
  assign for_C_0_tr0 = for_acc_1_tmp[3];

  always @(posedge clk or negedge arst_n) begin
    if ( ~ arst_n ) begin
      rot_sva <= 32'b00000000000000000000000000000000;
    end
    else if ( core_wen & ((fsm_output[1]) | (fsm_output[2])) ) begin
      rot_sva <= MUX_v_32_2_2(din_rsci_idat_mxwt, rot_sva_1, fsm_output[2]);
    end
  end
  always @(posedge clk or negedge arst_n) begin
    if ( ~ arst_n ) begin
      sum_sva <= 9'b000000000;
    end
    else if ( core_wen & ((fsm_output[1]) | (fsm_output[2])) ) begin
      sum_sva <= MUX_v_9_2_2(9'b000000000, sum_sva_2, fsm_output[2]);
    end
  end
  always @(posedge clk or negedge arst_n) begin
    if ( ~ arst_n ) begin
      for_k_3_0_sva <= 4'b0000;
    end
    else if ( core_wen & ((fsm_output[1]) | (fsm_output[2])) ) begin
      for_k_3_0_sva <= MUX_v_4_2_2(4'b0000, (for_acc_1_tmp[3:0]), fsm_output[2]);
    end
  end
  always @(posedge clk or negedge arst_n) begin
    if ( ~ arst_n ) begin
      dout_rsci_idat_8_0 <= 9'b000000000;
    end
    else if ( core_wen & (fsm_output[2]) & for_C_0_tr0 ) begin
      dout_rsci_idat_8_0 <= sum_sva_2;
    end
  end

  function automatic [3:0] MUX_v_4_2_2;
    input [3:0] input_0;
    input [3:0] input_1;
    input  sel;
    reg [3:0] result;
  begin
    case (sel)
      1'b0 : begin
        result = input_0;
      end
      default : begin
        result = input_1;
      end
    endcase
    MUX_v_4_2_2 = result;
  end
  endfunction


  function automatic [8:0] MUX_v_9_2_2;
    input [8:0] input_0;
    input [8:0] input_1;
    input  sel;
    reg [8:0] result;
  begin
    case (sel)
      1'b0 : begin
        result = input_0;
      end
      default : begin
        result = input_1;
      end
    endcase
    MUX_v_9_2_2 = result;
  end
  endfunction


  function automatic [31:0] MUX_v_32_2_2;
    input [31:0] input_0;
    input [31:0] input_1;
    input  sel;
    reg [31:0] result;
  begin
    case (sel)
      1'b0 : begin
        result = input_0;
      end
      default : begin
        result = input_1;
      end
    endcase
    MUX_v_32_2_2 = result;
  end
  endfunction


  // popcount of one nibble (the unrolled inner loop `for_for`, 4 bits at a time)
  function automatic [3:0] for_for_pcnt_4;
    input [3:0] vector;
  begin
    for_for_pcnt_4 = {3'b000, vector[0]} + {3'b000, vector[1]} + {3'b000, vector[2]}
        + {3'b000, vector[3]};
  end
  endfunction


  function automatic [4:0] conv_u2u_4_5 ;
    input [3:0]  vector ;
  begin
    conv_u2u_4_5 = {1'b0, vector};
  end
  endfunction


  function automatic [5:0] conv_u2u_4_6 ;
    input [3:0]  vector ;
  begin
    conv_u2u_4_6 = {{2{1'b0}}, vector};
  end
  endfunction


  function automatic [8:0] conv_u2u_6_9 ;
    input [5:0]  vector ;
  begin
    conv_u2u_6_9 = {{3{1'b0}}, vector};
  end
  endfunction

endmodule

// ------------------------------------------------------------------
//  Design Unit:    popcnt_sum
// ------------------------------------------------------------------
module popcnt_sum (
  clk, arst_n, din_rsc_dat, din_rsc_vld, din_rsc_rdy, dout_rsc_dat, dout_rsc_vld, dout_rsc_rdy
);
  input clk;
  input arst_n;
  input [31:0] din_rsc_dat;
  input din_rsc_vld;
  output din_rsc_rdy;
  output [31:0] dout_rsc_dat;
  output dout_rsc_vld;
  input dout_rsc_rdy;

  // Interconnect Declarations for Component Instantiations
  popcnt_sum_core popcnt_sum_core_inst (
      .clk(clk),
      .arst_n(arst_n),
      .din_rsc_dat(din_rsc_dat),
      .din_rsc_vld(din_rsc_vld),
      .din_rsc_rdy(din_rsc_rdy),
      .dout_rsc_dat(dout_rsc_dat),
      .dout_rsc_vld(dout_rsc_vld),
      .dout_rsc_rdy(dout_rsc_rdy)
    );
endmodule
