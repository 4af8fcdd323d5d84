// legup_nested.v -- written for idetic in the style of the Verilog that LegUp 4.x
// emits for a program whose main calls a function that calls another function
// (one module per C function, the callee instantiated in its caller, binary
// cur_state/next_state FSMs with localparam LEGUP_* states, synchronous
// ACTIVE-HIGH reset, start/finish/return_val call handshake, the global array
// in a RAM behind the memory_controller, per-function memory_controller_* ports
// ORed by the caller, and the memory_controller_waitrequest stall).
// C source it corresponds to (seed and n are the arguments of the top-level call):
//
//   #define N 16
//   unsigned short arr[N];
//
//   unsigned int sq(unsigned short x) {            // shift-and-add, 16 steps
//       unsigned int p = 0, a = x;
//       unsigned short b = x;
//       for (unsigned char k = 16; k != 0; k--) {
//           if (b & 1) p += a;
//           a <<= 1; b >>= 1;
//       }
//       return p;                                   // x * x
//   }
//
//   unsigned int sum_sq(unsigned char n) {
//       unsigned int s = 0;
//       for (unsigned char i = 0; i < n; i++)
//           s += sq(arr[i]);
//       return s;                                   // modulo 2^32
//   }
//
//   int main(unsigned short seed, unsigned char n /* 4 bits */) {
//       unsigned short v = seed;
//       for (unsigned char i = 0; i < n; i++) {
//           arr[i] = v ^ (i << 12);                 // = (seed + i*0x9E37) ^ (i << 12)
//           v += 0x9E37;
//       }
//       return sum_sq(n);
//   }

`timescale 1ns / 1ns

`define MEMORY_CONTROLLER_ADDR_SIZE 32
`define MEMORY_CONTROLLER_DATA_SIZE 32
`define MEMORY_CONTROLLER_TAG_SIZE 9
`define TAG_NULL `MEMORY_CONTROLLER_TAG_SIZE'd0
`define TAG_g_arr `MEMORY_CONTROLLER_TAG_SIZE'd2
`define TAG_g_arr_a {`TAG_g_arr, 23'd0}

// ---------------------------------------------------------------- top
module top
	(
		clk,
		reset,
		start,
		finish,
		waitrequest,
		return_val,
		seed,
		n
	);

input clk;
input reset;
input start;
output wire finish;
input waitrequest;
output wire [31:0] return_val;
input [15:0] seed;
input [3:0] n;

wire [`MEMORY_CONTROLLER_ADDR_SIZE-1:0] memory_controller_address_a;
wire memory_controller_enable_a;
wire memory_controller_write_enable_a;
wire [`MEMORY_CONTROLLER_DATA_SIZE-1:0] memory_controller_in_a;
wire [`MEMORY_CONTROLLER_DATA_SIZE-1:0] memory_controller_out_a;
wire memory_controller_waitrequest;

wire main_finish;
wire [31:0] main_return_val;

assign memory_controller_waitrequest = waitrequest;

memory_controller memory_controller_inst (
	.clk( clk ),
	.memory_controller_enable_a( memory_controller_enable_a ),
	.memory_controller_address_a( memory_controller_address_a ),
	.memory_controller_write_enable_a( memory_controller_write_enable_a ),
	.memory_controller_in_a( memory_controller_in_a ),
	.memory_controller_waitrequest( memory_controller_waitrequest ),
	.memory_controller_out_a( memory_controller_out_a )
);

main main_inst(
	.clk( clk ),
	.reset( reset ),
	.start( start ),
	.finish( main_finish ),
	.return_val( main_return_val ),
	.arg_seed( seed ),
	.arg_n( n ),
	.memory_controller_waitrequest( memory_controller_waitrequest ),
	.memory_controller_enable_a( memory_controller_enable_a ),
	.memory_controller_address_a( memory_controller_address_a ),
	.memory_controller_write_enable_a( memory_controller_write_enable_a ),
	.memory_controller_in_a( memory_controller_in_a ),
	.memory_controller_out_a( memory_controller_out_a )
);

assign finish = main_finish;
assign return_val = main_return_val;

endmodule

// ---------------------------------------------------------------- memory
// The memory controller of the global arrays. Only one here: arr (tag
// TAG_g_arr, 16 x 16-bit words at byte addresses {tag, 23'd0} + 2*i). The RAM is
// clock-enabled by !waitrequest and reads every enabled cycle (LegUp RAMs do):
// memory_controller_out_a is valid in the cycle after the address was presented.
// With a single RAM the output needs no tag multiplexer.
module memory_controller
(
	clk,
	memory_controller_enable_a,
	memory_controller_address_a,
	memory_controller_write_enable_a,
	memory_controller_in_a,
	memory_controller_waitrequest,
	memory_controller_out_a
);

input clk;
input memory_controller_enable_a;
input [`MEMORY_CONTROLLER_ADDR_SIZE-1:0] memory_controller_address_a;
input memory_controller_write_enable_a;
input [`MEMORY_CONTROLLER_DATA_SIZE-1:0] memory_controller_in_a;
input memory_controller_waitrequest;
output reg [`MEMORY_CONTROLLER_DATA_SIZE-1:0] memory_controller_out_a;

