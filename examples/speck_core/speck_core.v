// speck_core.v -- SPECK32/64 block cipher core (Beaulieu et al., "The SIMON
// and SPECK Families of Lightweight Block Ciphers", 2013): 16-bit words,
// rotations alpha = 7 and beta = 2, 4 key words, 22 rounds. One round per
// clock; the key schedule runs on the fly alongside the rounds.
//
//   round i:   x = (ROR(x,7) + y) ^ k_i ;  y = ROL(y,2) ^ x
//   schedule:  l_{i+3} = (k_i + ROR(l_i,7)) ^ i ;  k_{i+1} = ROL(k_i,2) ^ l_{i+3}
//
// key = {l2, l1, l0, k0} (64 bits, most significant word first, as in the
// designers' test vector "1918 1110 0908 0100"), pt = {x, y}, ct = {x, y}.
//
// Controller: 2-bit `state` (IDLE, ROUND, DONE) and the 5-bit round counter
// `round` (0..21), with ACTIVE-LOW asynchronous reset rst_n. Datapath: x, y,
// k, l0, l1, l2 (16 bits each, not reset) and the output register ct (32,
// reset to 0).
`timescale 1ns / 1ps

module speck_core (
    input  wire        clk,
    input  wire        rst_n,
    input  wire        start,
    input  wire [63:0] key,
    input  wire [31:0] pt,
    output wire        done,
    output reg  [31:0] ct
);

    localparam [1:0] IDLE  = 2'd0,
                     ROUND = 2'd1,
                     DONE  = 2'd2;

    localparam [4:0] LAST_ROUND = 5'd21;

    reg  [1:0]  state;
    reg  [1:0]  state_next;
    reg  [4:0]  round;

    reg  [15:0] x, y;            // cipher state
    reg  [15:0] k;               // current round key k_i
    reg  [15:0] l0, l1, l2;      // key-schedule words l_i, l_{i+1}, l_{i+2}

    // ---------------------------------------------------------- round logic
    wire        last   = (round == LAST_ROUND);
    wire [15:0] x_ror7 = {x[6:0], x[15:7]};
    wire [15:0] x_next = (x_ror7 + y) ^ k;
    wire [15:0] y_next = {y[13:0], y[15:14]} ^ x_next;
    wire [15:0] l_new  = (k + {l0[6:0], l0[15:7]}) ^ {11'd0, round};
    wire [15:0] k_next = {k[13:0], k[15:14]} ^ l_new;

    // ---------------------------------------------------------------- controller
    always @(*) begin
        case (state)
            IDLE:    state_next = start ? ROUND : IDLE;
            ROUND:   state_next = last ? DONE : ROUND;
            DONE:    state_next = IDLE;
            default: state_next = IDLE;
        endcase
    end

    always @(posedge clk or negedge rst_n) begin
        if (!rst_n) begin
            state <= IDLE;
            round <= 5'd0;
        end else begin
            state <= state_next;
            if (state == ROUND && !last)
                round <= round + 5'd1;
            else
                round <= 5'd0;
        end
    end

    assign done = (state == DONE);

    // ------------------------------------------------------------------ datapath
    always @(posedge clk) begin
        case (state)
            IDLE: begin
                if (start) begin
                    x  <= pt[31:16];
                    y  <= pt[15:0];
                    k  <= key[15:0];
                    l0 <= key[31:16];
                    l1 <= key[47:32];
                    l2 <= key[63:48];
                end
            end
            ROUND: begin
                x  <= x_next;
                y  <= y_next;
                k  <= k_next;
                l0 <= l1;
                l1 <= l2;
                l2 <= l_new;
            end
            default: ;
        endcase
    end

    // Output register: written with the result of the last round.
    always @(posedge clk or negedge rst_n) begin
        if (!rst_n)
            ct <= 32'd0;
        else if (state == ROUND && last)
            ct <= {x_next, y_next};
    end

endmodule
