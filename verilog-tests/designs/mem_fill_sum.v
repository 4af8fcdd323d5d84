// Test design: a RAM (buf0, 8 x 16) filled in one loop and read in the next, and a
// ROM (coef, 8 x 16, initial contents) read beside it; start/done handshake.
module memtop(input clk, input rst, input start, input [7:0] seed, output reg done, output reg [15:0] sum);
  reg [15:0] buf0 [0:7];
  reg [15:0] coef [0:7];
  initial begin coef[0]=1; coef[1]=2; coef[2]=3; coef[3]=5; coef[4]=7; coef[5]=11; coef[6]=13; coef[7]=17; end
  reg [1:0] state; reg [3:0] i;
  always @(posedge clk) begin
    done <= 0;
    if (rst) begin state <= 0; end
    else case (state)
      0: if (start) begin state <= 1; i <= 0; sum <= 0; end
      1: begin buf0[i[2:0]] <= seed + i; i <= i + 1; if (i == 7) begin state <= 2; i <= 0; end end
      2: begin sum <= sum + buf0[i[2:0]] * coef[i[2:0]]; i <= i + 1; if (i == 7) state <= 3; end
      3: begin done <= 1; state <= 0; end
    endcase
  end
endmodule
