// With two_files_sub.v: a design split over two files, the top instantiating the
// controller + datapath of the other file, to check multi-file input and --top.
module two_files_top(input clk, input rst, input start, input [7:0] n, output done, output [15:0] sum);
  summer u_summer(.clk(clk), .rst(rst), .start(start), .n(n), .done(done), .sum(sum));
endmodule

// A second top-level candidate, so that --top has to choose.
module unused_top(input a, output y);
  assign y = ~a;
endmodule
