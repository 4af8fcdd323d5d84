// tb_bambu_style.v -- self-checking testbench for the Bambu-style isqrt.
// Bambu protocol: start_port is a one-cycle pulse, inputs are sampled with it,
// done_port is a one-cycle pulse, return_port is valid while done_port is high.
// Golden model: floor(sqrt(x)) by binary search, computed in the testbench.
`timescale 1ns / 1ps
module tb_bambu_style;
    reg         clock = 1'b0;
    reg         reset = 1'b0;          // active low
    reg         start_port = 1'b0;
    reg  [31:0] x = 32'd0;
    wire        done_port;
    wire [31:0] return_port;

    isqrt dut (.clock(clock), .reset(reset), .start_port(start_port),
               .done_port(done_port), .x(x), .return_port(return_port));

    always #5 clock = ~clock;

    integer tests = 0;

    function [31:0] isqrt_ref(input [31:0] v);
        reg [31:0] lo, hi, mid;
        begin
            lo = 0; hi = 32'd65535;                // answer is in [lo, hi]
            while (lo < hi) begin
                mid = lo + ((hi - lo + 1) >> 1);
                if ({32'd0, mid} * {32'd0, mid} <= {32'd0, v}) lo = mid;
                else hi = mid - 1;
            end
            isqrt_ref = lo;
        end
    endfunction

    task call(input [31:0] v, input [31:0] expected);
        integer cycles;
        begin
            @(negedge clock);
            x = v; start_port = 1'b1;
            @(negedge clock);
            start_port = 1'b0; x = 32'hxxxxxxxx;  // x is sampled with start_port only
            cycles = 1;
            while (done_port !== 1'b1) begin
                @(negedge clock);
                cycles = cycles + 1;
                if (cycles > 500)
                    $fatal(1, "ERROR: timeout isqrt(%0d)", v);
            end
            tests = tests + 1;
            if (return_port !== expected)
                $fatal(1, "ERROR: isqrt(%0d) = %0d, expected %0d", v, return_port, expected);
            if (isqrt_ref(v) !== expected)
                $fatal(1, "ERROR: golden model disagrees with known answer for %0d", v);
            @(negedge clock);
            if (done_port !== 1'b0)
                $fatal(1, "ERROR: done_port is not a one-cycle pulse");
            $display("isqrt(%0d) = %0d  (%0d cycles)", v, expected, cycles);
        end
    endtask

    integer i;
    integer seed = 32'hBA5B0;
    reg [31:0] r;
    initial begin
        // the state register has an initial value: check it before any reset
        #1;
        if (dut.Controller_i._present_state !== 6'b000001)
            $fatal(1, "ERROR: _present_state initial value is not S_0");
        repeat (3) @(negedge clock);
        reset = 1'b1;                      // release the active-low reset
        @(negedge clock);
        if (done_port !== 1'b0)
            $fatal(1, "ERROR: done_port high after reset");

        // known answers
        call(32'd0,          32'd0);
        call(32'd1,          32'd1);
        call(32'd2,          32'd1);
        call(32'd15,         32'd3);
        call(32'd16,         32'd4);
        call(32'd1000000,    32'd1000);
        call(32'd999999,     32'd999);
        call(32'hFFFF_FFFF,  32'd65535);
        call(32'hFFFE_0001,  32'd65535);   // 65535^2
        call(32'hFFFE_0000,  32'd65534);
        call(32'd2147395600, 32'd46340);   // 46340^2

        // golden model on pseudo-random vectors
        for (i = 0; i < 16; i = i + 1) begin
            r = $random(seed);
            if (i < 6) r = r >> (4 * i);    // also small magnitudes
            call(r, isqrt_ref(r));
        end

        // synchronous active-low reset in the middle of a computation
        @(negedge clock);
        x = 32'd123456789; start_port = 1'b1;
        @(negedge clock); start_port = 1'b0;
        repeat (9) @(negedge clock);
        reset = 1'b0;
        @(negedge clock);
        reset = 1'b1;
        if (dut.Controller_i._present_state !== 6'b000001 || done_port !== 1'b0)
            $fatal(1, "ERROR: reset did not return the controller to S_0");
        call(32'd123456789, 32'd11111);

        $display("isqrt: %0d vectors checked", tests);
        $display("PASS");
        $finish;
    end
endmodule
