// aes_like.v -- hand-written toy block cipher (written for idetic): 4 rounds on a
// 32-bit block with a 32-bit key, computed by TWO COOPERATING FSMs that run
// concurrently:
//
//   * the key-expansion FSM (kx_state, kx_r) derives the round keys rk0..rk3,
//     one every 3 cycles, and raises rk_valid[r] when rk<r> is stored, and
//     kx_done when all four are;
//   * the round FSM (rd_state, rd_round) substitutes the block and then, in
//     RD_KEY, waits until the key of its round is ready (rk_valid[rd_round] or
//     kx_done) before the key mixing. The key-expansion FSM in turn waits in
//     KX_DONE until the round FSM has finished (RD_DONE), then both are idle.
//
// S-box S (4 -> 4 bits, a 16 x 4 ROM with constant initial contents and an
// asynchronous read, module aes_like_sbox; the values are the PRESENT S-box):
//   S = C 5 6 B 9 0 A D 3 E F 8 4 7 1 2
//
// Key schedule (w_{-1} = key), for r = 0..3:
//   t    = rotl(w_{r-1}, 3)
//   rk_r = {t[31:4], S[t[3:0]]} ^ r          (w_r = rk_r)
// Rounds (st = pt), for r = 0..3:
//   st = SubNibbles(st)                      (S on each of the 8 nibbles)
//   st = rotl(st, 5) ^ rk_r
// ct = st.
//
// Reset: rst_n, ASYNCHRONOUS active low, on the controllers (kx_state, kx_r,
// rk_valid, rd_state, rd_round) and on ct; the datapath registers (kx_w,
// rk0..rk3, rd_st) are not reset. start is sampled in RD_IDLE/KX_IDLE together
// with key and pt; done is a one-cycle pulse (rd_state == RD_DONE) and ct is
// held from done until the next result.

module aes_like_sbox (
    input  wire [3:0] a,
    output wire [3:0] q
);
    reg [3:0] rom [0:15];

    initial begin
        rom[0]  = 4'hC; rom[1]  = 4'h5; rom[2]  = 4'h6; rom[3]  = 4'hB;
        rom[4]  = 4'h9; rom[5]  = 4'h0; rom[6]  = 4'hA; rom[7]  = 4'hD;
        rom[8]  = 4'h3; rom[9]  = 4'hE; rom[10] = 4'hF; rom[11] = 4'h8;
        rom[12] = 4'h4; rom[13] = 4'h7; rom[14] = 4'h1; rom[15] = 4'h2;
    end

    assign q = rom[a];
endmodule

