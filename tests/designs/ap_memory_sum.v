// Test design: a Vitis-style kernel that reads an array OUTSIDE the design through an
// ap_memory interface (x_address0 / x_ce0 / x_q0, one-cycle read latency) and sums
// n of its words. The array is the environment's memory: idetic leaves the port alone.
module ap_memory_sum(input ap_clk, input ap_rst, input ap_start, output ap_done, output ap_idle,
                     output ap_ready, input [3:0] n, output [3:0] x_address0, output x_ce0,
                     input [15:0] x_q0, output reg [15:0] ap_return);
  localparam S_IDLE = 2'd0, S_REQ = 2'd1, S_ACC = 2'd2, S_DONE = 2'd3;
  reg [1:0] ap_CS_fsm;
  reg [3:0] i;
  assign x_address0 = i;
  assign x_ce0 = (ap_CS_fsm == S_REQ);
  assign ap_done = (ap_CS_fsm == S_DONE);
  assign ap_ready = ap_done;
  assign ap_idle = (ap_CS_fsm == S_IDLE) && !ap_start;
  always @(posedge ap_clk)
    if (ap_rst) ap_CS_fsm <= S_IDLE;
    else case (ap_CS_fsm)
      S_IDLE: if (ap_start) begin i <= 0; ap_return <= 0; ap_CS_fsm <= (n == 0) ? S_DONE : S_REQ; end
      S_REQ: ap_CS_fsm <= S_ACC;
      S_ACC: begin
        ap_return <= ap_return + x_q0;
        i <= i + 1;
        ap_CS_fsm <= (i + 1 == n) ? S_DONE : S_REQ;
      end
      S_DONE: ap_CS_fsm <= S_IDLE;
    endcase
endmodule
