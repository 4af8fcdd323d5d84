idetic_add_campaign(NAME calyx_seqmem TOP main SOURCES ${EX}/calyx_seqmem/calyx_seqmem.sv QUICK_ARGS ${IDETIC_QUICK_ARGS})
