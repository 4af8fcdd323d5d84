// A valid controller + datapath design for the idetic-synth tests: sums 1..n.
// The controller is the 2-bit register `state` (IDLE, LOOP, FIN).
module summer(input clk, input rst, input start, input [7:0] n,
              output reg done, output reg [15:0] sum);
  localparam IDLE = 2'd0, LOOP = 2'd1, FIN = 2'd2;
  reg [1:0] state;
  reg [7:0] i;
  always @(posedge clk) begin
    if (rst) begin
      state <= IDLE;
      done <= 1'b0;
    end else begin
      case (state)
        IDLE: if (start) begin
          i <= n;
          sum <= 16'd0;
          done <= 1'b0;
          state <= LOOP;
        end
        LOOP: if (i == 8'd0) state <= FIN;
              else begin
                sum <= sum + i;
                i <= i - 8'd1;
              end
        FIN: begin
          done <= 1'b1;
          state <= IDLE;
        end
        default: state <= IDLE;
      endcase
    end
  end
endmodule
