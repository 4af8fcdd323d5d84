// tb_calyx_style.sv -- self-checking testbench for the Calyx-style `main`.
// Calyx go/done protocol: go is raised and held until done is seen (done is a
// one-cycle pulse, `out` is valid with it), then go is lowered (go must stay
// high for the whole run, as Calyx's calling convention requires). Golden
// model: the loop in the testbench, modulo 2^32.
module tb_calyx_style;
    logic        clk = 1'b0;
    logic        reset = 1'b1;
    logic        go = 1'b0;
    logic [31:0] x = 32'd0;
    logic [31:0] n = 32'd0;
    logic [31:0] out;
    logic        done;

    main dut (.x(x), .n(n), .go(go), .clk(clk), .reset(reset), .out(out), .done(done));

    always #5 clk = ~clk;

    integer tests = 0;

    function automatic [31:0] golden(input [31:0] gx, input [31:0] gn);
        reg [31:0] s;
        reg [31:0] k;
        begin
            s = 32'd0;
            for (k = 0; k < gn; k = k + 1)
                s = s + gx + k;
            golden = s;
        end
    endfunction

    task automatic call(input [31:0] vx, input [31:0] vn, input [31:0] expected);
        integer cycles;
        begin
            x = vx; n = vn; go = 1'b1;
            cycles = 0;
            @(negedge clk);
            while (done !== 1'b1) begin
                @(negedge clk);
                cycles = cycles + 1;
                if (cycles > 5000)
                    $fatal(1, "ERROR: timeout x=%0d n=%0d", vx, vn);
            end
            tests = tests + 1;
            if (out !== expected)
                $fatal(1, "ERROR: main(x=%0d, n=%0d) = %0d, expected %0d", vx, vn, out, expected);
            if (golden(vx, vn) !== expected)
                $fatal(1, "ERROR: golden model disagrees with the known answer");
            go = 1'b0;
            @(negedge clk);
            if (done !== 1'b0 || dut.fsm_out !== 3'd0)
                $fatal(1, "ERROR: fsm did not return to 0 after done");
            if (out !== expected)
                $fatal(1, "ERROR: out not held after done");
            $display("main(x=%0d, n=%0d) = %0d  (%0d cycles)", vx, vn, out, cycles + 1);
            // with go low the component stays idle
            repeat (3) @(negedge clk);
            if (done !== 1'b0 || dut.fsm_out !== 3'd0 || out !== expected)
                $fatal(1, "ERROR: component not idle while go is low");
        end
    endtask

    integer i;
    integer seed = 32'hCA1;
    logic [31:0] rx, rn;
    initial begin
        repeat (3) @(negedge clk);
        reset = 1'b0;
        @(negedge clk);
        if (done !== 1'b0 || dut.fsm_out !== 3'd0 || out !== 32'd0)
            $fatal(1, "ERROR: bad state after reset");

        // known answers: sum_{i<n} (x + i) = n*x + n*(n-1)/2
        call(32'd10, 32'd4,  32'd46);
        call(32'd5,  32'd0,  32'd0);     // empty loop
        call(32'd7,  32'd1,  32'd7);
        call(32'd0,  32'd100, 32'd4950);
        call(32'hFFFF_FFFF, 32'd3, 32'd0); // (-1)+0 + (-1)+1 + (-1)+2 = 0 mod 2^32
        call(32'd1000, 32'd20, 32'd20190);

        // golden model on pseudo-random vectors
        for (i = 0; i < 10; i = i + 1) begin
            rx = $random(seed);
            rn = $random(seed);
            rn = rn % 64;
            call(rx, rn, golden(rx, rn));
        end

        // synchronous reset in the middle of a run
        x = 32'd3; n = 32'd50; go = 1'b1;
        repeat (20) @(negedge clk);
        go = 1'b0; reset = 1'b1;
        @(negedge clk);
        reset = 1'b0;
        if (dut.fsm_out !== 3'd0 || out !== 32'd0 || done !== 1'b0)
            $fatal(1, "ERROR: reset did not clear fsm/acc");
        call(32'd3, 32'd5, 32'd25);

        $display("calyx main: %0d runs checked", tests);
        $display("PASS");
        $finish;
    end
endmodule
