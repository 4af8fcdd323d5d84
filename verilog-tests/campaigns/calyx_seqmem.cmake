# examples/calyx_seqmem: Calyx counter FSMs and a seq_mem_d1 (16 x 32) inside main.
idetic_add_campaign(NAME calyx_seqmem TOP main SOURCES ${EX}/calyx_seqmem/calyx_seqmem.sv
  QUICK_ARGS ${IDETIC_QUICK_ARGS})
if(IDETIC_HAVE_REWRITER)
  idetic_add_campaign(NAME calyx_seqmem_nv DRIVER calyx_seqmem TOP main SOURCES ${EX}/calyx_seqmem/calyx_seqmem.sv
    SYNTH_ARGS --memories nv QUICK_ARGS ${IDETIC_QUICK_ARGS} --contract)
endif()
