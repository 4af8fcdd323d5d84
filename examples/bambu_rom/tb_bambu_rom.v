// tb_bambu_rom.v -- self-checking testbench for the Bambu-style crc_rom.
// Bambu protocol: start_port starts a call (data_in and len are sampled with
// it), done_port is a one-cycle pulse, return_port is valid while done_port is
// high.
// Golden model: bit-serial CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no
// reflection, no final xor) over the low min(len,4) bytes of data_in, LSB byte
// first, followed by max(len-4,0) zero bytes -- computed without the table.
`timescale 1ns / 1ps
module tb_bambu_rom;
    reg         clock = 1'b0;
    reg         reset = 1'b0;          // active low
    reg         start_port;            // X until #1, see below
    reg  [31:0] data_in = 32'd0;
    reg  [2:0]  len = 3'd0;
    wire        done_port;
    wire [15:0] return_port;

    crc_rom dut (.clock(clock), .reset(reset), .start_port(start_port),
                 .done_port(done_port), .data_in(data_in), .len(len),
                 .return_port(return_port));

    always #5 clock = ~clock;

    integer tests = 0;

    function [15:0] crc_ref(input [31:0] d, input [2:0] l);
        reg [15:0] c;
        reg [63:0] bytes;
        integer k, b;
        begin
            c = 16'hFFFF;
            bytes = {32'd0, d};
            for (k = 0; k < l; k = k + 1) begin
                c = c ^ {bytes[8*k +: 8], 8'h00};
                for (b = 0; b < 8; b = b + 1)
                    c = c[15] ? ((c << 1) ^ 16'h1021) : (c << 1);
            end
            crc_ref = c;
        end
    endfunction

    // hold = 1: start_port, data_in and len stay high/stable until done_port (the
    // harness's way); hold = 0: one-cycle start pulse, data_in and len X afterwards.
    task call(input [31:0] d, input [2:0] l, input [15:0] expected, input hold);
        integer cycles;
        begin
            @(negedge clock);
            data_in = d; len = l; start_port = 1'b1;
            @(negedge clock);
            if (!hold) begin
                start_port = 1'b0; data_in = 32'hxxxxxxxx; len = 3'bxxx;  // sampled with start_port only
            end
            cycles = 1;
            while (done_port !== 1'b1) begin
                @(negedge clock);
                cycles = cycles + 1;
                if (cycles > 100)
                    $fatal(1, "ERROR: timeout crc_rom(%h, %0d)", d, l);
            end
            start_port = 1'b0;
            tests = tests + 1;
            if (return_port !== expected)
                $fatal(1, "ERROR: crc_rom(%h, %0d) = %h, expected %h", d, l, return_port, expected);
            if (crc_ref(d, l) !== expected)
                $fatal(1, "ERROR: golden model disagrees with known answer for (%h, %0d)", d, l);
            if (cycles != 4 * l + 3)
                $fatal(1, "ERROR: crc_rom(%h, %0d) took %0d cycles, expected %0d", d, l, cycles, 4 * l + 3);
            @(negedge clock);
            if (done_port !== 1'b0)
                $fatal(1, "ERROR: done_port is not a one-cycle pulse");
            if (dut.Controller_i._present_state !== 6'b000001)
                $fatal(1, "ERROR: not back in S_0 after done_port");
            $display("crc_rom(%h, %0d) = %h  (%0d cycles)", d, l, expected, cycles);
        end
    endtask

    integer i;
    integer seed = 32'hC4C16;
    reg [31:0] rd;
    reg [2:0]  rl;
    initial begin
        // the state register has an initial value: check it before any reset
        // Bambu's controller is a plain always @(*) block: Icarus does not run
        // it at time 0, so give it an input event (start_port X -> 0).
        #1;
        start_port = 1'b0;
        if (dut.Controller_i._present_state !== 6'b000001)
            $fatal(1, "ERROR: _present_state initial value is not S_0");
        if (dut.Datapath_i.crc_rom_table_0_i0.memory[9] !== 16'h9129)
            $fatal(1, "ERROR: ROM contents not initialised");
        repeat (3) @(negedge clock);
        reset = 1'b1;                      // release the active-low reset
        @(negedge clock);
        if (done_port !== 1'b0)
            $fatal(1, "ERROR: done_port high after reset");

        // known answers (CRC-16/CCITT-FALSE; "123456789" gives 29B1 with this model)
        call(32'h34333231, 3'd4, 16'h5349, 1'b0);   // "1234"
        call(32'h00000031, 3'd1, 16'hC782, 1'b1);   // "1"
        call(32'h00003231, 3'd2, 16'h3DBA, 1'b0);   // "12"
        call(32'hDEADBEEF, 3'd0, 16'hFFFF, 1'b0);   // len = 0: init value
        call(32'h00000000, 3'd0, 16'hFFFF, 1'b1);
        call(32'hFFFFFFFF, 3'd4, 16'h1D0F, 1'b0);
        call(32'h00000000, 3'd4, 16'h84C0, 1'b1);
        call(32'h12345678, 3'd3, 16'h6FFB, 1'b0);
        call(32'h00000080, 3'd1, 16'h7078, 1'b0);
        call(32'hDEADBEEF, 3'd5, 16'hD597, 1'b1);   // len > 4: zero bytes follow
        call(32'hA5A5A5A5, 3'd6, 16'hA555, 1'b0);
        call(32'hFFFFFFFF, 3'd7, 16'h110C, 1'b1);   // len = max

        // golden model on pseudo-random vectors
        for (i = 0; i < 24; i = i + 1) begin
            rd = $random(seed);
            rl = $random(seed);
            call(rd, rl, crc_ref(rd, rl), i[0]);
        end

        // active-low reset in the middle of a computation, then a clean run
        @(negedge clock);
        data_in = 32'h01020304; len = 3'd4; start_port = 1'b1;
        @(negedge clock); start_port = 1'b0;
        repeat (6) @(negedge clock);
        reset = 1'b0; @(negedge clock); reset = 1'b1;
        if (done_port !== 1'b0 || dut.Controller_i._present_state !== 6'b000001)
            $fatal(1, "ERROR: reset during the loop did not return to S_0");
        repeat (8) @(negedge clock);
        if (done_port !== 1'b0)
            $fatal(1, "ERROR: done_port after an aborted call");
        call(32'h34333231, 3'd4, 16'h5349, 1'b0);

        $display("crc_rom: %0d calls checked", tests);
        $display("PASS");
        $finish;
    end
endmodule
