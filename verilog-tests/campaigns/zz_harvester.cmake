# Harvester simulation (docs/HARVESTER.md): gcd from the reference harvester (constant 5 uW
# at 10 MHz, a 250 pF capacitor, FeRAM-class NVM energies, engine reserve) on its two long
# vectors. The checkpointed design must complete both, with at least one power failure each,
# and the original design (no checkpointing) must complete neither: the job does not fit one
# charge. Included by verilog-tests/CMakeLists.txt (campaigns/*.cmake).
if(IDETIC_HAVE_REWRITER AND TARGET campaign_gcd)
  add_test(NAME harvester.gcd_reference
    COMMAND campaign_gcd --report ${CMAKE_CURRENT_BINARY_DIR}/gcd/gcd.report.json
            --harvester constant:5 --clock-mhz 10 --capacitor-uf 0.00025
            --nvm-write-pj-per-bit 0.03 --nvm-read-pj-per-bit 0.03 --latency 1 --reserve engine
            --min-cycles 250 --harvest-mode no-checkpoint,checkpoint --harvest-max-cycles 200000
            --harvest-expect)
  set_tests_properties(harvester.gcd_reference PROPERTIES TIMEOUT 60 LABELS harvester)
endif()


# The reference power manager: the design's clock is gated while `saved` is high (sleep
# after a save, 0.05 pJ per cycle). The checkpointed design must complete both vectors,
# each interrupted by a save or a failure; the original, with the same capacitor, neither.
if(IDETIC_HAVE_REWRITER AND TARGET campaign_gcd)
  add_test(NAME harvester.gcd_reference_sleep
    COMMAND campaign_gcd --report ${CMAKE_CURRENT_BINARY_DIR}/gcd/gcd.report.json
            --harvester constant:5 --clock-mhz 10 --capacitor-uf 0.00025
            --nvm-write-pj-per-bit 0.03 --nvm-read-pj-per-bit 0.03 --latency 1 --reserve engine
            --sleep-pj-per-cycle 0.05
            --min-cycles 250 --harvest-mode no-checkpoint,checkpoint --harvest-max-cycles 200000
            --harvest-expect)
  set_tests_properties(harvester.gcd_reference_sleep PROPERTIES TIMEOUT 60 LABELS harvester)
endif()

# A design whose checkpoints write few of the slot's words (legup_nested with its RAM
# non-volatile: 31 checkpoint states, a slot of 13 data words), under a capacitor of the
# window of docs/QOR.md (the original never completes there) and the engine reserve of the
# report's words. It must complete every long vector through power failures. An engine that
# spends a cycle on each slot word its checkpoint does not write (the first engine did)
# tears every save here: the warning comes too late for the walk.
if(IDETIC_HAVE_REWRITER AND TARGET campaign_legup_nested_nv)
  add_test(NAME harvester.legup_nested_nv_window
    COMMAND campaign_legup_nested_nv --report ${CMAKE_CURRENT_BINARY_DIR}/legup_nested_nv/legup_nested_nv.report.json
            --harvester constant:5 --clock-mhz 10 --capacitor-uf 0.0015
            --nvm-write-pj-per-bit 0.03 --nvm-read-pj-per-bit 0.03 --latency 1 --reserve engine
            --min-cycles 300 --vectors 200 --harvest-vectors 3 --harvest-mode no-checkpoint,checkpoint
            --harvest-max-cycles 400000 --harvest-expect)
  set_tests_properties(harvester.legup_nested_nv_window PROPERTIES TIMEOUT 60 LABELS harvester)
endif()
