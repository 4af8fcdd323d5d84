# Helper run by the example.<name>.known_answer ctests (cmake -P).
# Compiles the design and its testbench with Icarus Verilog, then runs vvp.
#   -DIVERILOG=<path> -DVVP=<path> -DOUT=<file.vvp> -DSOURCES=<a.v;b.v;tb.v>
foreach(var IVERILOG VVP OUT SOURCES)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "ERROR: run_known_answer.cmake needs -D${var}=...")
  endif()
endforeach()

# A sanitizer test run preloads the ASan runtime for Yosys (scripts/test.sh); Icarus
# must run without it (ivl aborts on an assertion of its own string heap).
unset(ENV{LD_PRELOAD})
execute_process(COMMAND ${IVERILOG} -g2012 -o ${OUT} ${SOURCES}
                RESULT_VARIABLE compile_rc)
if(NOT compile_rc EQUAL 0)
  message(FATAL_ERROR "ERROR: iverilog failed (${compile_rc}) on ${SOURCES}")
endif()

execute_process(COMMAND ${VVP} -n ${OUT} RESULT_VARIABLE run_rc)
if(NOT run_rc EQUAL 0)
  message(FATAL_ERROR "ERROR: vvp exited with ${run_rc}")
endif()
