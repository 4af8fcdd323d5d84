// tb_catapult_style.v -- self-checking testbench for popcnt_sum (Catapult
// style, ac_channel valid/ready I/O, asynchronous active-low arst_n).
// Golden model: sum_{k=1..8} popcount(rotl(word, k)) evaluated in the
// testbench, plus hand-computed known answers (rotation keeps the popcount,
// so the result is 8 * popcount(word)).
`timescale 1ns / 1ps
module tb_catapult_style;
    reg         clk = 1'b0;
    reg         arst_n = 1'b0;
    reg  [31:0] din_rsc_dat = 32'd0;
    reg         din_rsc_vld = 1'b0;
    wire        din_rsc_rdy;
    wire [31:0] dout_rsc_dat;
    wire        dout_rsc_vld;
    reg         dout_rsc_rdy = 1'b1;

    popcnt_sum dut (.clk(clk), .arst_n(arst_n),
                    .din_rsc_dat(din_rsc_dat), .din_rsc_vld(din_rsc_vld), .din_rsc_rdy(din_rsc_rdy),
                    .dout_rsc_dat(dout_rsc_dat), .dout_rsc_vld(dout_rsc_vld), .dout_rsc_rdy(dout_rsc_rdy));

    always #5 clk = ~clk;

    function [31:0] golden(input [31:0] w);
        reg [31:0] r;
        reg [31:0] s;
        integer k, b;
        begin
            s = 32'd0;
            r = w;
            for (k = 1; k <= 8; k = k + 1) begin
                r = {r[30:0], r[31]};
                for (b = 0; b < 32; b = b + 1)
                    s = s + r[b];
            end
            golden = s;
        end
    endfunction

    integer tests = 0;
    // One transaction: present the word with din_rsc_vld until dout_rsc_vld is
    // seen (the host holds dout_rsc_rdy high, or low for `stall` cycles first),
    // then drop din_rsc_vld in that very cycle.
    task run(input [31:0] w, input [31:0] expected, input integer stall);
        integer cycles;
        begin
            din_rsc_dat = w; din_rsc_vld = 1'b1;
            dout_rsc_rdy = (stall == 0);
            cycles = 0;
            while (dout_rsc_vld !== 1'b1) begin
                @(negedge clk);
                cycles = cycles + 1;
                if (cycles > 100)
                    $fatal(1, "ERROR: timeout din=%h", w);
            end
            // while_C_0 (read) + 8 x for_C_0, then while_C_1 drives dout_rsc_vld
            if (cycles != 9)
                $fatal(1, "ERROR: din=%h: dout_rsc_vld after %0d cycles, expected 9", w, cycles);
            din_rsc_vld = 1'b0; din_rsc_dat = 32'hx;   // consumed in the read cycle
            if (stall > 0) begin
                repeat (stall) begin
                    @(negedge clk);
                    if (dout_rsc_vld !== 1'b1 || dout_rsc_dat !== expected || din_rsc_rdy !== 1'b0)
                        $fatal(1, "ERROR: output not held while dout_rsc_rdy is low");
                end
                dout_rsc_rdy = 1'b1;
            end
            tests = tests + 1;
            if (dout_rsc_dat !== expected)
                $fatal(1, "ERROR: popcnt_sum(%h) = %0d, expected %0d", w, dout_rsc_dat, expected);
            if (golden(w) !== expected)
                $fatal(1, "ERROR: golden model disagrees with the known answer for %h", w);
            $display("popcnt_sum(%h) = %0d", w, dout_rsc_dat);
            @(negedge clk);
            if (dout_rsc_vld !== 1'b0 || din_rsc_rdy !== 1'b1)
                $fatal(1, "ERROR: not back in while_C_0 after the write");
        end
    endtask

    integer i;
    integer seed = 32'hCA7A;
    reg [31:0] rw;
    initial begin
        repeat (2) @(negedge clk);
        if (din_rsc_rdy !== 1'b0 || dout_rsc_vld !== 1'b0)
            $fatal(1, "ERROR: handshake outputs active in reset");
        arst_n = 1'b1;
        // main_C_0 for one cycle, then while_C_0 waits for din with rdy high
        if (din_rsc_rdy !== 1'b0)
            $fatal(1, "ERROR: din_rsc_rdy high in main_C_0");
        din_rsc_dat = 32'h0000_0001; din_rsc_vld = 1'b1;
        // main_C_0 (one cycle after reset) -> while_C_0
        @(negedge clk);
        if (din_rsc_rdy !== 1'b1)
            $fatal(1, "ERROR: din_rsc_rdy low in while_C_0");
        run(32'h0000_0001, 32'd8, 0);

        // no valid input: the core stalls in while_C_0 with rdy high
        repeat (5) begin
            @(negedge clk);
            if (din_rsc_rdy !== 1'b1 || dout_rsc_vld !== 1'b0)
                $fatal(1, "ERROR: core did not wait for din");
        end

        run(32'h0000_0000, 32'd0,   0);
        run(32'hFFFF_FFFF, 32'd256, 0);    // maximal sum (9 bits)
        run(32'h8000_0001, 32'd16,  0);    // bits crossing the rotation boundary
        run(32'hF0F0_F0F0, 32'd128, 3);    // with output back-pressure
        run(32'h1234_5678, 32'd104, 0);    // popcount 13
        run(32'h7FFF_FFFF, 32'd248, 1);

        for (i = 0; i < 12; i = i + 1) begin
            rw = $random(seed);
            run(rw, golden(rw), i % 3);
        end

        // asynchronous reset in the middle of the loop (between clock edges)
        din_rsc_dat = 32'hFFFF_0000; din_rsc_vld = 1'b1;
        repeat (4) @(negedge clk);
        #2 arst_n = 1'b0;
        #1 if (din_rsc_rdy !== 1'b0 || dout_rsc_vld !== 1'b0 ||
               dut.popcnt_sum_core_inst.popcnt_sum_core_core_fsm_inst.state_var !== 2'd0 ||
               dut.popcnt_sum_core_inst.for_k_3_0_sva !== 4'd0)
            $fatal(1, "ERROR: arst_n did not reset the core asynchronously");
        din_rsc_vld = 1'b0;
        @(negedge clk);
        arst_n = 1'b1;
        din_rsc_vld = 1'b1; din_rsc_dat = 32'h0F00_0003;
        @(negedge clk);   // main_C_0
        run(32'h0F00_0003, 32'd48, 0);

        $display("popcnt_sum: %0d transactions checked", tests);
        $display("PASS");
        $finish;
    end
endmodule
