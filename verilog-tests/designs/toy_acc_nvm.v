// toy_acc_nvm.v -- harness self-test design: toy_acc.v with a HAND-WRITTEN
// checkpoint engine that implements docs/NVM_PROTOCOL.md (ports, two-slot image
// with header / index / checksum, header written last, empty record for no-replay).
// It exists so the power-failure harness can be tested without the rewriter.
//
// Image (W = 32, slot_words = 6, addr_bits = 4; slot k at word 6k):
//   +0 header {8'hA5, empty, seq[22:0]}   +1 index (always 0: one checkpoint)
//   +2 checksum = d0 ^ d1 ^ d2            +3 d0 = {14'b0, state, i}
//   +4 d1 = acc                           +5 d2 = {16'b0, x}
// The only checkpoint state is RUN. `result` is not saved (dead in RUN: it is
// written before it is observed at `done`).
//
// MUTANT selects a deliberately broken engine (the harness must catch each):
//   0  correct
//   1  "dropped live register": x is neither saved nor restored (its layout word
//      is not written); the checksum covers d0, d1 only.
//   2  "header first": the valid header is written FIRST (no invalidation), and
//      the restore trusts the header without checking the checksum.
//   3  "no empty record": never writes the empty record when the computation is
//      over, so a later boot resumes a finished computation (replay).
`timescale 1ns / 1ps

module toy_acc_nvm #(
    parameter integer MUTANT = 0
) (
    input  wire        clk,
    input  wire        rst,
    input  wire        start,
    input  wire [15:0] n,
    input  wire [31:0] seed,
    output wire        done,
    output reg  [31:0] result,
    // checkpoint engine ports (docs/NVM_PROTOCOL.md)
    input  wire        idetic_warn,
    output wire        idetic_nvm_req,
    output wire        idetic_nvm_we,
    output reg  [3:0]  idetic_nvm_addr,
    output reg  [31:0] idetic_nvm_wdata,
    input  wire [31:0] idetic_nvm_rdata,
    input  wire        idetic_nvm_ack,
    output wire        idetic_saving,
    output wire        idetic_saved,
    output wire        idetic_restoring
);
    // ------------------------------------------------------------ original design
    localparam [1:0] IDLE = 2'd0, RUN = 2'd1, DONE = 2'd2;

    reg [1:0]  state;
    reg [15:0] i;
    reg [31:0] acc;
    reg [15:0] x;

    wire [15:0] x_next = {x[14:0], x[15] ^ x[13] ^ x[12] ^ x[10]};
    wire        last   = (i == n);

    // ------------------------------------------------------------ engine states
    localparam [4:0] E_H0 = 5'd0,  E_H1 = 5'd1,                       // boot: read headers
                     E_RIDX = 5'd2, E_RCK = 5'd3, E_RD0 = 5'd4, E_RD1 = 5'd5,
                     E_RD2 = 5'd6, E_RCHK = 5'd7,                     // restore
                     E_IDLE = 5'd8,
                     E_SINV = 5'd9, E_SD0 = 5'd10, E_SD1 = 5'd11, E_SD2 = 5'd12,
                     E_SIDX = 5'd13, E_SCK = 5'd14, E_SHDR = 5'd15,    // save
                     E_SAVED = 5'd16, E_EMPTY = 5'd17;

    reg [4:0]  es;
    reg [31:0] h0;          // header of slot 0 (boot)
    reg        last_slot;   // slot of the newest valid record
    reg [22:0] last_seq;    // its sequence number
    reg        have_ckpt;   // newest record is a checkpoint (not empty / none)
    reg [31:0] ck;          // checksum read back
    reg [31:0] sum;         // checksum (XOR) accumulated while restoring

    wire [3:0] rbase = last_slot ? 4'd6 : 4'd0;   // newest slot (restore)
    wire [3:0] tbase = last_slot ? 4'd0 : 4'd6;   // older slot (save target)

    wire [31:0] d0 = {14'd0, state, i};
    wire [31:0] d1 = acc;
    wire [31:0] d2 = {16'd0, x};
    wire [31:0] save_sum = (MUTANT == 1) ? d0 ^ d1 : d0 ^ d1 ^ d2;

    wire [22:0] next_seq = last_seq + 23'd1;
    wire [31:0] hdr_ckpt  = {8'hA5, 1'b0, next_seq};
    wire [31:0] hdr_empty = {8'hA5, 1'b1, next_seq};

    // "a is newer than b": (a - b) mod 2^23 in [1, 2^22)
    function automatic newer(input [22:0] a, input [22:0] b);
        reg [22:0] d;
        begin
            d = a - b;
            newer = (d != 23'd0) && !d[22];
        end
    endfunction

    wire restoring_s = (es >= E_RIDX) && (es <= E_RCHK);
    wire saving_s    = (es >= E_SINV) && (es <= E_SHDR);
    wire save_now    = (es == E_IDLE) && idetic_warn && (state == RUN);
    wire freeze      = save_now || saving_s || restoring_s || (es == E_SAVED);

    // ------------------------------------------------------------ NVM port
    reg req_s, we_s;
    always @(*) begin
        req_s = 1'b1; we_s = 1'b0; idetic_nvm_addr = 4'd0; idetic_nvm_wdata = 32'd0;
        case (es)
            E_H0:    idetic_nvm_addr = 4'd0;
            E_H1:    idetic_nvm_addr = 4'd6;
            E_RIDX:  idetic_nvm_addr = rbase + 4'd1;
            E_RCK:   idetic_nvm_addr = rbase + 4'd2;
            E_RD0:   idetic_nvm_addr = rbase + 4'd3;
            E_RD1:   idetic_nvm_addr = rbase + 4'd4;
            E_RD2:   idetic_nvm_addr = rbase + 4'd5;
            E_SINV:  begin we_s = 1'b1; idetic_nvm_addr = tbase;        idetic_nvm_wdata = 32'd0;    end
            E_SD0:   begin we_s = 1'b1; idetic_nvm_addr = tbase + 4'd3; idetic_nvm_wdata = d0;       end
            E_SD1:   begin we_s = 1'b1; idetic_nvm_addr = tbase + 4'd4; idetic_nvm_wdata = d1;       end
            E_SD2:   begin we_s = 1'b1; idetic_nvm_addr = tbase + 4'd5; idetic_nvm_wdata = d2;       end
            E_SIDX:  begin we_s = 1'b1; idetic_nvm_addr = tbase + 4'd1; idetic_nvm_wdata = 32'd0;    end
            E_SCK:   begin we_s = 1'b1; idetic_nvm_addr = tbase + 4'd2; idetic_nvm_wdata = save_sum; end
            E_SHDR:  begin we_s = 1'b1; idetic_nvm_addr = tbase;        idetic_nvm_wdata = hdr_ckpt; end
            E_EMPTY: begin we_s = 1'b1; idetic_nvm_addr = tbase;        idetic_nvm_wdata = hdr_empty; end
            default: req_s = 1'b0;
        endcase
    end
    // No request in an ack cycle: this engine takes the next request from its next state, a
    // cycle later (L + 1 cycles per access; the protocol allows L, the generated engine does it).
    assign idetic_nvm_req   = req_s && !rst && !idetic_nvm_ack;
    assign idetic_nvm_we    = we_s;
    assign idetic_saving    = saving_s;
    assign idetic_saved     = (es == E_SAVED);
    assign idetic_restoring = restoring_s;

    wire ack = idetic_nvm_ack; // only ever the ack of this engine's own request

    // Save order: correct = INV, D0, D1, [D2], IDX, CK, HDR; mutant 2 = HDR, D0, D1, D2, IDX, CK.
    wire [4:0] after_sd1 = (MUTANT == 1) ? E_SIDX : E_SD2;
    wire [4:0] after_rd1 = (MUTANT == 1) ? E_RCHK : E_RD2;

    // ------------------------------------------------------------ engine
    always @(posedge clk) begin
        if (rst) begin
            es        <= E_H0;
            last_slot <= 1'b1;
            last_seq  <= 23'd0;
            have_ckpt <= 1'b0;
        end else begin
            case (es)
                E_H0: if (ack) begin h0 <= idetic_nvm_rdata; es <= E_H1; end
                E_H1: if (ack) begin : decide
                    reg v0, v1, pick1;
                    v0 = (h0[31:24] == 8'hA5);
                    v1 = (idetic_nvm_rdata[31:24] == 8'hA5);
                    pick1 = v1 && (!v0 || newer(idetic_nvm_rdata[22:0], h0[22:0]));
                    if (!v0 && !v1) begin
                        last_slot <= 1'b1; last_seq <= 23'd0; have_ckpt <= 1'b0;
                        es <= E_IDLE;
                    end else begin
                        last_slot <= pick1;
                        last_seq  <= pick1 ? idetic_nvm_rdata[22:0] : h0[22:0];
                        have_ckpt <= pick1 ? !idetic_nvm_rdata[23] : !h0[23];
                        es        <= (pick1 ? !idetic_nvm_rdata[23] : !h0[23]) ? E_RIDX : E_IDLE;
                    end
                end
                E_RIDX: if (ack) es <= E_RCK;
                E_RCK:  if (ack) begin ck <= idetic_nvm_rdata; sum <= 32'd0; es <= E_RD0; end
                E_RD0:  if (ack) begin sum <= sum ^ idetic_nvm_rdata; es <= E_RD1; end
                E_RD1:  if (ack) begin sum <= sum ^ idetic_nvm_rdata; es <= after_rd1; end
                E_RD2:  if (ack) begin sum <= sum ^ idetic_nvm_rdata; es <= E_RCHK; end
                E_RCHK: begin
                    // A newest record whose checksum fails is treated as no checkpoint.
                    if (sum != ck && MUTANT != 2) have_ckpt <= 1'b0;
                    es <= E_IDLE;
                end
                E_IDLE: begin
                    if (save_now)
                        es <= (MUTANT == 2) ? E_SHDR : E_SINV;
                    else if (have_ckpt && state == IDLE && MUTANT != 3)
                        es <= E_EMPTY;
                end
                E_SINV: if (ack) es <= E_SD0;
                E_SD0:  if (ack) es <= E_SD1;
                E_SD1:  if (ack) es <= after_sd1;
                E_SD2:  if (ack) es <= E_SIDX;
                E_SIDX: if (ack) es <= E_SCK;
                E_SCK:  if (ack) begin
                    if (MUTANT == 2) begin
                        last_slot <= ~last_slot; last_seq <= next_seq; have_ckpt <= 1'b1;
                        es <= E_SAVED;
                    end else
                        es <= E_SHDR;
                end
                E_SHDR: if (ack) begin
                    if (MUTANT == 2)
                        es <= E_SD0;
                    else begin
                        last_slot <= ~last_slot; last_seq <= next_seq; have_ckpt <= 1'b1;
                        es <= E_SAVED;
                    end
                end
                E_SAVED: if (!idetic_warn) es <= E_IDLE;
                E_EMPTY: if (ack) begin
                    last_slot <= ~last_slot; last_seq <= next_seq; have_ckpt <= 1'b0;
                    es <= E_IDLE;
                end
                default: es <= E_IDLE;
            endcase
        end
    end

    // ------------------------------------------------------------ original FFs,
    // frozen by the engine (global enable), loaded by the restore.
    always @(posedge clk) begin
        if (rst)
            state <= IDLE;
        else if (es == E_RD0 && ack)
            state <= idetic_nvm_rdata[17:16];
        else if (es == E_RCHK && sum != ck && MUTANT != 2)
            state <= IDLE;            // corrupt newest record: start afresh
        else if (!freeze)
            case (state)
                IDLE:    if (start) state <= RUN;
                RUN:     if (last) state <= DONE;
                DONE:    state <= IDLE;
                default: state <= IDLE;
            endcase
    end

    always @(posedge clk) begin
        if (es == E_RD0 && ack)
            i <= idetic_nvm_rdata[15:0];
        else if (es == E_RD1 && ack)
            acc <= idetic_nvm_rdata;
        else if (es == E_RD2 && ack)
            x <= idetic_nvm_rdata[15:0];
        else if (!freeze)
            case (state)
                IDLE: if (start) begin
                    i   <= 16'd0;
                    acc <= seed;
                    x   <= seed[15:0] | 16'd1;
                end
                RUN: if (last)
                    result <= acc ^ {x, x};
                else begin
                    i   <= i + 16'd1;
                    x   <= x_next;
                    acc <= {acc[28:0], acc[31:29]} + {x, i};
                end
                default: ;
            endcase
    end

    assign done = (state == DONE);
endmodule
