// tb_legup_nested.v -- self-checking testbench for the LegUp-style top
// (main -> sum_sq -> sq, arr behind the memory_controller).
// LegUp protocol: start is held high (seed, n stable) until finish, finish is a
// one-cycle pulse (while waitrequest is low), return_val is valid with it.
// Golden model: the C program, evaluated in the testbench modulo 2^32, plus
// hand-computed known answers. The last calls drive random waitrequest stalls.
`timescale 1ns / 1ns
module tb_legup_nested;
    reg         clk = 1'b0;
    reg         reset = 1'b1;          // active high
    reg         start = 1'b0;
    reg         waitrequest = 1'b0;
    reg  [15:0] seed = 16'd0;
    reg  [3:0]  n = 4'd0;
    wire        finish;
    wire [31:0] return_val;

    top dut (.clk(clk), .reset(reset), .start(start), .finish(finish),
             .waitrequest(waitrequest), .return_val(return_val),
             .seed(seed), .n(n));

    always #5 clk = ~clk;

    integer tests = 0;
    reg stall = 1'b0;                  // drive random waitrequest during calls
    integer wseed = 32'h57A11;

    function [31:0] golden(input [15:0] gseed, input [3:0] gn);
        integer k;
        reg [15:0] v, a;
        reg [31:0] s;
        begin
            s = 32'd0;
            v = gseed;
            for (k = 0; k < gn; k = k + 1) begin
                a = v ^ (k << 12);
                s = s + a * a;          // 32-bit context: the full square
                v = v + 16'h9E37;
            end
            golden = s;
        end
    endfunction

    task call(input [15:0] vseed, input [3:0] vn, input [31:0] expected);
        integer cycles, stalls;
        begin
            seed = vseed; n = vn; start = 1'b1;
            cycles = 0; stalls = 0;
            @(negedge clk);
            while (finish !== 1'b1) begin
                if (stall) begin
                    waitrequest = ($random(wseed) % 4) == 0;
                    stalls = stalls + waitrequest;
                end
                @(negedge clk);
                cycles = cycles + 1;
                if (cycles > 5000)
                    $fatal(1, "ERROR: timeout seed=%h n=%0d", vseed, vn);
            end
            start = 1'b0;
            tests = tests + 1;
            if (return_val !== expected)
                $fatal(1, "ERROR: top(seed=%h, n=%0d) = %h, expected %h", vseed, vn, return_val, expected);
            if (golden(vseed, vn) !== expected)
                $fatal(1, "ERROR: golden model disagrees with the known answer (seed=%h, n=%0d)", vseed, vn);
            if (!stall && cycles != 24 * vn + 8)
                $fatal(1, "ERROR: top(seed=%h, n=%0d) took %0d cycles, expected %0d", vseed, vn, cycles, 24 * vn + 8);
            if (waitrequest === 1'b1) begin
                // finish stays high while the design is stalled
                waitrequest = 1'b0;
                @(negedge clk);
                if (finish !== 1'b1 || return_val !== expected)
                    $fatal(1, "ERROR: finish/return_val lost during a stall");
            end
            @(negedge clk);
            if (finish !== 1'b0)
                $fatal(1, "ERROR: finish is not a one-cycle pulse");
            if (dut.main_inst.cur_state !== 3'd0 || dut.main_inst.sum_sq_inst.cur_state !== 3'd0 ||
                dut.main_inst.sum_sq_inst.sq_inst.cur_state !== 2'd0)
                $fatal(1, "ERROR: the FSMs are not back in LEGUP_0");
            if (return_val !== expected)
                $fatal(1, "ERROR: return_val not held after finish");
            $display("top(seed=%h, n=%0d) = %h  (%0d cycles, %0d stalls)", vseed, vn, return_val, cycles, stalls);
        end
    endtask

    integer i;
    integer rseed = 32'h1E60F;
    reg [15:0] rs;
    reg [3:0]  rn;
    initial begin
        repeat (3) @(negedge clk);
        reset = 1'b0;
        @(negedge clk);
        if (finish !== 1'b0)
            $fatal(1, "ERROR: finish high after reset");

        // known answers
        call(16'h0003, 4'd1,  32'h00000009);   // 3*3
        call(16'h0000, 4'd0,  32'h00000000);   // n = 0: no stores, no sq calls
        call(16'h1234, 4'd0,  32'h00000000);
        call(16'h0000, 4'd1,  32'h00000000);
        call(16'hFFFF, 4'd1,  32'hFFFE0001);   // 65535^2
        call(16'h0001, 4'd3,  32'h522AA462);
        call(16'h1234, 4'd5,  32'hF538F6BE);
        call(16'h8000, 4'd2,  32'h40CA0FD1);
        call(16'h0000, 4'd15, 32'hFF02F5A7);   // n = max, sum wraps
        call(16'hFFFF, 4'd15, 32'hFEF40C98);
        call(16'hBEEF, 4'd15, 32'h85196B98);

        // golden model on pseudo-random vectors
        for (i = 0; i < 12; i = i + 1) begin
            rs = $random(rseed);
            rn = $random(rseed);
            call(rs, rn, golden(rs, rn));
        end

        // waitrequest stalls must not change the results
        stall = 1'b1;
        for (i = 0; i < 6; i = i + 1) begin
            rs = $random(rseed);
            rn = $random(rseed);
            call(rs, rn, golden(rs, rn));
        end
        call(16'hFFFF, 4'd15, 32'hFEF40C98);
        stall = 1'b0;
        waitrequest = 1'b0;

        // synchronous reset in the middle of a call (inside sq), then a clean run
        @(negedge clk);
        seed = 16'h4242; n = 4'd9; start = 1'b1;
        repeat (40) @(negedge clk);
        start = 1'b0; reset = 1'b1;
        @(negedge clk);
        reset = 1'b0;
        if (finish !== 1'b0 || dut.main_inst.cur_state !== 3'd0 ||
            dut.main_inst.sum_sq_inst.cur_state !== 3'd0 || dut.main_inst.sum_sq_inst.sq_inst.cur_state !== 2'd0)
            $fatal(1, "ERROR: reset did not return every FSM to LEGUP_0");
        call(16'h1234, 4'd5, 32'hF538F6BE);

        $display("legup_nested: %0d calls checked", tests);
        $display("PASS");
        $finish;
    end
endmodule
