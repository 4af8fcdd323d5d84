# examples/vitis_ram_call: Vitis HLS local RAM (buf, 32 x 32) + a called sub-function.
set(_src ${EX}/vitis_ram_call/vitis_ram_call.v ${EX}/vitis_ram_call/vitis_ram_call_mix.v
         ${EX}/vitis_ram_call/vitis_ram_call_buf_RAM_AUTO_1R1W.v)
# --memories save (default): the RAM's live words are saved.
idetic_add_campaign(NAME vitis_ram_call TOP vitis_ram_call SOURCES ${_src} QUICK_ARGS ${IDETIC_QUICK_ARGS})
if(IDETIC_HAVE_REWRITER)
  # --memories nv: the RAM is non-volatile, kept across failures, exact under the energy contract.
  idetic_add_campaign(NAME vitis_ram_call_nv DRIVER vitis_ram_call TOP vitis_ram_call SOURCES ${_src}
    SYNTH_ARGS --memories nv QUICK_ARGS ${IDETIC_QUICK_ARGS} --contract)
  # Mutant: the called sub-function's FSM is left out of the saved control tuple (every
  # state a checkpoint, so saves happen inside the call): must be caught.
  idetic_add_campaign(NAME vitis_ram_call_mutant_drop_controller DRIVER vitis_ram_call TOP vitis_ram_call
    SOURCES ${_src} SYNTH_ARGS --checkpoint-states all --mutate drop-controller NO_TESTS)
  add_test(NAME campaign.mutant.drop_controller
    COMMAND campaign_vitis_ram_call_mutant_drop_controller
            --report ${CMAKE_CURRENT_BINARY_DIR}/vitis_ram_call_mutant_drop_controller/vitis_ram_call_mutant_drop_controller.report.json
            --failures 300 --seed 1 --expect any)
  set_tests_properties(campaign.mutant.drop_controller PROPERTIES TIMEOUT 120 LABELS campaign)
endif()
