// tb_pipelined_loop.v -- self-checking testbench for pipelined_loop (ap_ctrl_hs,
// II = 1 pipelined loop of depth 3). Known answers were computed by hand (small
// cases) and with hand-written Python of the C source (see README.md); the C
// loop is also evaluated here as a Verilog function (golden) for random vectors.
`timescale 1 ns / 1 ps
module tb_pipelined_loop;
    reg         ap_clk = 1'b0;
    reg         ap_rst = 1'b1;
    reg         ap_start = 1'b0;
    wire        ap_done, ap_idle, ap_ready;
    reg  [31:0] seed = 32'd0;
    reg  [31:0] step = 32'd0;
    reg  [5:0]  n = 6'd0;
    wire [31:0] ap_return;

    pipelined_loop dut (.ap_clk(ap_clk), .ap_rst(ap_rst), .ap_start(ap_start),
                        .ap_done(ap_done), .ap_idle(ap_idle), .ap_ready(ap_ready),
                        .seed(seed), .step(step), .n(n), .ap_return(ap_return));

    always #5 ap_clk = ~ap_clk;

    integer tests = 0;

    function signed [15:0] coef(input [3:0] k);
        case (k)
            4'd0:  coef = 3;      4'd1:  coef = -5;     4'd2:  coef = 17;    4'd3:  coef = 1000;
            4'd4:  coef = -32768; 4'd5:  coef = 32767;  4'd6:  coef = 7;     4'd7:  coef = -1;
            4'd8:  coef = 0;      4'd9:  coef = 255;    4'd10: coef = -300;  4'd11: coef = 12;
            4'd12: coef = 4096;   4'd13: coef = -9;     4'd14: coef = 21;    default: coef = 64;
        endcase
    endfunction

    function [31:0] golden(input [31:0] gs, input [31:0] gst, input [5:0] gn);
        integer k;
        reg [31:0] acc, x, c;
        reg [15:0] cf;
        begin
            acc = 32'd0;
            for (k = 0; k < gn; k = k + 1) begin
                x = gs + k * gst;
                cf = coef(k[3:0]);
                c = {{16{cf[15]}}, cf};   // sign-extend
                acc = acc + c * x;
            end
            golden = acc;
        end
    endfunction

    // One ap_ctrl_hs transaction: raise ap_start, hold inputs stable until
    // ap_done, check ap_return in the ap_done cycle. keep_start leaves ap_start
    // high after ap_done (back-to-back calls).
    task call(input [31:0] vs, input [31:0] vst, input [5:0] vn,
              input [31:0] expected, input keep_start);
        integer cycles, lat;
        begin
            seed = vs; step = vst; n = vn; ap_start = 1'b1;
            cycles = 0;
            @(negedge ap_clk);
            if (ap_idle !== 1'b0)
                $fatal(1, "ERROR: ap_idle high while ap_start is high");
            while (ap_done !== 1'b1) begin
                if (ap_ready !== 1'b0)
                    $fatal(1, "ERROR: ap_ready without ap_done");
                @(negedge ap_clk);
                cycles = cycles + 1;
                if (cycles > 500)
                    $fatal(1, "ERROR: timeout seed=%h step=%h n=%0d", vs, vst, vn);
            end
            if (ap_ready !== 1'b1)
                $fatal(1, "ERROR: ap_ready must accompany ap_done");
            tests = tests + 1;
            if (ap_return !== expected)
                $fatal(1, "ERROR: pipelined_loop(seed=%h, step=%h, n=%0d) = %h, expected %h",
                       vs, vst, vn, ap_return, expected);
            if (golden(vs, vst, vn) !== expected)
                $fatal(1, "ERROR: golden model disagrees with the known answer");
            // II = 1: n + 4 cycles (start, n issues + exit test, drain, done); 3 for n = 0
            lat = (vn == 0) ? 3 : vn + 4;
            if (cycles + 2 !== lat)
                $fatal(1, "ERROR: latency %0d, expected %0d", cycles + 2, lat);
            $display("pipelined_loop(seed=%h, step=%h, n=%0d) = %h  (%0d cycles)",
                     vs, vst, vn, ap_return, cycles + 2);
            if (!keep_start) begin
                ap_start = 1'b0;
                @(negedge ap_clk);
                if (ap_idle !== 1'b1 || ap_done !== 1'b0)
                    $fatal(1, "ERROR: not idle after ap_done");
                if (ap_return !== expected)
                    $fatal(1, "ERROR: ap_return not held after ap_done");
                if (dut.ap_enable_reg_pp0_iter0 !== 1'b0 || dut.ap_enable_reg_pp0_iter1 !== 1'b0
                    || dut.ap_enable_reg_pp0_iter2 !== 1'b0)
                    $fatal(1, "ERROR: pipeline not drained after ap_done");
            end else begin
                // ap_start still high: the next call starts in this very cycle
                @(negedge ap_clk);
                if (ap_idle !== 1'b0 || ap_done !== 1'b0 || dut.ap_CS_fsm !== 3'd1)
                    $fatal(1, "ERROR: back-to-back call did not restart");
            end
        end
    endtask

    integer i;
    integer rseed = 32'h0f1e2d3c;
    reg [31:0] rs, rst;
    reg [5:0]  rn;
    initial begin
        repeat (3) @(negedge ap_clk);
        ap_rst = 1'b0;
        @(negedge ap_clk);
        if (ap_idle !== 1'b1 || ap_done !== 1'b0 || ap_ready !== 1'b0)
            $fatal(1, "ERROR: bad handshake outputs after reset");

        // known answers
        call(32'd0, 32'd0, 6'd0, 32'h0000_0000, 1'b0);              // empty loop
        call(32'd5, 32'd7, 6'd0, 32'h0000_0000, 1'b0);              // empty loop
        call(32'd10, 32'd1, 6'd1, 32'h0000_001E, 1'b0);             // 3*10
        call(32'd0, 32'd1, 6'd3, 32'h0000_001D, 1'b0);              // 0*3 + 1*(-5) + 2*17
        call(32'd100, 32'd0, 6'd16, 32'h0007_DF3C, 1'b0);           // 100 * sum(coef) = 100*5159
        call(32'd1, 32'd1, 6'd63, 32'h000D_07D8, 1'b0);             // max n, coef index wraps
        call(32'hFFFF_FFFF, 32'hFFFF_FFFF, 6'd63, 32'hFFF2_F828, 1'b0);
        call(32'h8000_0000, 32'h8000_0000, 6'd5, 32'h0000_0000, 1'b0); // wraps to 0
        // back-to-back: ap_start stays high across ap_done
        call(32'h1234_5678, 32'h9ABC_DEF0, 6'd2, 32'hD5E6_F860, 1'b1);
        call(32'd10, 32'd1, 6'd1, 32'h0000_001E, 1'b1);
        call(32'd0, 32'd0, 6'd0, 32'h0000_0000, 1'b0);

        // golden model on pseudo-random vectors
        for (i = 0; i < 16; i = i + 1) begin
            rs = $random(rseed);
            rst = $random(rseed);
            rn = $random(rseed);
            call(rs, rst, rn, golden(rs, rst, rn), i[0]);
        end
        ap_start = 1'b0;

        // synchronous reset in the middle of the pipeline
        @(negedge ap_clk);
        seed = 32'd9; step = 32'd3; n = 6'd40; ap_start = 1'b1;
        repeat (10) @(negedge ap_clk);
        if (dut.ap_enable_reg_pp0_iter2 !== 1'b1)
            $fatal(1, "ERROR: expected a full pipeline");
        ap_start = 1'b0; ap_rst = 1'b1;
        @(negedge ap_clk);
        ap_rst = 1'b0;
        if (ap_idle !== 1'b1 || dut.ap_CS_fsm !== 3'd1 || dut.ap_enable_reg_pp0_iter0 !== 1'b0
            || dut.ap_enable_reg_pp0_iter1 !== 1'b0 || dut.ap_enable_reg_pp0_iter2 !== 1'b0)
            $fatal(1, "ERROR: ap_rst did not return the FSM to state1 and empty the pipeline");
        call(32'd0, 32'd1, 6'd3, 32'h0000_001D, 1'b0);

        $display("pipelined_loop: %0d calls checked", tests);
        $display("PASS");
        $finish;
    end
endmodule
