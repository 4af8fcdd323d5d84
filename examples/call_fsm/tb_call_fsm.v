// tb_call_fsm.v -- self-checking testbench for call_fsm (and, through it, the
// called sub-module mul16_seq). Known answers plus a golden model
// (a*a + b*b + c mod 2^32) on random vectors; also checks the call handshake:
// exactly two one-cycle sub_start pulses per run, each answered by sub_done.
`timescale 1ns / 1ps
module tb_call_fsm;
    reg         clk = 1'b0;
    reg         rst = 1'b1;
    reg         start = 1'b0;
    reg  [15:0] a_in = 16'd0;
    reg  [15:0] b_in = 16'd0;
    reg  [31:0] c_in = 32'd0;
    wire        done;
    wire [31:0] result;

    call_fsm dut (.clk(clk), .rst(rst), .start(start), .a_in(a_in), .b_in(b_in),
                  .c_in(c_in), .done(done), .result(result));

    always #5 clk = ~clk;

    function [31:0] golden(input [15:0] a, input [15:0] b, input [31:0] c);
        golden = {16'd0, a} * {16'd0, a} + {16'd0, b} * {16'd0, b} + c;
    endfunction

    // handshake monitor
    integer starts = 0, dones = 0;
    always @(posedge clk) begin
        if (!rst && dut.sub_start) begin
            starts = starts + 1;
            if (dut.u_mul.state !== 2'd0)
                $fatal(1, "ERROR: sub_start while the multiplier is busy");
        end
        if (!rst && dut.sub_done) dones = dones + 1;
    end

    integer tests = 0;
    task run(input [15:0] a, input [15:0] b, input [31:0] c, input [31:0] expected);
        integer cycles, s0, d0;
        begin
            s0 = starts; d0 = dones;
            @(negedge clk);
            a_in = a; b_in = b; c_in = c; start = 1'b1;
            @(negedge clk);
            start = 1'b0; a_in = 16'hxxxx; b_in = 16'hxxxx; c_in = 32'hxxxxxxxx;
            cycles = 1;
            while (!done) begin
                @(negedge clk);
                cycles = cycles + 1;
                if (cycles > 200)
                    $fatal(1, "ERROR: timeout a=%0d b=%0d c=%0d", a, b, c);
            end
            tests = tests + 1;
            if (result !== expected)
                $fatal(1, "ERROR: a*a+b*b+c for a=%0d b=%0d c=%0d = %0d, expected %0d",
                       a, b, c, result, expected);
            if (golden(a, b, c) !== expected)
                $fatal(1, "ERROR: golden model disagrees with the known answer");
            if (starts - s0 != 2 || dones - d0 != 2)
                $fatal(1, "ERROR: expected 2 calls, saw %0d starts / %0d dones",
                       starts - s0, dones - d0);
            @(negedge clk);
            if (done !== 1'b0 || result !== expected)
                $fatal(1, "ERROR: done not a pulse or result not held");
            $display("a=%0d b=%0d c=%0d -> %0d  (%0d cycles)", a, b, c, result, cycles);
        end
    endtask

    integer i;
    integer seed = 32'hCA11;
    reg [15:0] ra, rb;
    reg [31:0] rc;
    initial begin
        repeat (3) @(negedge clk);
        rst = 1'b0;
        @(negedge clk);
        if (done !== 1'b0 || result !== 32'd0)
            $fatal(1, "ERROR: bad state after reset");

        // known answers
        run(16'd3,     16'd4,     32'd0,          32'd25);
        run(16'd0,     16'd0,     32'd7,          32'd7);
        run(16'd1,     16'd0,     32'd0,          32'd1);
        run(16'd0,     16'd12,    32'd1,          32'd145);
        run(16'd1000,  16'd2000,  32'd123456,     32'd5123456);
        run(16'd65535, 16'd0,     32'd0,          32'hFFFE_0001);
        run(16'd65535, 16'd65535, 32'd0,          32'hFFFC_0002);  // wraps mod 2^32
        run(16'd65535, 16'd65535, 32'hFFFF_FFFF,  32'hFFFC_0001);

        // golden model on pseudo-random vectors
        for (i = 0; i < 12; i = i + 1) begin
            ra = $random(seed);
            rb = $random(seed);
            rc = $random(seed);
            run(ra, rb, rc, golden(ra, rb, rc));
        end

        // reset while the top waits for the sub-module
        @(negedge clk);
        a_in = 16'd500; b_in = 16'd600; c_in = 32'd1; start = 1'b1;
        @(negedge clk); start = 1'b0;
        repeat (8) @(negedge clk);
        if (dut.state !== 3'd2 || dut.u_mul.state !== 2'd1)
            $fatal(1, "ERROR: expected top in WAIT1 and sub in S_RUN");
        rst = 1'b1; @(negedge clk); rst = 1'b0;
        if (dut.state !== 3'd0 || dut.u_mul.state !== 2'd0 || dut.u_mul.cnt !== 4'd0 || result !== 32'd0)
            $fatal(1, "ERROR: reset did not return both FSMs to idle");
        run(16'd500, 16'd600, 32'd1, 32'd610001);

        $display("call_fsm: %0d vectors checked", tests);
        $display("PASS");
        $finish;
    end
endmodule