module aes_like (
    input  wire        clk,
    input  wire        rst_n,
    input  wire        start,
    input  wire [31:0] key,
    input  wire [31:0] pt,
    output wire        done,
    output reg  [31:0] ct
);
    // ------------------------------------------------ key-expansion FSM
    localparam [2:0] KX_IDLE  = 3'd0,
                     KX_ROT   = 3'd1,
                     KX_SUB   = 3'd2,
                     KX_STORE = 3'd3,
                     KX_DONE  = 3'd4;

    reg  [2:0]  kx_state;
    reg  [1:0]  kx_r;        // index of the round key being derived
    reg  [3:0]  rk_valid;    // rk_valid[r]: rk<r> is stored (this run)
    reg  [31:0] kx_w;        // working word of the key schedule
    reg  [31:0] rk0, rk1, rk2, rk3;
    wire [3:0]  kx_sub;      // S[kx_w[3:0]]
    wire        kx_done = (kx_state == KX_DONE);

    // ------------------------------------------------ round FSM
    localparam [1:0] RD_IDLE = 2'd0,
                     RD_SUB  = 2'd1,
                     RD_KEY  = 2'd2,
                     RD_DONE = 2'd3;

    reg  [1:0]  rd_state;
    reg  [1:0]  rd_round;
    reg  [31:0] rd_st;       // the block
    wire [31:0] rd_sub;      // SubNibbles(rd_st)
    reg  [31:0] rd_rk;       // round key of rd_round
    wire        rd_key_ok = rk_valid[rd_round] | kx_done;
    wire [31:0] rd_mix = {rd_st[26:0], rd_st[31:27]} ^ rd_rk;

    assign done = (rd_state == RD_DONE);

    // ------------------------------------------------ S-box ROM instances
    aes_like_sbox u_kx_sbox (.a(kx_w[3:0]), .q(kx_sub));

    genvar g;
    generate
        for (g = 0; g < 8; g = g + 1) begin : g_sub
            aes_like_sbox u_sbox (.a(rd_st[4*g+3:4*g]), .q(rd_sub[4*g+3:4*g]));
        end
    endgenerate

    always @* begin
        case (rd_round)
            2'd0:    rd_rk = rk0;
            2'd1:    rd_rk = rk1;
            2'd2:    rd_rk = rk2;
            default: rd_rk = rk3;
        endcase
    end

    // ------------------------------------------------ key expansion: control
    always @(posedge clk or negedge rst_n) begin
        if (!rst_n) begin
            kx_state <= KX_IDLE;
            kx_r     <= 2'd0;
            rk_valid <= 4'b0000;
        end else begin
            case (kx_state)
                KX_IDLE: if (start) begin
                    kx_state <= KX_ROT;
                    kx_r     <= 2'd0;
                    rk_valid <= 4'b0000;
                end
                KX_ROT:   kx_state <= KX_SUB;
                KX_SUB:   kx_state <= KX_STORE;
                KX_STORE: begin
                    rk_valid[kx_r] <= 1'b1;
                    kx_r           <= kx_r + 2'd1;
                    kx_state       <= (kx_r == 2'd3) ? KX_DONE : KX_ROT;
                end
                KX_DONE: if (rd_state == RD_DONE) begin   // wait for the round FSM
                    kx_state <= KX_IDLE;
                    rk_valid <= 4'b0000;
                end
                default:  kx_state <= KX_IDLE;
            endcase
        end
    end

    // ------------------------------------------------ key expansion: datapath
    always @(posedge clk) begin
        case (kx_state)
            KX_IDLE:  if (start) kx_w <= key;
            KX_ROT:   kx_w <= {kx_w[28:0], kx_w[31:29]};
            KX_SUB:   kx_w <= {kx_w[31:4], kx_sub ^ {2'b00, kx_r}};
            default:  ;
        endcase
        if (kx_state == KX_STORE) begin
            case (kx_r)
                2'd0:    rk0 <= kx_w;
                2'd1:    rk1 <= kx_w;
                2'd2:    rk2 <= kx_w;
                default: rk3 <= kx_w;
            endcase
        end
    end

    // ------------------------------------------------ rounds: control
    always @(posedge clk or negedge rst_n) begin
        if (!rst_n) begin
            rd_state <= RD_IDLE;
            rd_round <= 2'd0;
        end else begin
            case (rd_state)
                RD_IDLE: if (start) begin
                    rd_state <= RD_SUB;
                    rd_round <= 2'd0;
                end
                RD_SUB:  rd_state <= RD_KEY;
                RD_KEY:  if (rd_key_ok) begin            // else: wait for rk<rd_round>
                    rd_round <= rd_round + 2'd1;
                    rd_state <= (rd_round == 2'd3) ? RD_DONE : RD_SUB;
                end
                default: rd_state <= RD_IDLE;            // RD_DONE
            endcase
        end
    end

    // ------------------------------------------------ rounds: datapath
    always @(posedge clk) begin
        case (rd_state)
            RD_IDLE: if (start) rd_st <= pt;
            RD_SUB:  rd_st <= rd_sub;
            RD_KEY:  if (rd_key_ok) rd_st <= rd_mix;
            default: ;
        endcase
    end

    always @(posedge clk or negedge rst_n) begin
        if (!rst_n)
            ct <= 32'd0;
        else if (rd_state == RD_KEY && rd_key_ok && rd_round == 2'd3)
            ct <= rd_mix;
    end
endmodule
