// tb_calyx_seqmem.sv -- self-checking testbench for the Calyx-style `main`
// with an internal seq_mem_d1. Calyx go/done protocol: go is raised and held
// (a, len stable) until done is seen (a one-cycle pulse, `out` valid with it),
// then lowered. Expected values: hand-computed known answers, and a golden
// model of the two loops (memory indexed modulo 16) evaluated in the testbench.
module tb_calyx_seqmem;
    logic        clk = 1'b0;
    logic        reset = 1'b1;
    logic        go = 1'b0;
    logic [31:0] a = 32'd0;
    logic [4:0]  len = 5'd0;
    logic [31:0] out;
    logic        done;

    main dut (.a(a), .len(len), .go(go), .clk(clk), .reset(reset), .out(out), .done(done));

    always #5 clk = ~clk;

    integer tests = 0;

    // loop 1: m[i] = a + 3*i; loop 2: acc = 5*acc + m[i]   (all modulo 2^32)
    function automatic [31:0] golden(input [31:0] ga, input [4:0] gl);
        logic [31:0] m [0:15];
        logic [31:0] s;
        integer k;
        begin
            for (k = 0; k < gl; k = k + 1)
                m[k % 16] = ga + 3 * k;
            s = 32'd0;
            for (k = 0; k < gl; k = k + 1)
                s = s * 5 + m[k % 16];
            golden = s;
        end
    endfunction

    task automatic call(input [31:0] va, input [4:0] vl, input [31:0] expected);
        integer cycles;
        begin
            a = va; len = vl; go = 1'b1;
            cycles = 0;
            @(negedge clk);
            while (done !== 1'b1) begin
                @(negedge clk);
                cycles = cycles + 1;
                if (cycles > 1000)
                    $fatal(1, "ERROR: timeout a=%h len=%0d", va, vl);
            end
            tests = tests + 1;
            if (out !== expected)
                $fatal(1, "ERROR: main(a=%h, len=%0d) = %h, expected %h", va, vl, out, expected);
            if (golden(va, vl) !== expected)
                $fatal(1, "ERROR: golden model disagrees with the known answer (a=%h len=%0d)", va, vl);
            // done is seen 14*len + 6 clock edges after go was raised
            if (cycles != 14 * vl + 5)
                $fatal(1, "ERROR: latency %0d, expected %0d", cycles, 14 * vl + 5);
            go = 1'b0;
            @(negedge clk);
            if (done !== 1'b0 || dut.fsm_out !== 3'd0 || dut.fsm0_out !== 2'd0 || dut.fsm1_out !== 2'd0)
                $fatal(1, "ERROR: fsm registers did not return to 0 after done");
            if (out !== expected)
                $fatal(1, "ERROR: out not held after done");
            $display("main(a=%h, len=%0d) = %h  (%0d cycles)", va, vl, out, cycles + 1);
            // with go low the component stays idle
            repeat (3) @(negedge clk);
            if (done !== 1'b0 || dut.fsm_out !== 3'd0 || out !== expected)
                $fatal(1, "ERROR: component not idle while go is low");
        end
    endtask

    integer i;
    integer seed = 32'h5E9;
    logic [31:0] ra;
    logic [4:0]  rl;
    initial begin
        repeat (3) @(negedge clk);
        reset = 1'b0;
        @(negedge clk);
        if (done !== 1'b0 || dut.fsm_out !== 3'd0 || out !== 32'd0)
            $fatal(1, "ERROR: bad state after reset");

        // hand-computed known answers
        call(32'd7,   5'd0,  32'd0);          // both loops empty
        call(32'd7,   5'd1,  32'd7);          // m = {7}
        call(32'd1,   5'd2,  32'd9);          // m = {1,4}: 1*5 + 4
        call(32'd0,   5'd3,  32'd21);         // m = {0,3,6}: (0*5+3)*5 + 6
        call(32'd100, 5'd5,  32'd78682);      // 100, 603, 3121, 15714, 78682
        call(32'd0,   5'd16, 32'hA94D74E8);   // full memory
        call(32'hFFFF_FFFF, 5'd16, 32'hC790D8F8); // a + 3i wraps
        call(32'h8000_0000, 5'd7,  32'h8000_3933);
        // len > 16: addresses wrap (slice to 4 bits), later writes overwrite
        call(32'd5,   5'd31, 32'hA3E38686);
        call(32'hDEAD_BEEF, 5'd17, 32'hA6AE8527);

        // golden model on pseudo-random vectors (len 0..16)
        for (i = 0; i < 10; i = i + 1) begin
            ra = $random(seed);
            rl = $unsigned($random(seed)) % 17;
            call(ra, rl, golden(ra, rl));
        end

        // synchronous reset in the middle of a run (in the read loop)
        a = 32'd3; len = 5'd16; go = 1'b1;
        repeat (150) @(negedge clk);
        if (dut.fsm_out < 3'd3)
            $fatal(1, "ERROR: expected to be in the read loop");
        go = 1'b0; reset = 1'b1;
        @(negedge clk);
        reset = 1'b0;
        if (dut.fsm_out !== 3'd0 || dut.fsm1_out !== 2'd0 || out !== 32'd0 || done !== 1'b0)
            $fatal(1, "ERROR: reset did not clear the fsm registers / acc");
        call(32'd100, 5'd5, 32'd78682);

        $display("calyx_seqmem main: %0d runs checked", tests);
        $display("PASS");
        $finish;
    end
endmodule