wire [`MEMORY_CONTROLLER_TAG_SIZE-1:0] tag_a;
reg select_arr_a;
reg [3:0] arr_address_a;
reg arr_write_enable_a;
reg [15:0] arr_in_a;
wire [15:0] arr_out_a;

assign tag_a = memory_controller_address_a[`MEMORY_CONTROLLER_ADDR_SIZE-1:`MEMORY_CONTROLLER_ADDR_SIZE-`MEMORY_CONTROLLER_TAG_SIZE];

always @(*) begin
	select_arr_a = (tag_a == `TAG_g_arr);
	arr_address_a = memory_controller_address_a[4:1];
	arr_write_enable_a = memory_controller_enable_a & memory_controller_write_enable_a & select_arr_a;
	arr_in_a = memory_controller_in_a[15:0];
end

ram_single_port #(
	.width_a( 16 ),
	.widthad_a( 4 ),
	.numwords_a( 16 )
) arr (
	.clk( clk ),
	.clken( !memory_controller_waitrequest ),
	.address_a( arr_address_a ),
	.wren_a( arr_write_enable_a ),
	.data_a( arr_in_a ),
	.q_a( arr_out_a )
);

always @(*) begin
	memory_controller_out_a = {{(`MEMORY_CONTROLLER_DATA_SIZE-16){1'b0}}, arr_out_a};
end

endmodule

module ram_single_port
(
	clk,
	clken,
	address_a,
	wren_a,
	data_a,
	q_a
);

parameter  width_a = 1'd0;
parameter  widthad_a = 1'd0;
parameter  numwords_a = 1'd0;

input  clk;
input  clken;
input [(widthad_a-1):0] address_a;
input  wren_a;
input [(width_a-1):0] data_a;
output reg [(width_a-1):0] q_a;

reg [(width_a-1):0] ram [0:(numwords_a-1)];

always @(posedge clk)
if (clken & wren_a)
	ram[address_a] <= data_a;

always @(posedge clk)
if (clken)
	q_a <= ram[address_a];

endmodule

// ---------------------------------------------------------------- main
module main
(
	clk,
	reset,
	start,
	finish,
	return_val,
	arg_seed,
	arg_n,
	memory_controller_waitrequest,
	memory_controller_enable_a,
	memory_controller_address_a,
	memory_controller_write_enable_a,
	memory_controller_in_a,
	memory_controller_out_a
);

localparam [2:0] LEGUP_0 = 3'd0;
localparam [2:0] LEGUP_F_main_BB_entry_1 = 3'd1;
localparam [2:0] LEGUP_F_main_BB_for_cond_2 = 3'd2;
localparam [2:0] LEGUP_F_main_BB_for_body_3 = 3'd3;
localparam [2:0] LEGUP_F_main_BB_for_end_4 = 3'd4;
localparam [2:0] LEGUP_function_call_5 = 3'd5;
localparam [2:0] LEGUP_F_main_BB_for_end_6 = 3'd6;

input  clk;
input  reset;
input  start;
output reg  finish;
output reg [31:0] return_val;
input [15:0] arg_seed;
input [3:0] arg_n;
input  memory_controller_waitrequest;
output wire  memory_controller_enable_a;
output wire [`MEMORY_CONTROLLER_ADDR_SIZE-1:0] memory_controller_address_a;
output wire  memory_controller_write_enable_a;
output wire [`MEMORY_CONTROLLER_DATA_SIZE-1:0] memory_controller_in_a;
input [`MEMORY_CONTROLLER_DATA_SIZE-1:0] memory_controller_out_a;

reg [2:0] cur_state;
reg [2:0] next_state;
reg [3:0] main_for_cond_i_0;
reg [15:0] main_for_cond_v_0;
wire  main_for_cond_cmp;
wire [15:0] main_for_body_xor;
wire [`MEMORY_CONTROLLER_ADDR_SIZE-1:0] main_for_body_arrayidx;
wire [3:0] main_for_body_inc;
wire [15:0] main_for_body_add;
reg  main_memory_controller_enable_a;
reg [`MEMORY_CONTROLLER_ADDR_SIZE-1:0] main_memory_controller_address_a;
reg  main_memory_controller_write_enable_a;
reg [`MEMORY_CONTROLLER_DATA_SIZE-1:0] main_memory_controller_in_a;
reg  sum_sq_start;
wire  sum_sq_finish;
wire [31:0] sum_sq_return_val;
wire [3:0] sum_sq_arg_n;
wire  sum_sq_memory_controller_enable_a;
wire [`MEMORY_CONTROLLER_ADDR_SIZE-1:0] sum_sq_memory_controller_address_a;
wire  sum_sq_memory_controller_write_enable_a;
wire [`MEMORY_CONTROLLER_DATA_SIZE-1:0] sum_sq_memory_controller_in_a;

sum_sq sum_sq_inst (
	.clk( clk ),
	.reset( reset ),
	.start( sum_sq_start ),
	.finish( sum_sq_finish ),
	.return_val( sum_sq_return_val ),
	.arg_n( sum_sq_arg_n ),
	.memory_controller_waitrequest( memory_controller_waitrequest ),
	.memory_controller_enable_a( sum_sq_memory_controller_enable_a ),
	.memory_controller_address_a( sum_sq_memory_controller_address_a ),
	.memory_controller_write_enable_a( sum_sq_memory_controller_write_enable_a ),
	.memory_controller_in_a( sum_sq_memory_controller_in_a ),
	.memory_controller_out_a( memory_controller_out_a )
);

always @(posedge clk) begin
if (reset == 1'b1)
	cur_state <= LEGUP_0;
else if (memory_controller_waitrequest == 1'd1)
	cur_state <= cur_state;
else
	cur_state <= next_state;
end

always @(*)
begin
next_state = cur_state;
case(cur_state)
LEGUP_0:
	if ((start == 1'd1))
		next_state = LEGUP_F_main_BB_entry_1;
LEGUP_F_main_BB_entry_1:
		next_state = LEGUP_F_main_BB_for_cond_2;
LEGUP_F_main_BB_for_cond_2:
	if ((main_for_cond_cmp == 1'd1))
		next_state = LEGUP_F_main_BB_for_body_3;
	else if ((main_for_cond_cmp == 1'd0))
		next_state = LEGUP_F_main_BB_for_end_4;
LEGUP_F_main_BB_for_body_3:
		next_state = LEGUP_F_main_BB_for_cond_2;
LEGUP_F_main_BB_for_end_4:
		next_state = LEGUP_function_call_5;
LEGUP_function_call_5:
	if ((sum_sq_finish == 1'd1))
		next_state = LEGUP_F_main_BB_for_end_6;
LEGUP_F_main_BB_for_end_6:
		next_state = LEGUP_0;
default:
		next_state = LEGUP_0;
endcase

end
assign main_for_cond_cmp = (main_for_cond_i_0 < arg_n);
assign main_for_body_xor = (main_for_cond_v_0 ^ {main_for_cond_i_0, 12'd0});
assign main_for_body_arrayidx = (`TAG_g_arr_a + {27'd0, main_for_cond_i_0, 1'b0});
assign main_for_body_inc = (main_for_cond_i_0 + 4'd1);
assign main_for_body_add = (main_for_cond_v_0 + 16'd40503);
always @(posedge clk) begin
	/* main: %entry*/
	/*   br label %for.cond*/
	if (((cur_state == LEGUP_F_main_BB_entry_1) & (memory_controller_waitrequest == 1'd0))) begin
		main_for_cond_i_0 <= 4'd0;
	end
	/* main: %for.body*/
	/*   %inc = add i4 %i.0, 1*/
	if (((cur_state == LEGUP_F_main_BB_for_body_3) & (memory_controller_waitrequest == 1'd0))) begin
		main_for_cond_i_0 <= main_for_body_inc;
	end
end
always @(posedge clk) begin
	if (((cur_state == LEGUP_F_main_BB_entry_1) & (memory_controller_waitrequest == 1'd0))) begin
		main_for_cond_v_0 <= arg_seed;
	end
	/*   %add = add i16 %v.0, -25033*/
	if (((cur_state == LEGUP_F_main_BB_for_body_3) & (memory_controller_waitrequest == 1'd0))) begin
		main_for_cond_v_0 <= main_for_body_add;
	end
end
/*   store i16 %xor, i16* %arrayidx*/
always @(*) begin
	main_memory_controller_enable_a = 1'd0;
	main_memory_controller_address_a = {`MEMORY_CONTROLLER_ADDR_SIZE{1'b0}};
	main_memory_controller_write_enable_a = 1'd0;
	main_memory_controller_in_a = {`MEMORY_CONTROLLER_DATA_SIZE{1'b0}};
	if ((cur_state == LEGUP_F_main_BB_for_body_3)) begin
		main_memory_controller_enable_a = 1'd1;
		main_memory_controller_address_a = main_for_body_arrayidx;
		main_memory_controller_write_enable_a = 1'd1;
		main_memory_controller_in_a = {16'd0, main_for_body_xor};
	end
end
/*   %call = call i32 @sum_sq(i4 %n)*/
always @(*) begin
	sum_sq_start = 1'd0;
	if ((cur_state == LEGUP_F_main_BB_for_end_4)) begin
		sum_sq_start = 1'd1;
	end
end
assign sum_sq_arg_n = arg_n;
/*   ret i32 %call*/
always @(posedge clk) begin
	if ((reset == 1'b1)) begin
		finish <= 1'd0;
	end else if ((memory_controller_waitrequest == 1'd0)) begin
		if ((cur_state == LEGUP_0)) begin
			finish <= 1'd0;
		end
		if ((cur_state == LEGUP_F_main_BB_for_end_6)) begin
			finish <= 1'd1;
		end
	end
end
always @(posedge clk) begin
	if (((cur_state == LEGUP_F_main_BB_for_end_6) & (memory_controller_waitrequest == 1'd0))) begin
		return_val <= sum_sq_return_val;
	end
end
assign memory_controller_enable_a = main_memory_controller_enable_a | sum_sq_memory_controller_enable_a;
assign memory_controller_address_a = main_memory_controller_address_a | sum_sq_memory_controller_address_a;
assign memory_controller_write_enable_a = main_memory_controller_write_enable_a | sum_sq_memory_controller_write_enable_a;
assign memory_controller_in_a = main_memory_controller_in_a | sum_sq_memory_controller_in_a;

endmodule

// ---------------------------------------------------------------- sum_sq
module sum_sq
(
	clk,
	reset,
	start,
	finish,
	return_val,
	arg_n,
	memory_controller_waitrequest,
	memory_controller_enable_a,
	memory_controller_address_a,
	memory_controller_write_enable_a,
	memory_controller_in_a,
	memory_controller_out_a
);

localparam [2:0] LEGUP_0 = 3'd0;
localparam [2:0] LEGUP_F_sum_sq_BB_entry_1 = 3'd1;
localparam [2:0] LEGUP_F_sum_sq_BB_for_cond_2 = 3'd2;
localparam [2:0] LEGUP_F_sum_sq_BB_for_body_3 = 3'd3;
localparam [2:0] LEGUP_function_call_4 = 3'd4;
localparam [2:0] LEGUP_F_sum_sq_BB_for_body_5 = 3'd5;
localparam [2:0] LEGUP_F_sum_sq_BB_for_end_6 = 3'd6;

input  clk;
input  reset;
input  start;
output reg  finish;
output reg [31:0] return_val;
input [3:0] arg_n;
input  memory_controller_waitrequest;
output reg  memory_controller_enable_a;
output reg [`MEMORY_CONTROLLER_ADDR_SIZE-1:0] memory_controller_address_a;
output reg  memory_controller_write_enable_a;
output reg [`MEMORY_CONTROLLER_DATA_SIZE-1:0] memory_controller_in_a;
input [`MEMORY_CONTROLLER_DATA_SIZE-1:0] memory_controller_out_a;

reg [2:0] cur_state;
reg [2:0] next_state;
reg [3:0] sum_sq_for_cond_i_0;
reg [31:0] sum_sq_for_cond_s_0;
wire  sum_sq_for_cond_cmp;
wire [`MEMORY_CONTROLLER_ADDR_SIZE-1:0] sum_sq_for_cond_arrayidx;
reg [15:0] sum_sq_for_body_0_reg;
wire [31:0] sum_sq_for_body_add;
wire [3:0] sum_sq_for_body_inc;
reg  sq_start;
wire  sq_finish;
wire [31:0] sq_return_val;
wire [15:0] sq_arg_x;

sq sq_inst (
	.clk( clk ),
	.reset( reset ),
	.start( sq_start ),
	.finish( sq_finish ),
	.return_val( sq_return_val ),
	.arg_x( sq_arg_x ),
	.memory_controller_waitrequest( memory_controller_waitrequest )
);

always @(posedge clk) begin
if (reset == 1'b1)
	cur_state <= LEGUP_0;
else if (memory_controller_waitrequest == 1'd1)
	cur_state <= cur_state;
else
	cur_state <= next_state;
end

always @(*)
begin
next_state = cur_state;
case(cur_state)
LEGUP_0:
	if ((start == 1'd1))
		next_state = LEGUP_F_sum_sq_BB_entry_1;
LEGUP_F_sum_sq_BB_entry_1:
		next_state = LEGUP_F_sum_sq_BB_for_cond_2;
LEGUP_F_sum_sq_BB_for_cond_2:
	if ((sum_sq_for_cond_cmp == 1'd1))
		next_state = LEGUP_F_sum_sq_BB_for_body_3;
	else if ((sum_sq_for_cond_cmp == 1'd0))
		next_state = LEGUP_F_sum_sq_BB_for_end_6;
LEGUP_F_sum_sq_BB_for_body_3:
		next_state = LEGUP_function_call_4;
LEGUP_function_call_4:
	if ((sq_finish == 1'd1))
		next_state = LEGUP_F_sum_sq_BB_for_body_5;
LEGUP_F_sum_sq_BB_for_body_5:
		next_state = LEGUP_F_sum_sq_BB_for_cond_2;
LEGUP_F_sum_sq_BB_for_end_6:
		next_state = LEGUP_0;
default:
		next_state = LEGUP_0;
endcase

end
assign sum_sq_for_cond_cmp = (sum_sq_for_cond_i_0 < arg_n);
assign sum_sq_for_cond_arrayidx = (`TAG_g_arr_a + {27'd0, sum_sq_for_cond_i_0, 1'b0});
assign sum_sq_for_body_add = (sum_sq_for_cond_s_0 + sq_return_val);
assign sum_sq_for_body_inc = (sum_sq_for_cond_i_0 + 4'd1);
always @(posedge clk) begin
	/* sum_sq: %entry*/
	if (((cur_state == LEGUP_F_sum_sq_BB_entry_1) & (memory_controller_waitrequest == 1'd0))) begin
		sum_sq_for_cond_i_0 <= 4'd0;
	end
	/* sum_sq: %for.body*/
	/*   %inc = add i4 %i.0, 1*/
	if (((cur_state == LEGUP_F_sum_sq_BB_for_body_5) & (memory_controller_waitrequest == 1'd0))) begin
		sum_sq_for_cond_i_0 <= sum_sq_for_body_inc;
	end
end
always @(posedge clk) begin
	if (((cur_state == LEGUP_F_sum_sq_BB_entry_1) & (memory_controller_waitrequest == 1'd0))) begin
		sum_sq_for_cond_s_0 <= 32'd0;
	end
	/*   %add = add i32 %s.0, %call*/
	if (((cur_state == LEGUP_F_sum_sq_BB_for_body_5) & (memory_controller_waitrequest == 1'd0))) begin
		sum_sq_for_cond_s_0 <= sum_sq_for_body_add;
	end
end
/*   %0 = load i16* %arrayidx*/
always @(*) begin
	memory_controller_enable_a = 1'd0;
	memory_controller_address_a = {`MEMORY_CONTROLLER_ADDR_SIZE{1'b0}};
	memory_controller_write_enable_a = 1'd0;
	memory_controller_in_a = {`MEMORY_CONTROLLER_DATA_SIZE{1'b0}};
	if (((cur_state == LEGUP_F_sum_sq_BB_for_cond_2) & (sum_sq_for_cond_cmp == 1'd1))) begin
		memory_controller_enable_a = 1'd1;
		memory_controller_address_a = sum_sq_for_cond_arrayidx;
	end
end
always @(posedge clk) begin
	if (((cur_state == LEGUP_F_sum_sq_BB_for_body_3) & (memory_controller_waitrequest == 1'd0))) begin
		sum_sq_for_body_0_reg <= memory_controller_out_a[15:0];
	end
end
/*   %call = call i32 @sq(i16 %0)*/
always @(*) begin
	sq_start = 1'd0;
	if ((cur_state == LEGUP_F_sum_sq_BB_for_body_3)) begin
		sq_start = 1'd1;
	end
end
assign sq_arg_x = sum_sq_for_body_0_reg;
/*   ret i32 %s.0*/
always @(posedge clk) begin
	if ((reset == 1'b1)) begin
		finish <= 1'd0;
	end else if ((memory_controller_waitrequest == 1'd0)) begin
		if ((cur_state == LEGUP_0)) begin
			finish <= 1'd0;
		end
		if ((cur_state == LEGUP_F_sum_sq_BB_for_end_6)) begin
			finish <= 1'd1;
		end
	end
end
always @(posedge clk) begin
	if (((cur_state == LEGUP_F_sum_sq_BB_for_end_6) & (memory_controller_waitrequest == 1'd0))) begin
		return_val <= sum_sq_for_cond_s_0;
	end
end

endmodule

// ---------------------------------------------------------------- sq
module sq
(
	clk,
	reset,
	start,
	finish,
	return_val,
	arg_x,
	memory_controller_waitrequest
);

localparam [1:0] LEGUP_0 = 2'd0;
localparam [1:0] LEGUP_F_sq_BB_entry_1 = 2'd1;
localparam [1:0] LEGUP_F_sq_BB_for_body_2 = 2'd2;
localparam [1:0] LEGUP_F_sq_BB_for_end_3 = 2'd3;

input  clk;
input  reset;
input  start;
output reg  finish;
output reg [31:0] return_val;
input [15:0] arg_x;
input  memory_controller_waitrequest;

reg [1:0] cur_state;
reg [1:0] next_state;
reg [4:0] sq_for_body_k_01;
reg [31:0] sq_for_body_a_02;
reg [15:0] sq_for_body_b_03;
reg [31:0] sq_for_body_p_04;
wire [4:0] sq_for_body_dec;
wire  sq_for_body_exitcond;
wire [31:0] sq_for_body_add;
wire [31:0] sq_for_body_p_1;
wire [31:0] sq_for_body_shl;
wire [15:0] sq_for_body_shr;

always @(posedge clk) begin
if (reset == 1'b1)
	cur_state <= LEGUP_0;
else if (memory_controller_waitrequest == 1'd1)
	cur_state <= cur_state;
else
	cur_state <= next_state;
end

always @(*)
begin
next_state = cur_state;
case(cur_state)
LEGUP_0:
	if ((start == 1'd1))
		next_state = LEGUP_F_sq_BB_entry_1;
LEGUP_F_sq_BB_entry_1:
		next_state = LEGUP_F_sq_BB_for_body_2;
LEGUP_F_sq_BB_for_body_2:
	if ((sq_for_body_exitcond == 1'd1))
		next_state = LEGUP_F_sq_BB_for_end_3;
	else if ((sq_for_body_exitcond == 1'd0))
		next_state = LEGUP_F_sq_BB_for_body_2;
LEGUP_F_sq_BB_for_end_3:
		next_state = LEGUP_0;
default:
		next_state = LEGUP_0;
endcase

end
assign sq_for_body_dec = (sq_for_body_k_01 + 5'd31);
assign sq_for_body_exitcond = (sq_for_body_dec == 5'd0);
assign sq_for_body_add = (sq_for_body_p_04 + sq_for_body_a_02);
assign sq_for_body_p_1 = (sq_for_body_b_03[0] ? sq_for_body_add : sq_for_body_p_04);
assign sq_for_body_shl = (sq_for_body_a_02 << 1);
assign sq_for_body_shr = (sq_for_body_b_03 >> 1);
// The trip counter k: reset (a LegUp deviation, see README.md) so that its
// idle value is known; set to 16 in entry, counts down to 0 in for.body (so it
// is back at its reset value when sq returns).
always @(posedge clk) begin
	if ((reset == 1'b1)) begin
		sq_for_body_k_01 <= 5'd0;
	end else if ((memory_controller_waitrequest == 1'd0)) begin
		/* sq: %entry*/
		if ((cur_state == LEGUP_F_sq_BB_entry_1)) begin
			sq_for_body_k_01 <= 5'd16;
		end
		/*   %dec = add i5 %k.01, -1*/
		if ((cur_state == LEGUP_F_sq_BB_for_body_2)) begin
			sq_for_body_k_01 <= sq_for_body_dec;
		end
	end
end
always @(posedge clk) begin
	if (((cur_state == LEGUP_F_sq_BB_entry_1) & (memory_controller_waitrequest == 1'd0))) begin
		sq_for_body_a_02 <= {16'd0, arg_x};
		sq_for_body_b_03 <= arg_x;
		sq_for_body_p_04 <= 32'd0;
	end
	/* sq: %for.body*/
	/*   %p.1 = select i1 %tobool, i32 %add, i32 %p.04*/
	if (((cur_state == LEGUP_F_sq_BB_for_body_2) & (memory_controller_waitrequest == 1'd0))) begin
		sq_for_body_a_02 <= sq_for_body_shl;
		sq_for_body_b_03 <= sq_for_body_shr;
		sq_for_body_p_04 <= sq_for_body_p_1;
	end
end
/*   ret i32 %p.1*/
always @(posedge clk) begin
	if ((reset == 1'b1)) begin
		finish <= 1'd0;
	end else if ((memory_controller_waitrequest == 1'd0)) begin
		if ((cur_state == LEGUP_0)) begin
			finish <= 1'd0;
		end
		if ((cur_state == LEGUP_F_sq_BB_for_end_3)) begin
			finish <= 1'd1;
		end
	end
end
always @(posedge clk) begin
	if (((cur_state == LEGUP_F_sq_BB_for_end_3) & (memory_controller_waitrequest == 1'd0))) begin
		return_val <= sq_for_body_p_04;
	end
end

endmodule
