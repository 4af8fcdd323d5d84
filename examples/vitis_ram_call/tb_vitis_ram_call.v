// tb_vitis_ram_call.v -- self-checking testbench for vitis_ram_call (ap_ctrl_hs).
// Known answers were computed by hand-written Python of the C source (see
// README.md); the same C source is also evaluated here as a Verilog function
// (golden) and checked against the known answers and on random vectors.
`timescale 1 ns / 1 ps
module tb_vitis_ram_call;
    reg         ap_clk = 1'b0;
    reg         ap_rst = 1'b1;
    reg         ap_start = 1'b0;
    wire        ap_done, ap_idle, ap_ready;
    reg  [31:0] seed = 32'd0;
    reg  [4:0]  n = 5'd0;
    wire [31:0] ap_return;

    vitis_ram_call dut (.ap_clk(ap_clk), .ap_rst(ap_rst), .ap_start(ap_start),
                        .ap_done(ap_done), .ap_idle(ap_idle), .ap_ready(ap_ready),
                        .seed(seed), .n(n), .ap_return(ap_return));

    always #5 ap_clk = ~ap_clk;

    integer tests = 0;

    function [31:0] mix(input [31:0] a, input [31:0] b);
        reg [31:0] t;
        begin
            t = (a ^ b) + 32'h6A09E667;
            t = t * 32'h85EBCA6B;
            t = t ^ (t >> 13);
            t = t * 32'hC2B2AE35;
            mix = t ^ (t >> 16);
        end
    endfunction

    reg [31:0] gbuf [0:31];
    function [31:0] golden(input [31:0] gs, input [4:0] gn);
        integer k;
        reg [31:0] acc;
        begin
            for (k = 0; k < gn; k = k + 1)
                gbuf[k] = gs ^ (k * 32'h9E3779B9);
            acc = mix(gs, {27'd0, gn});
            for (k = 0; k < gn; k = k + 1)
                acc = mix(acc, gbuf[k]);
            golden = acc;
        end
    endfunction

    // One ap_ctrl_hs transaction: raise ap_start, hold inputs stable until
    // ap_done, check ap_return in the ap_done cycle. keep_start leaves ap_start
    // high after ap_done (back-to-back calls).
    task call(input [31:0] vs, input [4:0] vn, input [31:0] expected, input keep_start);
        integer cycles;
        begin
            seed = vs; n = vn; ap_start = 1'b1;
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
                    $fatal(1, "ERROR: timeout seed=%h n=%0d", vs, vn);
            end
            if (ap_ready !== 1'b1)
                $fatal(1, "ERROR: ap_ready must accompany ap_done");
            tests = tests + 1;
            if (ap_return !== expected)
                $fatal(1, "ERROR: vitis_ram_call(seed=%h, n=%0d) = %h, expected %h",
                       vs, vn, ap_return, expected);
            if (golden(vs, vn) !== expected)
                $fatal(1, "ERROR: golden model disagrees with the known answer");
            if (cycles + 2 !== 8 * vn + 9)
                $fatal(1, "ERROR: latency %0d, expected 8n+9 = %0d", cycles + 2, 8 * vn + 9);
            $display("vitis_ram_call(seed=%h, n=%0d) = %h  (%0d cycles)",
                     vs, vn, ap_return, cycles + 2);
            if (!keep_start) begin
                ap_start = 1'b0;
                @(negedge ap_clk);
                if (ap_idle !== 1'b1 || ap_done !== 1'b0)
                    $fatal(1, "ERROR: not idle after ap_done");
                if (ap_return !== expected)
                    $fatal(1, "ERROR: ap_return not held after ap_done");
            end else begin
                // ap_start still high: the next call starts in this very cycle
                @(negedge ap_clk);
                if (ap_idle !== 1'b0 || ap_done !== 1'b0 || dut.ap_CS_fsm !== 7'd1)
                    $fatal(1, "ERROR: back-to-back call did not restart");
            end
        end
    endtask

    integer i;
    integer rseed = 32'h1234abcd;
    reg [31:0] rs;
    reg [4:0]  rn;
    initial begin
        repeat (3) @(negedge ap_clk);
        ap_rst = 1'b0;
        @(negedge ap_clk);
        if (ap_idle !== 1'b1 || ap_done !== 1'b0 || ap_ready !== 1'b0)
            $fatal(1, "ERROR: bad handshake outputs after reset");

        // known answers (Python model of the C source)
        call(32'h0000_0000, 5'd0,  32'h96EDA278, 1'b0);  // n = 0: mix(seed, 0) only
        call(32'h0000_0000, 5'd1,  32'hC90E47C3, 1'b0);  // n = 1
        call(32'hFFFF_FFFF, 5'd31, 32'h04E08CC5, 1'b0);  // max n, whole RAM
        call(32'h1234_5678, 5'd0,  32'h8B5B5775, 1'b0);
        call(32'h1234_5678, 5'd1,  32'h32BD7A68, 1'b0);  // buf[0] from this call, not the last
        call(32'h0000_0001, 5'd2,  32'h366AA2F6, 1'b0);
        call(32'h8000_0000, 5'd5,  32'h5605ECA7, 1'b0);
        // back-to-back: ap_start stays high across ap_done
        call(32'hDEAD_BEEF, 5'd31, 32'h46BB8E7E, 1'b1);
        call(32'h0000_002A, 5'd17, 32'hDDA5735C, 1'b0);

        // golden model on pseudo-random vectors
        for (i = 0; i < 12; i = i + 1) begin
            rs = $random(rseed);
            rn = $random(rseed);
            call(rs, rn, golden(rs, rn), i[0]);
        end
        ap_start = 1'b0;

        // synchronous reset in the middle of a call (the sub-function is running)
        @(negedge ap_clk);
        seed = 32'd9; n = 5'd20; ap_start = 1'b1;
        repeat (40) @(negedge ap_clk);
        if (dut.grp_mix_fu_98.ap_CS_fsm === 5'd1)
            $fatal(1, "ERROR: expected the sub-function to be busy");
        ap_start = 1'b0; ap_rst = 1'b1;
        @(negedge ap_clk);
        ap_rst = 1'b0;
        if (ap_idle !== 1'b1 || dut.ap_CS_fsm !== 7'd1 || dut.grp_mix_fu_98.ap_CS_fsm !== 5'd1
            || dut.grp_mix_fu_98_ap_start_reg !== 1'b0)
            $fatal(1, "ERROR: ap_rst did not return the FSMs to state1");
        call(32'h0000_0000, 5'd1, 32'hC90E47C3, 1'b0);

        $display("vitis_ram_call: %0d calls checked", tests);
        $display("PASS");
        $finish;
    end
endmodule
