// tb_vitis_dot.v -- self-checking testbench for vitis_dot (ap_ctrl_hs).
// Golden model: the C loop, evaluated in the testbench modulo 2^32, plus a few
// hand-computed known answers.
`timescale 1 ns / 1 ps
module tb_vitis_dot;
    reg         ap_clk = 1'b0;
    reg         ap_rst = 1'b1;
    reg         ap_start = 1'b0;
    wire        ap_done, ap_idle, ap_ready;
    reg  [31:0] x = 32'd0;
    reg  [31:0] y = 32'd0;
    reg  [7:0]  n = 8'd0;
    wire [31:0] ap_return;

    vitis_dot dut (.ap_clk(ap_clk), .ap_rst(ap_rst), .ap_start(ap_start),
                   .ap_done(ap_done), .ap_idle(ap_idle), .ap_ready(ap_ready),
                   .x(x), .y(y), .n(n), .ap_return(ap_return));

    always #5 ap_clk = ~ap_clk;

    integer tests = 0;

    function [31:0] golden(input [31:0] gx, input [31:0] gy, input [7:0] gn);
        integer k;
        reg [31:0] s;
        begin
            s = 32'd0;
            for (k = 0; k < gn; k = k + 1)
                s = s + k * gx + gy;
            golden = s;
        end
    endfunction

    // One ap_ctrl_hs transaction: raise ap_start, hold inputs stable until
    // ap_done, check ap_return in the ap_done cycle. keep_start leaves ap_start
    // high after ap_done (back-to-back calls).
    task call(input [31:0] vx, input [31:0] vy, input [7:0] vn,
              input [31:0] expected, input keep_start);
        integer cycles;
        begin
            x = vx; y = vy; n = vn; ap_start = 1'b1;
            cycles = 0;
            @(negedge ap_clk);
            if (ap_idle !== 1'b0)
                $fatal(1, "ERROR: ap_idle high while ap_start is high");
            while (ap_done !== 1'b1) begin
                if (ap_ready !== 1'b0)
                    $fatal(1, "ERROR: ap_ready without ap_done");
                @(negedge ap_clk);
                cycles = cycles + 1;
                if (cycles > 2000)
                    $fatal(1, "ERROR: timeout x=%0d y=%0d n=%0d", vx, vy, vn);
            end
            if (ap_ready !== 1'b1)
                $fatal(1, "ERROR: ap_ready must accompany ap_done");
            tests = tests + 1;
            if (ap_return !== expected)
                $fatal(1, "ERROR: vitis_dot(x=%0d, y=%0d, n=%0d) = %0d, expected %0d",
                       vx, vy, vn, ap_return, expected);
            if (golden(vx, vy, vn) !== expected)
                $fatal(1, "ERROR: golden model disagrees with the known answer");
            $display("vitis_dot(x=%0d, y=%0d, n=%0d) = %0d  (%0d cycles)",
                     vx, vy, vn, ap_return, cycles + 1);
            // inputs stay stable through the ap_done clock edge
            if (!keep_start) begin
                ap_start = 1'b0;
                @(negedge ap_clk);
                if (ap_idle !== 1'b1 || ap_done !== 1'b0)
                    $fatal(1, "ERROR: not idle after ap_done");
            end else begin
                // ap_start still high: the next call starts in this very cycle
                @(negedge ap_clk);
                if (ap_idle !== 1'b0 || ap_done !== 1'b0 || dut.ap_CS_fsm !== 4'd1)
                    $fatal(1, "ERROR: back-to-back call did not restart");
            end
        end
    endtask

    integer i;
    integer seed = 32'h5eed;
    reg [31:0] rx, ry;
    reg [7:0]  rn;
    initial begin
        repeat (3) @(negedge ap_clk);
        ap_rst = 1'b0;
        @(negedge ap_clk);
        if (ap_idle !== 1'b1 || ap_done !== 1'b0 || ap_ready !== 1'b0)
            $fatal(1, "ERROR: bad handshake outputs after reset");

        // known answers: sum_{i<n} (i*x + y) = x*n*(n-1)/2 + n*y
        call(32'd3,  32'd1, 8'd4,   32'd22,        1'b0);  // 3*6 + 4
        call(32'd7,  32'd5, 8'd0,   32'd0,         1'b0);  // empty loop
        call(32'd7,  32'd5, 8'd1,   32'd5,         1'b0);
        call(32'd1,  32'd0, 8'd255, 32'd32385,     1'b0);  // 255*254/2
        call(32'd1000, 32'd1, 8'd100, 32'd4950100, 1'b0);
        call(32'hFFFF_FFFF, 32'd0, 8'd3, 32'hFFFF_FFFD, 1'b0); // -1*(0+1+2) mod 2^32
        call(32'h8000_0000, 32'h8000_0000, 8'd2, 32'h8000_0000, 1'b0); // wraps
        // back-to-back: ap_start stays high across ap_done
        call(32'd2,  32'd2, 8'd3,   32'd12,        1'b1);
        call(32'd10, 32'd0, 8'd5,   32'd100,       1'b0);

        // golden model on pseudo-random vectors
        for (i = 0; i < 12; i = i + 1) begin
            rx = $random(seed);
            ry = $random(seed);
            rn = $random(seed);
            call(rx, ry, rn, golden(rx, ry, rn), i[0]);
        end
        ap_start = 1'b0;

        // synchronous reset in the middle of a call
        @(negedge ap_clk);
        x = 32'd9; y = 32'd9; n = 8'd200; ap_start = 1'b1;
        repeat (7) @(negedge ap_clk);
        ap_start = 1'b0; ap_rst = 1'b1;
        @(negedge ap_clk);
        ap_rst = 1'b0;
        if (ap_idle !== 1'b1 || dut.ap_CS_fsm !== 4'd1)
            $fatal(1, "ERROR: ap_rst did not return the FSM to state1");
        call(32'd4, 32'd3, 8'd6, 32'd78, 1'b0);

        $display("vitis_dot: %0d calls checked", tests);
        $display("PASS");
        $finish;
    end
endmodule
