// tb_aes_like.v -- self-checking testbench for aes_like: hand-computed known
// answers (values from an independent software model of the cipher), a golden
// model written here as Verilog functions checked on random key/plaintext
// pairs, the cooperation of the two FSMs (the round FSM waits in RD_KEY for its
// round key in every round), back-to-back runs, and an asynchronous reset.
`timescale 1ns / 1ps
module tb_aes_like;
    reg         clk = 1'b0;
    reg         rst_n = 1'b0;
    reg         start = 1'b0;
    reg  [31:0] key = 32'd0;
    reg  [31:0] pt = 32'd0;
    wire        done;
    wire [31:0] ct;

    aes_like dut (.clk(clk), .rst_n(rst_n), .start(start), .key(key), .pt(pt),
                  .done(done), .ct(ct));

    always #5 clk = ~clk;

    // ---------------------------------------------------- golden model
    function [3:0] sbox(input [3:0] x);
        case (x)
            4'h0: sbox = 4'hC; 4'h1: sbox = 4'h5; 4'h2: sbox = 4'h6; 4'h3: sbox = 4'hB;
            4'h4: sbox = 4'h9; 4'h5: sbox = 4'h0; 4'h6: sbox = 4'hA; 4'h7: sbox = 4'hD;
            4'h8: sbox = 4'h3; 4'h9: sbox = 4'hE; 4'hA: sbox = 4'hF; 4'hB: sbox = 4'h8;
            4'hC: sbox = 4'h4; 4'hD: sbox = 4'h7; 4'hE: sbox = 4'h1; default: sbox = 4'h2;
        endcase
    endfunction
    function [31:0] rotl(input [31:0] v, input integer r);
        rotl = (v << r) | (v >> (32 - r));
    endfunction
    function [31:0] encrypt_model(input [31:0] k, input [31:0] p);
        reg [31:0] w, t, st, s2;
        integer r, j;
        begin
            w = k; st = p;
            for (r = 0; r < 4; r = r + 1) begin
                t = rotl(w, 3);
                w = {t[31:4], sbox(t[3:0]) ^ r[3:0]};          // rk_r
                for (j = 0; j < 8; j = j + 1)
                    s2[4*j +: 4] = sbox(st[4*j +: 4]);
                st = rotl(s2, 5) ^ w;
            end
            encrypt_model = st;
        end
    endfunction

    integer tests = 0;
    integer waits;
    // start is held high (key, pt stable) until done, as the harness host does;
    // keep_start leaves it high after done (back-to-back run).
    task encrypt(input [31:0] k, input [31:0] p, input [31:0] expected, input keep_start);
        integer cycles;
        begin
            key = k; pt = p; start = 1'b1;
            cycles = 0; waits = 0;
            @(negedge clk);
            while (done !== 1'b1) begin
                if (dut.rd_state == 2'd2 && !dut.rd_key_ok)
                    waits = waits + 1;
                @(negedge clk);
                cycles = cycles + 1;
                if (cycles > 100)
                    $fatal(1, "ERROR: timeout key=%h pt=%h", k, p);
            end
            // done 14 clock edges after start: the round FSM needs 2 cycles per
            // round but waits for keys derived every 3 cycles (5 wait cycles)
            if (cycles != 13)
                $fatal(1, "ERROR: done after %0d cycles, expected 13", cycles);
            if (waits != 5)
                $fatal(1, "ERROR: the round FSM waited %0d cycles for round keys, expected 5", waits);
            if (dut.kx_state !== 3'd4 || dut.rk_valid !== 4'b1111)
                $fatal(1, "ERROR: key expansion not in KX_DONE with all keys valid at done");
            tests = tests + 1;
            if (ct !== expected)
                $fatal(1, "ERROR: aes_like(key=%h, pt=%h) = %h, expected %h", k, p, ct, expected);
            if (encrypt_model(k, p) !== expected)
                $fatal(1, "ERROR: golden model disagrees with the known answer (key=%h pt=%h)", k, p);
            $display("aes_like(key=%h, pt=%h) = %h  (%0d cycles, %0d wait cycles)", k, p, ct, cycles + 1, waits);
            if (!keep_start) begin
                start = 1'b0; key = 32'hx; pt = 32'hx;
                @(negedge clk);
                if (done !== 1'b0 || dut.rd_state !== 2'd0 || dut.kx_state !== 3'd0 || dut.rk_valid !== 4'b0000)
                    $fatal(1, "ERROR: FSMs not idle after done");
                repeat (2) @(negedge clk);
                if (ct !== expected || done !== 1'b0)
                    $fatal(1, "ERROR: ct not held / done not a pulse");
            end else begin
                @(negedge clk);
                if (done !== 1'b0 || dut.rd_state !== 2'd0 || dut.kx_state !== 3'd0)
                    $fatal(1, "ERROR: FSMs not back in IDLE after done");
            end
        end
    endtask

    integer i;
    integer seed = 32'hAE5;
    reg [31:0] rk, rp;
    initial begin
        repeat (2) @(negedge clk);
        rst_n = 1'b1;
        @(negedge clk);
        if (done !== 1'b0 || ct !== 32'd0 || dut.rd_state !== 2'd0 || dut.kx_state !== 3'd0)
            $fatal(1, "ERROR: bad state after reset");

        // known answers (round keys of key 0: 0000000c 0000006d 00000361 00001b00)
        encrypt(32'h0000_0000, 32'h0000_0000, 32'h223C_7942, 1'b0);
        encrypt(32'hFFFF_FFFF, 32'hFFFF_FFFF, 32'h1110_DF9F, 1'b0);
        encrypt(32'h0000_0000, 32'hFFFF_FFFF, 32'hBB49_DA5B, 1'b0);
        encrypt(32'hFFFF_FFFF, 32'h0000_0000, 32'h6674_F0E8, 1'b0);
        encrypt(32'h0123_4567, 32'h89AB_CDEF, 32'hB6DC_F023, 1'b1);   // back-to-back
        encrypt(32'hDEAD_BEEF, 32'hCAFE_F00D, 32'h41D4_AE91, 1'b0);
        encrypt(32'h8000_0000, 32'h0000_0001, 32'h3DFE_917D, 1'b0);
        if (dut.rk0 !== 32'h0000_0009 || dut.rk3 !== 32'h0000_10FF)
            $fatal(1, "ERROR: round keys of key 80000000 wrong: %h %h", dut.rk0, dut.rk3);

        for (i = 0; i < 16; i = i + 1) begin
            rk = $random(seed);
            rp = $random(seed);
            encrypt(rk, rp, encrypt_model(rk, rp), i[0]);
        end

        // asynchronous reset in the middle of a run (between clock edges)
        key = 32'h1111_2222; pt = 32'h3333_4444; start = 1'b1;
        repeat (6) @(negedge clk);
        #3 rst_n = 1'b0;
        #1 if (dut.rd_state !== 2'd0 || dut.kx_state !== 3'd0 || dut.rk_valid !== 4'b0000 ||
               ct !== 32'd0 || done !== 1'b0)
            $fatal(1, "ERROR: rst_n did not reset the FSMs asynchronously");
        start = 1'b0;
        @(negedge clk);
        rst_n = 1'b1;
        encrypt(32'h0000_0000, 32'h0000_0000, 32'h223C_7942, 1'b0);

        $display("aes_like: %0d encryptions checked", tests);
        $display("PASS");
        $finish;
    end
endmodule
